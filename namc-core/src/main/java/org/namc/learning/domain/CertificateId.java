package org.namc.learning.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a certificate. */
public record CertificateId(UUID value) {
    public CertificateId {
        Objects.requireNonNull(value, "value");
    }

    public static CertificateId of(String value) {
        return new CertificateId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
