package org.namc.benchmarks.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.InvoiceAmounts;
import org.namc.billing.domain.InvoiceCalculator;
import org.namc.billing.domain.LineItem;
import org.namc.shared.domain.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** B3: the figures of a 10-line invoice with a 12.5% discount and two tax rates. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InvoiceBenchmark {
    private static final Currency USD = Currency.getInstance("USD");
    private static final int[] QUANTITIES = {1, 3, 12, 2, 1, 7, 5, 1, 4, 9};
    private static final long[] UNIT_CENTS = {49_500, 1_299, 875, 12_000, 250_000, 333, 4_999, 17, 60_050, 1_111};
    private static final long[] RATE_MILLIONTHS = {72_500, 72_500, 0, 87_500, 72_500, 87_500, 72_500, 0, 87_500, 72_500};
    private static final long PERCENT_MILLIONTHS = 125_000;

    private final InvoiceCalculator calculator = InvoiceCalculator.standard();
    private List<LineItem> lines;
    private Discount discount;

    @Setup
    public void buildAndCheck() {
        lines = new ArrayList<>();
        for (int i = 0; i < QUANTITIES.length; i++) {
            lines.add(LineItem.of("Line " + (i + 1), QUANTITIES[i], Money.ofMinor(UNIT_CENTS[i], USD),
                    BigDecimal.valueOf(RATE_MILLIONTHS[i], 6)));
        }
        discount = Discount.percent("12.5");
        InvoiceAmounts ours = ours();
        CentsInvoice.Figures expected = cents();
        CentsInvoice.Figures actual = new CentsInvoice.Figures(
                ours.lines().stream().mapToLong(l -> l.discount().minorUnits()).toArray(),
                ours.lines().stream().mapToLong(l -> l.tax().minorUnits()).toArray(),
                ours.discount().minorUnits(), ours.tax().minorUnits(), ours.total().minorUnits());
        if (!actual.equals(expected)) {
            throw new IllegalStateException("the calculator and the cents reference disagree:\n" + actual + "\n"
                    + expected);
        }
    }

    @Benchmark
    public InvoiceAmounts ours() {
        return calculator.calculate(USD, lines, discount);
    }

    @Benchmark
    public CentsInvoice.Figures cents() {
        return CentsInvoice.calculate(QUANTITIES, UNIT_CENTS, RATE_MILLIONTHS, PERCENT_MILLIONTHS);
    }
}
