package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.NumberSeries;
import org.namc.billing.spi.InvoiceNumbers;
import org.namc.shared.spi.Transactions;

/** What every {@link InvoiceNumbers} adapter must do: per series and year 1, 2, 3 ... with no gaps, ever. */
public abstract class InvoiceNumbersContract {

    /** A store that has handed out no number yet. */
    protected abstract InvoiceNumbers numbers();

    /** The transactions the store takes part in. */
    protected abstract Transactions transactions();

    private InvoiceNumber next(NumberSeries series, int year) {
        return transactions().inTransaction(() -> numbers().next(series, year));
    }

    @Test
    void countsFromOnePerSeriesAndYear() {
        assertThat(next(NumberSeries.INVOICE, 2026).toString()).isEqualTo("NAMC-2026-000001");
        assertThat(next(NumberSeries.INVOICE, 2026).toString()).isEqualTo("NAMC-2026-000002");
        assertThat(next(NumberSeries.INVOICE, 2027).toString()).isEqualTo("NAMC-2027-000001");
        assertThat(next(NumberSeries.CREDIT_NOTE, 2026).toString()).isEqualTo("NAMC-CN-2026-000001");
        assertThat(next(NumberSeries.INVOICE, 2026).toString()).isEqualTo("NAMC-2026-000003");
    }

    @Test
    void aUnitThatRollsBackGivesItsNumberBack() {
        next(NumberSeries.INVOICE, 2026);
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            numbers().next(NumberSeries.INVOICE, 2026);
            numbers().next(NumberSeries.INVOICE, 2026);
            throw new IllegalStateException("the invoice could not be stored");
        })).hasMessageContaining("could not be stored");

        assertThat(next(NumberSeries.INVOICE, 2026).sequence()).isEqualTo(2);
    }

    @Test
    void concurrentUnitsGetDistinctGapFreeNumbersEvenWhenSomeRollBack() throws Exception {
        int threads = 8;
        int each = 500;
        List<List<Long>> taken = Concurrently.run(threads, () -> {
            List<Long> kept = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                boolean fails = i % 5 == 4;
                try {
                    kept.add(transactions().inTransaction(() -> {
                        long sequence = numbers().next(NumberSeries.INVOICE, 2026).sequence();
                        if (fails) {
                            throw new IllegalStateException("rolled back");
                        }
                        return sequence;
                    }));
                } catch (IllegalStateException rolledBack) {
                    // its number goes back to the counter
                }
            }
            return kept;
        });

        List<Long> all = taken.stream().flatMap(List::stream).sorted().toList();
        long committed = (long) threads * each * 4 / 5;
        assertThat(all).isEqualTo(LongStream.rangeClosed(1, committed).boxed().toList());
    }
}
