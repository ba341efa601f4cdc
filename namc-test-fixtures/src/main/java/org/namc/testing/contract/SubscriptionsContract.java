package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.BillingStoreData.NOW;
import static org.namc.testing.contract.BillingStoreData.PACIFIC;
import static org.namc.testing.contract.BillingStoreData.subscription;
import static org.namc.testing.contract.BillingStoreData.usd;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.DunningPolicy;
import org.namc.billing.domain.PaidSegment;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.spi.Subscriptions;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

/** What every {@link Subscriptions} adapter must do. */
public abstract class SubscriptionsContract {

    /** An empty store. */
    protected abstract Subscriptions subscriptions();

    /** A member the store may refer to (an adapter with foreign keys creates one). */
    protected abstract MemberId existingMember();

    @Test
    void keepsEveryFieldThroughARoundTrip() {
        MemberId member = existingMember();
        Subscription s = subscription(member, NOW);
        InvoiceId renewal = new InvoiceId(UUID.randomUUID());
        Subscription changed = s.paid(s.paymentDue().invoice(), NOW).renewed(usd("30.00"), renewal, NOW)
                .paymentFailed(renewal, DunningPolicy.standard(), NOW);

        subscriptions().save(changed);

        assertThat(subscriptions().findById(changed.id())).hasValueSatisfying(loaded -> {
            assertThat(loaded.status()).isEqualTo(changed.status());
            assertThat(loaded.cycle()).isEqualTo(changed.cycle());
            assertThat(loaded.periodIndex()).isEqualTo(1);
            assertThat(loaded.currentPeriod()).isEqualTo(changed.currentPeriod());
            assertThat(loaded.currentCharge()).isEqualTo(changed.currentCharge());
            assertThat(loaded.paymentDue()).isEqualTo(changed.paymentDue());
            assertThat(loaded.unitAmount()).isEqualTo(usd("30.00"));
            assertThat(loaded.nextActionAt()).isEqualTo(changed.nextActionAt());
            assertThat(loaded.gatewaySubscriptionId()).isEqualTo(changed.gatewaySubscriptionId());
            assertThat(loaded.version()).isZero();
        });
    }

    @Test
    void keepsATrialAndAScheduledChange() {
        BillingPeriod trial = new BillingPeriod(NOW, NOW.plus(Duration.ofDays(14)));
        Subscription s = Subscription.startTrial(new SubscriptionId(UUID.randomUUID()), existingMember(), "GOLD",
                usd("25.00"), PACIFIC, BillingInterval.YEARLY, trial, "cus_1", "sub_t", NOW).scheduled("SILVER", NOW);

        subscriptions().save(s);

        Subscription loaded = subscriptions().findById(s.id()).orElseThrow();
        assertThat(loaded.trial()).isEqualTo(trial);
        assertThat(loaded.isTrialing()).isTrue();
        assertThat(loaded.currentCharge()).isNull();
        assertThat(loaded.scheduledTier()).isEqualTo("SILVER");
        assertThat(loaded.interval()).isEqualTo(BillingInterval.YEARLY);
    }

    @Test
    void staleVersionsConflict() {
        Subscription s = subscriptions().save(subscription(existingMember(), NOW));
        Subscription paid = subscriptions().save(s.paid(s.paymentDue().invoice(), NOW));

        assertThat(paid.version()).isEqualTo(1);
        assertThatNamcException(() -> subscriptions().save(s.expired(NOW))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
    }

    @Test
    void listsAMembersSubscriptionsNewestFirst() {
        MemberId member = existingMember();
        Subscription older = subscriptions().save(subscription(member, NOW));
        Subscription newer = subscriptions().save(subscription(member, NOW.plusSeconds(60)));
        subscriptions().save(subscription(existingMember(), NOW));

        assertThat(subscriptions().forMember(member)).extracting(Subscription::id)
                .containsExactly(newer.id(), older.id());
    }

    @Test
    void findsWhatIsDueEarliestFirstWithinTheLimit() {
        MemberId member = existingMember();
        Subscription dueLater = subscriptions().save(subscription(member, NOW.plusSeconds(3600)));
        Subscription dueFirst = subscriptions().save(subscription(member, NOW));
        Subscription collecting = subscription(member, NOW);
        subscriptions().save(collecting.paid(collecting.paymentDue().invoice(), NOW)
                .tierChanged("PLATINUM", usd("50.00"), new PaidSegment(usd("10.00"), NOW),
                        new InvoiceId(UUID.randomUUID()), NOW)); // waits for its invoice: nothing due

        assertThat(subscriptions().dueBy(NOW.plus(Duration.ofDays(2)), 10)).extracting(Subscription::id)
                .containsExactly(dueFirst.id(), dueLater.id());
        assertThat(subscriptions().dueBy(NOW.plus(Duration.ofDays(2)), 1)).extracting(Subscription::id)
                .containsExactly(dueFirst.id());
        assertThat(subscriptions().dueBy(NOW, 10)).isEmpty();
    }
}
