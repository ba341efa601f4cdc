package org.namc.shared.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount in one currency, always held at the currency's minor-unit scale
 * (JPY 0, USD 2, BHD 3). Nothing here ever rounds silently: an amount with more digits
 * than the currency allows is refused unless the caller names a {@link RoundingMode}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    /**
     * Digits before the decimal point an amount may have: what the widest money column
     * ({@code numeric(15, 2)}) holds. Checked before any arithmetic, so an input such as
     * {@code 1e10000000} is refused at once instead of being expanded to ten million digits.
     */
    public static final int MAX_INTEGER_DIGITS = 13;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw NamcException.invalid("amount", "magnitude",
                    "must be less than 10^" + MAX_INTEGER_DIGITS + " in absolute value");
        }
        int scale = scaleOf(currency);
        // Sums and rounded products of money already have the currency's scale: no rescaling then.
        if (amount.scale() != scale) {
            if (amount.scale() > scale && amount.stripTrailingZeros().scale() > scale) {
                throw NamcException.invalid("amount", "scale",
                        currency.getCurrencyCode() + " amounts have at most " + scale + " decimal places");
            }
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        }
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        try {
            return new Money(new BigDecimal(amount), currency(currencyCode));
        } catch (NumberFormatException e) {
            throw NamcException.invalid("amount", "number", "must be a decimal number");
        }
    }

    /** Rounds {@code amount} to the currency's scale with the named rule. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw NamcException.invalid("amount", "magnitude",
                    "must be less than 10^" + MAX_INTEGER_DIGITS + " in absolute value");
        }
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    public static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw NamcException.invalid("currency", "supported",
                    currency.getCurrencyCode() + " has no minor unit and cannot hold money");
        }
        return digits;
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw NamcException.invalid("currency", "iso-4217", "must be an ISO 4217 currency code");
        }
    }

    /** The amount in minor units (cents); exact because the scale is the currency's. */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** Multiplies by an exact factor (a quantity, a tax rate) and rounds once with {@code rounding}. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return of(amount.multiply(factor), currency, rounding);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /**
     * Splits this amount in proportion to {@code weights} so that the parts add up exactly.
     * Each part is its exact share rounded down to a minor unit; the minor units left over go
     * one each to the parts with the largest remainders (ties to the earlier part), so every
     * part lies within one minor unit of its exact share. Negative amounts split symmetrically.
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw NamcException.invalid("weights", ViolationRule.REQUIRED, "at least one weight is needed");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w.signum() < 0) {
                throw NamcException.invalid("weights", ViolationRule.RANGE, "weights must not be negative");
            }
            total = total.add(w);
        }
        if (total.signum() == 0) {
            throw NamcException.invalid("weights", "positive-sum", "weights must not all be zero");
        }
        long units = Math.abs(minorUnits());
        long[] parts = splitInLongs(units, weights, total);
        if (parts == null) {
            parts = splitInBigDecimals(units, weights, total);
        }
        int sign = amount.signum() < 0 ? -1 : 1;
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(ofMinor(sign * part, currency));
        }
        return List.copyOf(result);
    }

    /**
     * The largest-remainder split on {@code long}s, for the common case (weights of one scale,
     * products within 63 bits); {@code null} when the case does not apply.
     */
    private static long @Nullable [] splitInLongs(long units, List<BigDecimal> weights, BigDecimal total) {
        int n = weights.size();
        if (n > 64 || total.unscaledValue().bitLength() > 62) {
            return null;
        }
        long whole = total.unscaledValue().longValue();
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long leftover = units;
        for (int i = 0; i < n; i++) {
            BigDecimal w = weights.get(i);
            if (w.scale() != total.scale()) {
                return null;
            }
            long weight = w.unscaledValue().longValue();
            long product = units * weight;
            if (Math.multiplyHigh(units, weight) != 0 || product < 0) {
                return null;
            }
            parts[i] = product / whole;
            remainders[i] = product % whole;
            leftover -= parts[i];
        }
        for (; leftover > 0; leftover--) {
            int largest = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            parts[largest]++;
            remainders[largest] = -1;
        }
        return parts;
    }

    private static long[] splitInBigDecimals(long minorUnits, List<BigDecimal> weights, BigDecimal total) {
        BigInteger units = BigInteger.valueOf(minorUnits);
        int n = weights.size();
        long[] parts = new long[n];
        BigDecimal[] remainders = new BigDecimal[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = new BigDecimal(units).multiply(weights.get(i));
            BigDecimal[] qr = exact.divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            assigned += parts[i];
        }
        long leftover = minorUnits - assigned;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < leftover; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw NamcException.invalid("currency", "same-currency",
                    "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
