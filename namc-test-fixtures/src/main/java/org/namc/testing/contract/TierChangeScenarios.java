package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.TierBuilder.aTier;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.billing.ChangeSubscriptionTier;
import org.namc.billing.ChangeTiming;
import org.namc.billing.InvoiceView;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PaymentView;
import org.namc.billing.ReviseTier;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionView;
import org.namc.billing.TierChangeOutcome;
import org.namc.billing.TierChangePreview;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.PricedLine;
import org.namc.billing.domain.SubscriptionId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;

/** Changing tier: prorated now with a preview that matches the invoice, or deferred to the period's end. */
public abstract class TierChangeScenarios extends BillingScenarioSupport {
    private static final Instant JAN_25 = Instant.parse("2026-01-25T17:00:00Z");

    private static ChangeSubscriptionTier to(SubscriptionId subscription, String tier, ChangeTiming timing) {
        return new ChangeSubscriptionTier(subscription, tier, timing);
    }

    @Test
    void anUpgradeMidPeriodInvoicesExactlyWhatThePreviewShowed() {
        MemberId ana = memberPaying(VISA);
        SubscriptionView gold = subscribed(ana, "GOLD");
        clock.set(JAN_25);

        TierChangePreview preview = billing.previewTierChange(Actor.member(ana),
                to(gold.id(), "PLATINUM", ChangeTiming.IMMEDIATELY));
        TierChangeOutcome outcome = billing.changeSubscriptionTier(Actor.member(ana),
                to(gold.id(), "PLATINUM", ChangeTiming.IMMEDIATELY));

        // 21 of 31 days left: credit 25.00 * 21/31 = 16.94, charge 50.00 * 21/31 = 33.87
        assertThat(preview.proration().changeDate()).isEqualTo(LocalDate.parse("2026-01-25"));
        assertThat(preview.proration().unusedDays()).isEqualTo(21);
        assertThat(preview.proration().credit()).isEqualTo(usd("16.94"));
        assertThat(preview.proration().charge()).isEqualTo(usd("33.87"));
        var invoiced = (TierChangeOutcome.Invoiced) outcome;
        var paid = (PaymentOutcome.Succeeded) invoiced.settlement();
        assertThat(paid.invoice().amounts()).isEqualTo(preview.invoice());
        assertThat(paid.invoice().total()).isEqualTo(usd("16.93"));
        assertThat(paid.invoice().number()).isEqualTo("NAMC-2026-000002");
        assertThat(paid.invoice().amounts().lines()).extracting(l -> l.item().description()).containsExactly(
                "Unused time on Gold (Jan 25, 2026 – Feb 15, 2026)",
                "Remaining time on Platinum (Jan 25, 2026 – Feb 15, 2026)");
        assertThat(invoiced.subscription().tier()).isEqualTo("PLATINUM");
        assertThat(invoiced.subscription().unitAmount()).isEqualTo(usd("50.00"));
        assertThat(memberView(ana).membership().tier()).isEqualTo("PLATINUM");
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(gold.currentPeriodEnd());
    }

    @Test
    void aDeferredDowngradeTakesEffectWithTheNextPeriodAtTheNewPrice() {
        MemberId ana = memberPaying(VISA);
        SubscriptionView gold = subscribed(ana, "GOLD");

        var scheduled = (TierChangeOutcome.Scheduled) billing.changeSubscriptionTier(Actor.member(ana),
                to(gold.id(), "SILVER", ChangeTiming.AT_PERIOD_END));

        assertThat(scheduled.effectiveAt()).isEqualTo(gold.currentPeriodEnd());
        assertThat(scheduled.subscription().scheduledTier()).isEqualTo("SILVER");
        assertThat(memberView(ana).membership().tier()).isEqualTo("GOLD");
        assertThat(invoicesOf(ana)).hasSize(1);

        clock.set(gold.currentPeriodEnd());
        billing.runBilling(Actor.system());

        assertThat(invoicesOf(ana).get(0).total()).isEqualTo(usd("10.00"));
        assertThat(billing.subscription(Actor.member(ana), gold.id()).tier()).isEqualTo("SILVER");
        assertThat(memberView(ana).membership().tier()).isEqualTo("SILVER");
    }

    @Test
    void anImmediateDowngradeRefundsItsNetCreditWithACreditNote() {
        MemberId ana = memberPaying(VISA);
        SubscriptionView gold = subscribed(ana, "GOLD");
        clock.set(JAN_25);

        var invoiced = (TierChangeOutcome.Invoiced) billing.changeSubscriptionTier(Actor.member(ana),
                to(gold.id(), "SILVER", ChangeTiming.IMMEDIATELY));

        // credit 16.94, charge 10.00 * 21/31 = 6.77: 10.17 goes back onto the first payment
        var credited = (PaymentOutcome.NothingDue) invoiced.settlement();
        assertThat(credited.invoice().total()).isEqualTo(usd("-10.17"));
        assertThat(credited.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(credited.credits()).singleElement().satisfies(note -> {
            assertThat(note.amount()).isEqualTo(usd("10.17"));
            assertThat(note.number()).isEqualTo("NAMC-CN-2026-000001");
        });
        PaymentView first = billing.paymentsOf(Actor.member(ana), ana, PageRequest.first(10)).items().get(0);
        assertThat(first.refunded()).isEqualTo(usd("10.17"));
        assertThat(first.refundable()).isEqualTo(usd("14.83"));
        assertThat(gateway.charges().get(0).refunded()).isEqualTo(usd("10.17"));
        assertThat(memberView(ana).membership().tier()).isEqualTo("SILVER");
    }

    @Test
    void consecutiveChangesInOnePeriodNeverCreditMoreThanWasPaid() {
        MemberId ana = memberPaying(VISA);
        SubscriptionView s = subscribed(ana, "GOLD");
        String[] tiers = {"PLATINUM", "SILVER", "GOLD", "SILVER", "PLATINUM"};
        for (int i = 0; i < tiers.length; i++) {
            clock.set(START.plusSeconds(86_400L * (3 + 5 * i)));
            billing.changeSubscriptionTier(Actor.member(ana), to(s.id(), tiers[i], ChangeTiming.IMMEDIATELY));
        }

        List<InvoiceView> invoices = invoicesOf(ana);
        List<PaymentView> payments = billing.paymentsOf(Actor.member(ana), ana, PageRequest.first(50)).items();
        Money paid = payments.stream().map(PaymentView::amount).reduce(usd("0"), Money::plus);
        Money refunded = payments.stream().map(PaymentView::refunded).reduce(usd("0"), Money::plus);
        Money invoiced = invoices.stream().map(InvoiceView::total).reduce(usd("0"), Money::plus);
        Money credited = invoices.stream().flatMap(i -> i.amounts().lines().stream()).map(PricedLine::amount)
                .filter(Money::isNegative).reduce(usd("0"), Money::plus).negate();
        Money charged = invoices.stream().flatMap(i -> i.amounts().lines().stream()).map(PricedLine::amount)
                .filter(Money::isPositive).reduce(usd("0"), Money::plus);

        assertThat(invoices).hasSize(1 + tiers.length);
        assertThat(paid.minus(refunded)).isEqualTo(invoiced);
        assertThat(credited).isLessThanOrEqualTo(charged);
        assertThat(paid.minus(refunded).isNegative()).isFalse();
        assertThat(payments).allSatisfy(p -> assertThat(p.refunded()).isLessThanOrEqualTo(p.amount()));
    }

    @Test
    void changingTierDuringTheTrialIsFree() {
        MemberId ana = memberPaying(VISA);
        var trial = billing.subscribe(Actor.member(ana), Subscribe.withTrial(ana, "GOLD", BillingInterval.MONTHLY));

        var switched = billing.changeSubscriptionTier(Actor.member(ana),
                to(trial.subscription().id(), "PLATINUM", ChangeTiming.IMMEDIATELY));

        assertThat(switched).isInstanceOf(TierChangeOutcome.Switched.class);
        assertThat(invoicesOf(ana)).isEmpty();
        assertThat(memberView(ana).membership().tier()).isEqualTo("PLATINUM");
        clock.set(trial.subscription().trialEnd());
        billing.runBilling(Actor.system());
        assertThat(invoicesOf(ana)).singleElement().satisfies(i -> assertThat(i.total()).isEqualTo(usd("50.00")));
    }

    @Test
    void changesKeepTheirRules() {
        MemberId ana = memberPaying(VISA);
        MemberId bo = memberPaying(VISA);
        SubscriptionView gold = subscribed(ana, "GOLD");

        assertThatNamcException(() -> billing.changeSubscriptionTier(Actor.member(ana),
                to(gold.id(), "GOLD", ChangeTiming.IMMEDIATELY))).hasViolation("tier", "different");
        assertThatNamcException(() -> billing.changeSubscriptionTier(Actor.member(bo),
                to(gold.id(), "PLATINUM", ChangeTiming.IMMEDIATELY))).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> billing.previewTierChange(Actor.member(bo),
                to(gold.id(), "PLATINUM", ChangeTiming.IMMEDIATELY))).hasReason(CommonRefusal.PERMISSION_DENIED);
        billing.reviseTier(Actor.system(), new ReviseTier("PLATINUM", aTier("PLATINUM").monthly("50.00").details(),
                false));
        assertThatNamcException(() -> billing.changeSubscriptionTier(Actor.member(ana),
                to(gold.id(), "PLATINUM", ChangeTiming.AT_PERIOD_END))).hasViolation("tier", "on-sale");
        assertThatNamcException(() -> billing.changeSubscriptionTier(Actor.member(ana),
                new ChangeSubscriptionTier(null, "", null))).hasViolationOn("subscription", "tier", "timing");
        assertThat(invoicesOf(ana)).hasSize(1);
    }
}
