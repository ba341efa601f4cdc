package org.namc.learning.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.Objects;
import java.util.regex.Pattern;
import org.namc.shared.domain.NamcException;

/** The human-readable number of a certificate: prefix, year of issue, serial, {@code NAMC-2026-000042}. */
public record CertificateNumber(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,10}-\\d{4}-\\d{6,}");

    public CertificateNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw NamcException.invalid("number", ViolationRule.FORMAT, "must look like NAMC-2026-000042");
        }
    }

    public static CertificateNumber of(String prefix, int year, long serial) {
        return new CertificateNumber(String.format("%s-%04d-%06d", prefix, year, serial));
    }

    @Override
    public String toString() {
        return value;
    }
}
