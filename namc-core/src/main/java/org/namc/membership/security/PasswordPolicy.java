package org.namc.membership.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.Secret;
import org.namc.shared.domain.Violations;

/**
 * What a new password must satisfy, after NIST SP 800-63B: a minimum length, no password
 * that is the account's own email, none from a list of known-weak passwords, and no
 * composition rules (they push people towards predictable patterns). Violations are
 * reported on the field {@code password} and never contain the password.
 */
public final class PasswordPolicy {
    public static final String FIELD = "password";
    public static final int MIN_LENGTH = 12;
    /** Bounds the work the key-derivation function does on attacker-chosen input. */
    public static final int MAX_LENGTH = 128;

    static final String COMMON_PASSWORDS_RESOURCE = "/org/namc/membership/security/common-passwords.txt";

    /**
     * Every violation {@code password} has for the account with {@code email}; empty if none.
     * Without a (valid) email the other rules still apply, so a form learns all its errors at once.
     */
    public List<FieldViolation> check(Secret password, @Nullable EmailAddress email) {
        String value = password.reveal();
        int length = value.codePointCount(0, value.length());
        String folded = fold(value);
        String address = email == null ? "" : email.value();
        String localPart = email == null ? "" : address.substring(0, address.lastIndexOf('@'));
        return Violations.collect()
                .check(length >= MIN_LENGTH && length <= MAX_LENGTH, FIELD, "length",
                        "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters")
                .check(!folded.equals(address) && !folded.equals(localPart), FIELD, "not-email",
                        "must not be your email address or its part before the @")
                .check(!CommonPasswords.SET.contains(value.toLowerCase(Locale.ROOT)), FIELD, "common",
                        "is too common; choose one that is not on lists of known passwords")
                .list();
    }

    // EmailAddress holds the NFC, lower-case form; bring the password to the same form.
    private static String fold(String value) {
        return Normalizer.normalize(value.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Loaded on first use and then kept: the list is read once per class loader. */
    private static final class CommonPasswords {
        static final Set<String> SET = load();

        private static Set<String> load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_PASSWORDS_RESOURCE);
            }
            Set<String> set = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        set.add(entry.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS_RESOURCE, e);
            }
            return Set.copyOf(set);
        }
    }
}
