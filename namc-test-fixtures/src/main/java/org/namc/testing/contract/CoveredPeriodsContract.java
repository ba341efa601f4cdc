package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.contract.BillingStoreData.period;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.spi.CoveredPeriods;
import org.namc.shared.domain.MemberId;

/** What every {@link CoveredPeriods} adapter must do. */
public abstract class CoveredPeriodsContract {
    private final SubscriptionId subscription = new SubscriptionId(UUID.randomUUID());

    /** An empty store. */
    protected abstract CoveredPeriods periods();

    protected abstract MemberId existingMember();

    @Test
    void keepsPeriodsBySourceAndListsAMembersByStart() {
        MemberId member = existingMember();
        PaymentId payment = new PaymentId(UUID.randomUUID());
        CoveredPeriod february = CoveredPeriod.paidBy(payment, member, subscription, "GOLD",
                period("2026-02-15T17:00:00Z", "2026-03-15T16:00:00Z"));
        CoveredPeriod trial = CoveredPeriod.trial(member, subscription, "GOLD",
                period("2026-01-01T17:00:00Z", "2026-01-15T17:00:00Z"));
        CoveredPeriod settled = CoveredPeriod.settled(new InvoiceId(UUID.randomUUID()), member, subscription, "SILVER",
                period("2026-01-15T17:00:00Z", "2026-02-15T17:00:00Z"));
        periods().save(february);
        periods().save(trial);
        periods().save(settled);
        periods().save(CoveredPeriod.trial(existingMember(), new SubscriptionId(UUID.randomUUID()), "GOLD",
                period("2026-01-01T17:00:00Z", "2026-01-15T17:00:00Z")));

        assertThat(periods().forMember(member)).containsExactly(trial, settled, february);
        assertThat(periods().findBySource(CoveredPeriod.sourceOf(payment))).contains(february);
        assertThat(periods().findBySource("payment:" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void savingTheSameSourceAgainRecordsItsCutOff() {
        MemberId member = existingMember();
        CoveredPeriod paid = CoveredPeriod.paidBy(new PaymentId(UUID.randomUUID()), member, subscription, "GOLD",
                period("2026-02-15T17:00:00Z", "2026-03-15T16:00:00Z"));
        periods().save(paid);
        CoveredPeriod cut = paid.cutOff(Instant.parse("2026-02-20T00:00:00Z"));

        periods().save(cut);

        assertThat(periods().forMember(member)).containsExactly(cut);
        assertThat(periods().findBySource(paid.source()).orElseThrow().effectiveEnd())
                .isEqualTo(Instant.parse("2026-02-20T00:00:00Z"));
    }
}
