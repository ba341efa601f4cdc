package org.namc.shared.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address, normalised (trimmed, Unicode NFC, lower case) so that addresses that
 * differ only in case are one address. Syntax follows the common subset of RFC 5321 that
 * mail providers accept: a dot-atom local part of at most 64 characters and a domain of
 * DNS labels with a top-level label of at least two letters; 254 characters in all.
 */
public record EmailAddress(String value) {
    private static final Pattern LOCAL = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = normalise(value);
        int at = value.lastIndexOf('@');
        boolean ok = value.length() <= 254 && at > 0 && at <= 64 && at < value.length() - 1
                && LOCAL.matcher(value.substring(0, at)).matches()
                && DOMAIN.matcher(value.substring(at + 1)).matches();
        if (!ok) {
            throw NamcException.invalid("value", ViolationRule.FORMAT, "must be a valid email address");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw);
    }

    /** The normal form used for equality and uniqueness; idempotent. */
    public static String normalise(String raw) {
        // Lower case first: lower-casing can undo NFC composition, so NFC must come last.
        return Normalizer.normalize(raw.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
