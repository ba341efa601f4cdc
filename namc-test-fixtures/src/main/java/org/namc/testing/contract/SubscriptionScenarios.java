package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.billing.domain.BillingRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.TierBuilder.aTier;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.DECLINED;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.THREE_D_SECURE;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.billing.BillingRunReport;
import org.namc.billing.CancelSubscription;
import org.namc.billing.ConfirmPayment;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.ReviseTier;
import org.namc.billing.StandingView;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionOutcome;
import org.namc.billing.SubscriptionView;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.domain.BillingNotice;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.domain.SubscriptionStatus;
import org.namc.membership.MemberView;
import org.namc.membership.RegisterMember;
import org.namc.membership.domain.MembershipStatus;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

/**
 * Subscriptions through the portal: the first charge, trials, incomplete first payments,
 * asynchronous confirmation, renewal, cancellation, and how the membership and access follow.
 */
public abstract class SubscriptionScenarios extends BillingScenarioSupport {
    private static final Instant FEB_15 = Instant.parse("2026-02-15T17:00:00Z");

    @Test
    void subscribingChargesTheFirstPeriodAndTheMembershipFollowsIt() {
        MemberId ana = memberPaying(VISA);

        SubscriptionOutcome outcome = billing.subscribe(Actor.member(ana), Subscribe.monthly(ana, "GOLD"));

        SubscriptionOutcome.Started started = (SubscriptionOutcome.Started) outcome;
        PaymentOutcome.Succeeded paid = (PaymentOutcome.Succeeded) started.firstPayment();
        assertThat(started.subscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(started.subscription().currentPeriodEnd()).isEqualTo(FEB_15);
        assertThat(paid.invoice().number()).isEqualTo("NAMC-2026-000001");
        assertThat(paid.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.invoice().total()).isEqualTo(usd("25.00"));
        assertThat(paid.invoice().amounts().lines()).singleElement().satisfies(line -> assertThat(
                line.item().description()).isEqualTo("Gold membership, monthly (Jan 15, 2026 – Feb 15, 2026)"));
        assertThat(paid.payment().status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(gateway.charges()).singleElement().satisfies(c -> assertThat(c.request().amount())
                .isEqualTo(usd("25.00")));

        MemberView view = memberView(ana);
        assertThat(view.membership().expiresAt()).isEqualTo(FEB_15);
        assertThat(view.membership().tier()).isEqualTo("GOLD");
        assertThat(view.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(billing.standing(Actor.member(ana), ana))
                .isEqualTo(new StandingView(ana, "GOLD", FEB_15, MembershipStatus.ACTIVE));
        assertThat(audited("subscription.create")).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.SUCCESS);
            assertThat(r.changes()).containsKeys("tier", "payment");
        });
        // The first payment settles in its own unit, after the gateway answered outside any unit.
        assertThat(audited("payment.settle")).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.SUCCESS);
            assertThat(r.changes()).containsKeys("status", "membershipExpiresAt", "membershipTier");
        });
    }

    @Test
    void aTiersPermissionsAreHeldByItsMembersAndFollowItsRevisions() {
        aTier("BUILDER").monthly("30.00").priority(5).granting("project:bid active-member").define(billing);
        MemberId ana = memberPaying(VISA);
        Permission bid = Permission.of("project", "bid");
        assertThat(access.decide(Actor.member(ana), bid, ResourceRef.any("project")).isAllowed()).isFalse();

        subscribed(ana, "BUILDER");

        var allowed = access.decide(Actor.member(ana), bid, ResourceRef.any("project"));
        assertThat(allowed.isAllowed()).isTrue();
        assertThat(allowed.reason()).contains("tier BUILDER");
        billing.reviseTier(Actor.system(), new ReviseTier("BUILDER", aTier("BUILDER").monthly("30.00").priority(5)
                .details(), true));
        assertThat(access.decide(Actor.member(ana), bid, ResourceRef.any("project")).isAllowed()).isFalse();
    }

    @Test
    void theSetupFeeIsChargedWithTheFirstPeriodOnlyAndRenewalsInvoiceTheNextPeriod() {
        aTier("STUDIO").monthly("20.00").setupFee("15.00").define(billing);
        MemberId ana = memberPaying(VISA);
        SubscriptionView studio = subscribed(ana, "STUDIO");
        assertThat(invoicesOf(ana)).singleElement().satisfies(i -> {
            assertThat(i.total()).isEqualTo(usd("35.00"));
            assertThat(i.amounts().lines()).hasSize(2);
        });

        clock.set(FEB_15);
        BillingRunReport report = billing.runBilling(Actor.system());

        assertThat(report.renewed()).isEqualTo(1);
        assertThat(invoicesOf(ana).get(0)).satisfies(renewal -> {
            assertThat(renewal.number()).isEqualTo("NAMC-2026-000002");
            assertThat(renewal.total()).isEqualTo(usd("20.00"));
            assertThat(renewal.amounts().lines()).singleElement().satisfies(l -> assertThat(l.item().description())
                    .isEqualTo("Studio membership, monthly (Feb 15, 2026 – Mar 15, 2026)"));
            assertThat(renewal.status()).isEqualTo(InvoiceStatus.PAID);
        });
        assertThat(billing.subscription(Actor.member(ana), studio.id()).currentPeriodEnd())
                .isEqualTo(Instant.parse("2026-03-15T16:00:00Z")); // 09:00 Pacific daylight time
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(Instant.parse("2026-03-15T16:00:00Z"));
        assertThat(billing.runBilling(Actor.system())).isEqualTo(BillingRunReport.nothing());
    }

    @Test
    void aNewPriceAppliesFromTheNextRenewalAndNeverRewritesIssuedInvoices() {
        MemberId ana = memberPaying(VISA);
        subscribed(ana, "GOLD");
        var first = invoicesOf(ana).get(0);

        billing.reviseTier(Actor.system(), new ReviseTier("GOLD", aTier("GOLD").monthly("30.00").priority(2)
                .details(), true));
        clock.set(FEB_15);
        billing.runBilling(Actor.system());

        assertThat(billing.invoice(Actor.member(ana), first.id())).isEqualTo(first);
        assertThat(invoicesOf(ana).get(0).total()).isEqualTo(usd("30.00"));
    }

    @Test
    void aDeclinedFirstPaymentLeavesItIncompleteUntilPaidWithAnotherCard() {
        MemberId ana = memberPaying(DECLINED);

        var started = (SubscriptionOutcome.Started) billing.subscribe(Actor.member(ana), Subscribe.monthly(ana, "GOLD"));

        var declined = (PaymentOutcome.Declined) started.firstPayment();
        assertThat(declined.payment().failureCode()).isEqualTo("card_declined");
        assertThat(declined.invoice().status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(started.subscription().status()).isEqualTo(SubscriptionStatus.INCOMPLETE);
        assertThat(memberView(ana).membership().tier()).isNull();
        assertThat(billingFixture.notices().sentTo(ana)).singleElement().isInstanceOfSatisfying(
                BillingNotice.PaymentFailed.class, n -> assertThat(n.nextAttemptAt()).isNull());

        PaymentOutcome retried = billing.payInvoice(Actor.member(ana), new PayInvoice(declined.invoice().id(), VISA));

        assertThat(retried).isInstanceOf(PaymentOutcome.Succeeded.class);
        assertThat(billing.subscription(Actor.member(ana), started.subscription().id()).status())
                .isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(memberView(ana).membership().tier()).isEqualTo("GOLD");
    }

    @Test
    void anIncompleteSubscriptionEndsWhenItsFirstPaymentNeverComes() {
        MemberId ana = memberPaying(DECLINED);
        var started = (SubscriptionOutcome.Started) billing.subscribe(Actor.member(ana), Subscribe.monthly(ana, "GOLD"));

        clock.advance(Duration.ofHours(23));
        BillingRunReport report = billing.runBilling(Actor.system());

        assertThat(report.ended()).isEqualTo(1);
        assertThat(billing.subscription(Actor.member(ana), started.subscription().id()).status())
                .isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(invoicesOf(ana)).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.VOID));
        assertThat(gateway.charges()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo("failed"));
    }

    @Test
    void anAsynchronousPaymentCountsWhenConfirmedAndAConfirmationAppliedTwiceExtendsNothingTwice() {
        MemberId ana = memberPaying(THREE_D_SECURE);
        var started = (SubscriptionOutcome.Started) billing.subscribe(Actor.member(ana), Subscribe.monthly(ana, "GOLD"));
        assertThat(started.firstPayment()).isInstanceOf(PaymentOutcome.Pending.class);
        assertThat(started.subscription().status()).isEqualTo(SubscriptionStatus.INCOMPLETE);
        assertThat(started.subscription().nextActionAt()).isNull();
        List<ConfirmPayment> confirmations = gateway.settlePending();

        assertThatNamcException(() -> billing.confirmPayment(Actor.member(ana), confirmations.get(0)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        PaymentOutcome first = billing.confirmPayment(Actor.system(), confirmations.get(0));
        MemberView once = memberView(ana);
        PaymentOutcome again = billing.confirmPayment(Actor.system(), confirmations.get(0));

        assertThat(first).isInstanceOf(PaymentOutcome.Succeeded.class);
        assertThat(again).isEqualTo(first);
        assertThat(once.membership().expiresAt()).isEqualTo(FEB_15);
        assertThat(memberView(ana).membership()).isEqualTo(once.membership());
        assertThat(billing.standing(Actor.system(), ana).paidThrough()).isEqualTo(FEB_15);
        assertThat(billing.subscription(Actor.system(), started.subscription().id()).status())
                .isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void aTrialWithoutAPaymentMethodEndsWithTheTrial() {
        MemberId ana = member();
        var trialing = (SubscriptionOutcome.Trialing) billing.subscribe(Actor.member(ana),
                Subscribe.withTrial(ana, "GOLD", BillingInterval.MONTHLY));
        Instant trialEnd = Instant.parse("2026-01-29T17:00:00Z");
        assertThat(trialing.subscription().trialEnd()).isEqualTo(trialEnd);
        assertThat(memberView(ana).status().isInGoodStanding()).isTrue();
        assertThat(memberView(ana).membership().tier()).isEqualTo("GOLD");
        assertThat(gateway.charges()).isEmpty();

        clock.set(trialEnd);
        BillingRunReport report = billing.runBilling(Actor.system());

        assertThat(report.trialsEnded()).isEqualTo(1);
        SubscriptionView ended = billing.subscription(Actor.member(ana), trialing.subscription().id());
        assertThat(ended.status()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(ended.endedAt()).isEqualTo(trialEnd);
        assertThat(invoicesOf(ana)).isEmpty();
        assertThat(billingFixture.notices().sentTo(ana)).singleElement()
                .isInstanceOf(BillingNotice.TrialEndedWithoutPaymentMethod.class);
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(trialEnd);
        clock.set(trialEnd.plus(Duration.ofDays(31)));
        assertThat(memberView(ana).status()).isEqualTo(MembershipStatus.LAPSED);
    }

    @Test
    void aTrialWithAPaymentMethodConvertsIntoItsFirstPaidPeriodAtTheTrialsEnd() {
        MemberId ana = memberPaying(VISA);
        var trialing = billing.subscribe(Actor.member(ana), Subscribe.withTrial(ana, "GOLD", BillingInterval.MONTHLY));

        clock.set(Instant.parse("2026-01-29T17:00:00Z"));
        billing.runBilling(Actor.system());

        SubscriptionView active = billing.subscription(Actor.member(ana), trialing.subscription().id());
        assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        // Anchored on the 29th: February has none, so the period ends on the 28th.
        assertThat(active.currentPeriodEnd()).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
        assertThat(invoicesOf(ana)).singleElement().satisfies(i -> assertThat(i.total()).isEqualTo(usd("25.00")));
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
    }

    @Test
    void aTrialSetToEndWithItsPeriodEndsWithoutACharge() {
        MemberId ana = memberPaying(VISA);
        var trialing = billing.subscribe(Actor.member(ana), Subscribe.withTrial(ana, "GOLD", BillingInterval.MONTHLY));
        billing.cancelSubscription(Actor.member(ana), new CancelSubscription(trialing.subscription().id(), true));

        clock.set(trialing.subscription().trialEnd());
        BillingRunReport report = billing.runBilling(Actor.system());

        assertThat(report.ended()).isEqualTo(1);
        assertThat(billing.subscription(Actor.member(ana), trialing.subscription().id()).status())
                .isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(gateway.charges()).isEmpty();
        assertThat(invoicesOf(ana)).isEmpty();
    }

    @Test
    void aSubscriptionWhosePaymentAwaitsConfirmationCannotBeCancelledAtOnce() {
        MemberId ana = memberPaying(THREE_D_SECURE);
        var started = billing.subscribe(Actor.member(ana), Subscribe.monthly(ana, "GOLD"));

        assertThatNamcException(() -> billing.cancelSubscription(Actor.member(ana),
                new CancelSubscription(started.subscription().id(), false))).hasReason(BillingRefusal.PAYMENT_CONFIRMING);
        assertThat(invoicesOf(ana)).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.OPEN));
    }

    @Test
    void cancellingAtPeriodEndKeepsTheMembershipToThenAndRenewsNothing() {
        MemberId ana = memberPaying(VISA);
        SubscriptionView gold = subscribed(ana, "GOLD");

        SubscriptionView cancelling = billing.cancelSubscription(Actor.member(ana), new CancelSubscription(gold.id(), true));
        assertThat(cancelling.cancelAtPeriodEnd()).isTrue();
        assertThat(cancelling.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        clock.set(FEB_15);
        BillingRunReport report = billing.runBilling(Actor.system());

        assertThat(report.ended()).isEqualTo(1);
        assertThat(report.renewed()).isZero();
        assertThat(invoicesOf(ana)).hasSize(1);
        assertThat(billing.subscription(Actor.member(ana), gold.id()).status()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(FEB_15);
    }

    @Test
    void cancellingNowEndsTheMembershipNowAndItsAccessWithIt() {
        aTier("BUILDER").monthly("30.00").granting("project:bid active-member").define(billing);
        MemberId ana = memberPaying(VISA);
        SubscriptionView builder = subscribed(ana, "BUILDER");
        clock.set(Instant.parse("2026-01-20T17:00:00Z"));

        billing.cancelSubscription(Actor.member(ana), new CancelSubscription(builder.id(), false));

        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofDays(31));
        assertThat(memberView(ana).status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(access.decide(Actor.member(ana), Permission.of("project", "bid"), ResourceRef.any("project"))
                .isAllowed()).isFalse();
    }

    @Test
    void subscribingKeepsItsRules() {
        MemberId ana = memberPaying(VISA);
        MemberId bo = memberPaying(VISA);
        subscribed(ana, "GOLD");

        assertThatNamcException(() -> billing.subscribe(Actor.member(ana), Subscribe.monthly(ana, "SILVER")))
                .hasReason(BillingRefusal.ALREADY_SUBSCRIBED);
        assertThatNamcException(() -> billing.subscribe(Actor.member(ana), Subscribe.monthly(bo, "SILVER")))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> billing.subscribe(Actor.member(bo), Subscribe.monthly(bo, "DIAMOND")))
                .hasCode(ErrorCode.NOT_FOUND);
        MemberId cy = member();
        assertThatNamcException(() -> billing.subscribe(Actor.member(cy), Subscribe.monthly(cy, "GOLD")))
                .hasReason(BillingRefusal.PAYMENT_METHOD_MISSING);
        assertThat(billing.billingAccount(Actor.member(cy), cy)).isEmpty(); // the failed unit left nothing
        assertThat(audited("subscription.create")).last().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.FAILURE);
            assertThat(r.error()).isEqualTo(ErrorCode.ILLEGAL_STATE);
        });
        aTier("MONTHLY_ONLY").monthly("5.00").yearly(null).define(billing);
        assertThatNamcException(() -> billing.subscribe(Actor.member(bo), Subscribe.yearly(bo, "MONTHLY_ONLY")))
                .hasViolation("interval", "offered");
        MemberId unverified = membership.register(RegisterMember.of("new@example.org",
                Secret.of("a long enough passphrase"), "New", "Member")).memberId();
        assertThatNamcException(() -> billing.subscribe(Actor.system(), Subscribe.monthly(unverified, "GOLD")))
                .hasReason(BillingRefusal.EMAIL_NOT_VERIFIED);
        assertThat(billing.subscriptionsOf(Actor.member(bo), bo)).isEmpty();
    }

    @Test
    void aBadCommandNamesEveryFieldAndStoresNothing() {
        int audited = billingFixture.fixture().auditRecords().size();

        assertThatNamcException(() -> billing.subscribe(Actor.system(), new Subscribe(null, " ", null, false)))
                .hasCode(ErrorCode.VALIDATION_FAILED)
                .hasViolation("member", "required").hasViolation("tier", "required")
                .hasViolation("interval", "required");

        assertThat(billingFixture.fixture().auditRecords()).hasSize(audited);
        assertThat(gateway.customerCount()).isZero();
    }
}
