package org.namc.learning.domain;

import org.namc.shared.domain.ViolationRule;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import org.namc.shared.domain.NamcException;

/**
 * The code printed on a certificate, by which anyone can verify it: 17 random symbols
 * (17 × log2 31 ≈ 84.2 bits from {@link SecureRandom}) and one check symbol, shown as
 * {@code XXXXXX-XXXXXX-XXXXXX}.
 *
 * <p>The alphabet has 31 symbols, without the look-alikes 0/O and 1/I/L. Because 31 is prime,
 * the check symbol makes {@code Σ (i+1)·v(i) ≡ 0 (mod 31)} over all 18 positions, and this
 * catches every single wrong symbol (a nonzero weight times a nonzero difference is nonzero
 * modulo a prime) and every swap of two different symbols, adjacent or not (the weights
 * 1..18 are distinct modulo 31).
 */
public record VerificationCode(String value) {
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int RANDOM_SYMBOLS = 17;
    public static final int LENGTH = RANDOM_SYMBOLS + 1;
    private static final int BASE = ALPHABET.length();
    private static final int GROUP = 6;

    public VerificationCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw NamcException.invalid("code", ViolationRule.FORMAT, "must be " + LENGTH + " symbols from " + ALPHABET);
        }
        if (weightedSum(value) % BASE != 0) {
            throw NamcException.invalid("code", "check-character",
                    "does not add up; a symbol was probably mistyped or two were swapped");
        }
    }

    public static VerificationCode generate(SecureRandom random) {
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(random.nextInt(BASE)));
        }
        return new VerificationCode(symbols.append(checkSymbol(symbols.toString())).toString());
    }

    /** Reads a code as a person types it: any case, with or without dashes and spaces. */
    public static VerificationCode parse(String typed) {
        Objects.requireNonNull(typed, "typed");
        return new VerificationCode(typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    /** The symbol that completes {@code randomPart} (17 symbols) into a valid code. */
    public static char checkSymbol(String randomPart) {
        if (randomPart.length() != RANDOM_SYMBOLS) {
            throw new IllegalArgumentException("the random part has " + RANDOM_SYMBOLS + " symbols");
        }
        int partial = weightedSum(randomPart) % BASE;
        // weight of the check position is 18; its inverse modulo 31 is 19 (18 × 19 = 342 = 11 × 31 + 1).
        int check = (BASE - partial) % BASE * 19 % BASE;
        return ALPHABET.charAt(check);
    }

    private static int weightedSum(String symbols) {
        int sum = 0;
        for (int i = 0; i < symbols.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(symbols.charAt(i));
        }
        return sum;
    }

    /** Grouped for reading aloud and typing: {@code XXXXXX-XXXXXX-XXXXXX}. */
    public String formatted() {
        return value.substring(0, GROUP) + "-" + value.substring(GROUP, 2 * GROUP) + "-" + value.substring(2 * GROUP);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
