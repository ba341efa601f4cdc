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
import org.namc.membership.spi.BreachedPasswords;
import java.util.Objects;

/**
 * What a new password must satisfy, after NIST SP 800-63B: a minimum length, not only
 * whitespace, no password that is the account's own email, none the {@link BreachedPasswords}
 * port knows (a local list of common passwords by default), and no composition rules (they
 * push people towards predictable patterns). Passwords are compared and hashed in their NFKC
 * form ({@link #normalise}), so the same password typed on another keyboard still matches.
 * Violations are reported on the field {@code password} and never contain the password.
 * Hosts pass their own instance to the builder to use another breach source.
 */
public final class PasswordPolicy {
    public static final String FIELD = "password";
    public static final int MIN_LENGTH = 12;
    /** Bounds the work the key-derivation function does on attacker-chosen input. */
    public static final int MAX_LENGTH = 128;

    static final String COMMON_PASSWORDS_RESOURCE = "/org/namc/membership/security/common-passwords.txt";

    private final BreachedPasswords breached;

    /** With the local list of common passwords. */
    public PasswordPolicy() {
        this(PasswordPolicy::isCommon);
    }

    public PasswordPolicy(BreachedPasswords breached) {
        this.breached = Objects.requireNonNull(breached, "breached");
    }

    /** The form every password is checked and hashed in (Unicode NFKC). */
    public static Secret normalise(Secret password) {
        String value = password.reveal();
        String normal = Normalizer.normalize(value, Normalizer.Form.NFKC);
        return normal.equals(value) ? password : Secret.of(normal);
    }

    /** Whether the password is on the library's local list of common passwords. */
    public static boolean isCommon(Secret password) {
        return CommonPasswords.SET.contains(password.reveal().toLowerCase(Locale.ROOT));
    }

    /**
     * Every violation {@code password} has for the account with {@code email}; empty if none.
     * Without a (valid) email the other rules still apply, so a form learns all its errors at once.
     */
    public List<FieldViolation> check(Secret password, @Nullable EmailAddress email) {
        Secret normal = normalise(password);
        String value = normal.reveal();
        int length = value.codePointCount(0, value.length());
        String folded = fold(value);
        String address = email == null ? "" : email.value();
        String localPart = email == null ? "" : address.substring(0, address.lastIndexOf('@'));
        return Violations.collect()
                .check(length >= MIN_LENGTH && length <= MAX_LENGTH, FIELD, "length",
                        "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters")
                .check(!folded.equals(address) && !folded.equals(localPart), FIELD, "not-email",
                        "must not be your email address or its part before the @")
                .check(!value.isBlank(), FIELD, "not-blank", "must not be only whitespace")
                .check(!breached.isBreached(normal), FIELD, "common",
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
