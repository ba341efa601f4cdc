package org.namc.payments.stripe;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * Money as Stripe's {@code amount}: an integer in the currency's smallest unit as Stripe counts
 * it. Zero-decimal currencies (JPY, KRW, ...) take whole units; three-decimal ones (BHD, KWD, ...)
 * take thousandths whose last digit is 0. An amount Stripe cannot take is refused before any
 * call, never rounded.
 */
final class StripeAmounts {
    /** Stripe's zero-decimal currencies (its documentation, "Zero-decimal currencies"). */
    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA",
            "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");
    /** Stripe's three-decimal currencies: amounts must end in 0. */
    private static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

    private StripeAmounts() {
    }

    /** Stripe's lower-case currency code. */
    static String currency(Money money) {
        return money.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    }

    /** @throws NamcException {@code VALIDATION_FAILED} on {@code amount} when Stripe cannot take it exactly */
    static long minorUnits(Money money) {
        String code = money.currency().getCurrencyCode();
        int digits = digits(code);
        BigDecimal scaled = money.amount().movePointRight(digits);
        if (scaled.stripTrailingZeros().scale() > 0) {
            throw NamcException.invalid("amount", "stripe-minor-unit",
                    "Stripe takes " + code + " in steps of " + BigDecimal.ONE.movePointLeft(digits).toPlainString());
        }
        long minor = scaled.longValueExact();
        if (THREE_DECIMAL.contains(code) && minor % 10 != 0) {
            throw NamcException.invalid("amount", "stripe-minor-unit",
                    "Stripe takes " + code + " only in steps of 0.010 (the last of three decimals must be 0)");
        }
        if (minor <= 0 || minor > 99_999_999L) {
            throw NamcException.invalid("amount", "stripe-range", "Stripe takes more than nothing and at most "
                    + BigDecimal.valueOf(99_999_999L).movePointLeft(digits).toPlainString() + " " + code);
        }
        return minor;
    }

    /** The Money a Stripe {@code amount} in {@code currency} (Stripe's lower-case code) stands for. */
    static Money money(long minor, String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        return Money.of(BigDecimal.valueOf(minor).movePointLeft(digits(code)), Currency.getInstance(code));
    }

    private static int digits(String code) {
        if (ZERO_DECIMAL.contains(code)) {
            return 0;
        }
        return THREE_DECIMAL.contains(code) ? 3 : 2;
    }
}
