package org.namc.benchmarks.billing;

import java.util.Arrays;

/**
 * The alternative for B3: the invoice rules of {@code InvoiceCalculator} on whole cents in
 * {@code long}s (a percentage with at most four decimals as millionths of the whole, tax rates
 * with at most six decimals as millionths). Handles what B3 needs: positive lines.
 */
final class CentsInvoice {
    private static final long MILLION = 1_000_000;

    /** Per line: discount share and tax, in cents; then the invoice's discount, tax and total. */
    record Figures(long[] lineDiscounts, long[] lineTaxes, long discount, long tax, long total) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Figures f && Arrays.equals(lineDiscounts, f.lineDiscounts)
                    && Arrays.equals(lineTaxes, f.lineTaxes) && discount == f.discount && tax == f.tax
                    && total == f.total;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(lineTaxes) * 31 + Long.hashCode(total);
        }

        @Override
        public String toString() {
            return "discounts " + Arrays.toString(lineDiscounts) + " taxes " + Arrays.toString(lineTaxes)
                    + " discount " + discount + " tax " + tax + " total " + total;
        }
    }

    private CentsInvoice() {
    }

    /**
     * @param percentMillionths the discount as millionths of the whole (12.5% is 125,000)
     * @param rateMillionths    each line's tax rate in millionths (7.25% is 72,500)
     */
    static Figures calculate(int[] quantities, long[] unitCents, long[] rateMillionths, long percentMillionths) {
        int n = quantities.length;
        long[] amounts = new long[n];
        long subtotal = 0;
        for (int i = 0; i < n; i++) {
            amounts[i] = quantities[i] * unitCents[i];
            subtotal += amounts[i];
        }
        long discount = divideHalfEven(subtotal * percentMillionths, MILLION);
        long[] shares = allocate(discount, amounts, subtotal);
        long[] taxes = new long[n];
        long tax = 0;
        for (int i = 0; i < n; i++) {
            taxes[i] = divideHalfUp((amounts[i] - shares[i]) * rateMillionths[i], MILLION);
            tax += taxes[i];
        }
        return new Figures(shares, taxes, discount, tax, subtotal - discount + tax);
    }

    /** Largest remainder: floors first, then one cent each to the largest remainders, ties to the earlier line. */
    private static long[] allocate(long units, long[] weights, long total) {
        int n = weights.length;
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long leftover = units;
        for (int i = 0; i < n; i++) {
            parts[i] = units * weights[i] / total;
            remainders[i] = units * weights[i] % total;
            leftover -= parts[i];
        }
        for (; leftover > 0; leftover--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    private static long divideHalfEven(long n, long d) {
        long q = n / d;
        long twice = 2 * (n % d);
        return twice > d || twice == d && (q & 1) == 1 ? q + 1 : q;
    }

    private static long divideHalfUp(long n, long d) {
        long q = Math.abs(n) / d;
        if (2 * (Math.abs(n) % d) >= d) {
            q++;
        }
        return n < 0 ? -q : q;
    }
}
