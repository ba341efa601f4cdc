package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.namc.shared.domain.Money;

/** Proration never credits more than was paid, however many changes a period sees. */
class ProrationProperties {

    /** A period, its first charge, and a run of changes: when (as fractions of the period) and to what price. */
    record Run(BillingPeriod period, ZoneId zone, Money firstCharge, List<Double> at, List<Money> prices) {
    }

    @Provide
    Arbitrary<Run> runs() {
        Arbitrary<Currency> currencies = Arbitraries.of("JPY", "USD", "BHD").map(Currency::getInstance);
        Arbitrary<ZoneId> zones = Arbitraries.of("UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Chatham")
                .map(ZoneId::of);
        Arbitrary<BillingInterval> intervals = Arbitraries.of(BillingInterval.class);
        Arbitrary<Instant> anchors = Arbitraries.longs().between(0, 20L * 365 * 24 * 3600)
                .map(s -> Instant.parse("2024-01-01T00:00:00Z").plusSeconds(s));
        return Combinators.combine(currencies, zones, intervals, anchors).flatAs((currency, zone, interval, anchor) -> {
            BillingPeriod period = new BillingCycle(anchor, zone, interval).period(0);
            Arbitrary<Money> price = Arbitraries.longs().between(0, 10_000_000).map(m -> Money.ofMinor(m, currency));
            Arbitrary<List<Double>> fractions = Arbitraries.doubles().between(0, 0.999_999).ofScale(6).list().ofMinSize(1)
                    .ofMaxSize(8).map(fs -> fs.stream().sorted().toList());
            return Combinators.combine(price, fractions, price.list().ofSize(8))
                    .as((first, at, prices) -> new Run(period, zone, first, at, prices));
        });
    }

    @Property
    void consecutiveChangesNeverCreditMoreThanWasCharged(@ForAll("runs") Run run) {
        Money zero = Money.zero(run.firstCharge().currency());
        PaidSegment paid = new PaidSegment(run.firstCharge(), run.period().start());
        Money charged = run.firstCharge();
        Money credited = zero;
        for (int i = 0; i < run.at().size(); i++) {
            Instant at = instantAt(run.period(), run.at().get(i));
            Proration p = ProrationCalculator.prorate(run.period(), run.zone(), paid, run.prices().get(i), at);

            assertThat(p.credit()).isLessThanOrEqualTo(paid.amount());
            assertThat(p.unusedDays()).isBetween(0L, p.segmentDays());
            credited = credited.plus(p.credit());
            assertThat(credited).as("credited so far vs charged before").isLessThanOrEqualTo(charged);
            charged = charged.plus(p.charge());
            paid = new PaidSegment(p.charge(), at);
        }
    }

    @Property
    void creditAndChargeAreTheExactDayFractionRoundedOnce(@ForAll("runs") Run run) {
        Instant at = instantAt(run.period(), run.at().get(0));
        PaidSegment paid = new PaidSegment(run.firstCharge(), run.period().start());
        Proration p = ProrationCalculator.prorate(run.period(), run.zone(), paid, run.prices().get(0), at);

        assertThat(p.segmentDays()).isEqualTo(p.periodDays());
        assertThat(p.credit()).isEqualTo(share(run.firstCharge(), p.unusedDays(), p.periodDays()));
        assertThat(p.charge()).isEqualTo(share(run.prices().get(0), p.unusedDays(), p.periodDays()));
    }

    @Property
    void aChangeToTheSamePriceNetsToZero(@ForAll("runs") Run run) {
        Instant at = instantAt(run.period(), run.at().get(0));
        Proration p = ProrationCalculator.prorate(run.period(), run.zone(),
                new PaidSegment(run.firstCharge(), run.period().start()), run.firstCharge(), at);

        assertThat(p.net().isZero()).isTrue();
    }

    private static Money share(Money whole, long part, long of) {
        if (of == 0) {
            return Money.zero(whole.currency());
        }
        BigDecimal exact = whole.amount().multiply(BigDecimal.valueOf(part));
        return Money.of(exact.divide(BigDecimal.valueOf(of), Money.scaleOf(whole.currency()), RoundingMode.HALF_EVEN),
                whole.currency());
    }

    private static Instant instantAt(BillingPeriod period, double fraction) {
        long span = Duration.between(period.start(), period.end()).getSeconds();
        return period.start().plusSeconds((long) (span * fraction));
    }
}
