package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.TierBuilder.aTier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.namc.NamcPortal;
import org.namc.billing.BillingApi;
import org.namc.billing.ChangeSubscriptionTier;
import org.namc.billing.ChangeTiming;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionView;
import org.namc.billing.TierChangeOutcome;
import org.namc.billing.TierChangePreview;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.BillingSettings;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.testing.MutableClock;
import org.namc.testing.data.MemberBuilder;

/** A preview shows exactly what the real change invoices, whatever the prices, day, interval and tax rate. */
class TierChangePreviewProperties {

    @Property(tries = 40)
    void previewEqualsTheRealInvoice(@ForAll @LongRange(min = 0, max = 1_000_000) long fromMinor,
                                     @ForAll @LongRange(min = 0, max = 1_000_000) long toMinor,
                                     @ForAll boolean yearly,
                                     @ForAll @IntRange(min = 0, max = 999) int permille,
                                     @ForAll @BigRange(min = "0", max = "0.25") BigDecimal taxRate,
                                     @ForAll @LongRange(min = 0, max = 3_000_000) long startOffsetSeconds) {
        BigDecimal rate = taxRate.setScale(4, RoundingMode.DOWN);
        Instant start = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(startOffsetSeconds * 10);
        MutableClock clock = MutableClock.at(start);
        NamcPortal portal = InMemoryPortal.create(clock, NamcPortal.builder()
                .billingSettings(BillingSettings.defaults().withMembershipTaxRate(rate))).portal();
        BillingApi billing = portal.billing();
        aTier("FROM").monthly(usd(fromMinor)).yearly(usd(fromMinor * 10)).define(billing);
        aTier("TO").monthly(usd(toMinor)).yearly(usd(toMinor * 10)).define(billing);
        MemberId ana = MemberBuilder.aMember().registerVerified(portal.membership());
        billing.setPaymentMethod(Actor.member(ana), new SetPaymentMethod(ana, InMemoryPaymentGateway.VISA));
        SubscriptionView s = billing.subscribe(Actor.member(ana), new Subscribe(ana, "FROM",
                yearly ? BillingInterval.YEARLY : BillingInterval.MONTHLY, false)).subscription();
        long span = Duration.between(s.currentPeriodStart(), s.currentPeriodEnd()).getSeconds();
        clock.set(s.currentPeriodStart().plusSeconds(span * permille / 1000));
        ChangeSubscriptionTier change = new ChangeSubscriptionTier(s.id(), "TO", ChangeTiming.IMMEDIATELY);

        TierChangePreview preview = billing.previewTierChange(Actor.member(ana), change);
        var outcome = (TierChangeOutcome.Invoiced) billing.changeSubscriptionTier(Actor.member(ana), change);

        assertThat(outcome.settlement().invoice().amounts()).isEqualTo(preview.invoice());
        assertThat(preview.proration().credit()).isLessThanOrEqualTo(Money.of(usd(yearly ? fromMinor * 10 : fromMinor),
                "USD"));
    }

    private static String usd(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }
}
