package org.namc.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.namc.shared.domain.Money;

/**
 * Prorates a mid-period tier change by the day; pure and deterministic.
 *
 * <p>Days are calendar dates in the billing time zone. The change date counts as unused: the
 * new tier applies from that day. With {@code unused} the days from the change date to the
 * period's end date:
 * <ul>
 * <li>credit = charged &times; unused / days the charge covered</li>
 * <li>charge = new period price &times; unused / days in the period</li>
 * </ul>
 * Each is computed exactly and rounded once to the currency's minor unit with
 * {@link InvoiceCalculator#DERIVED_AMOUNT_ROUNDING} (HALF_EVEN). Since {@code unused} never
 * exceeds the days the charge covered, the credit never exceeds what was charged, and a second
 * change in the same period credits only the part of the first change's charge left unused.
 */
public final class ProrationCalculator {
    private ProrationCalculator() {
    }

    /**
     * @param period         the current period
     * @param paid           what was charged for the current tier, and from when
     * @param newPeriodPrice the new tier's price for a whole period
     * @param at             when the change happens; within the period, not before {@code paid.from()}
     */
    public static Proration prorate(BillingPeriod period, ZoneId zone, PaidSegment paid, Money newPeriodPrice,
                                    Instant at) {
        if (!period.contains(at) || at.isBefore(paid.from()) || paid.from().isBefore(period.start())) {
            throw new IllegalArgumentException("a change is prorated within its period, after the charge it credits");
        }
        LocalDate end = period.endDate(zone);
        LocalDate changeDate = at.atZone(zone).toLocalDate();
        long periodDays = period.days(zone);
        long segmentDays = ChronoUnit.DAYS.between(paid.from().atZone(zone).toLocalDate(), end);
        long unusedDays = Math.max(0, ChronoUnit.DAYS.between(changeDate, end));
        Money credit = share(paid.amount(), unusedDays, segmentDays);
        Money charge = share(newPeriodPrice, unusedDays, periodDays);
        return new Proration(changeDate, unusedDays, periodDays, segmentDays, credit, charge);
    }

    private static Money share(Money whole, long part, long of) {
        if (of == 0 || part == 0) {
            return Money.zero(whole.currency());
        }
        BigDecimal exact = whole.amount().multiply(BigDecimal.valueOf(part));
        return Money.of(exact.divide(BigDecimal.valueOf(of), Money.scaleOf(whole.currency()),
                InvoiceCalculator.DERIVED_AMOUNT_ROUNDING), whole.currency());
    }
}
