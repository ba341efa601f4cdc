package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.DECLINED;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.namc.billing.BillingAccountView;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentMethodSetup;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PaymentView;
import org.namc.billing.PurchaseItem;
import org.namc.billing.RefundPayment;
import org.namc.billing.RefundResult;
import org.namc.billing.RemovePaymentMethod;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.PaymentKind;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.domain.PurchasableItem;
import org.namc.billing.domain.RefundRequest;
import org.namc.billing.domain.SavedMethod;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

/** Paying for courses and events, refunds in part and in full, and what they take back. */
public abstract class PaymentScenarios extends BillingScenarioSupport {
    private static final ItemRef OSHA = ItemRef.course("osha-30");
    private static final ItemRef GALA = ItemRef.event("annual-gala-2026");

    private void onSale() {
        billingFixture.purchasables().offer(new PurchasableItem(OSHA, "OSHA 30-hour construction course",
                usd("120.00"), new BigDecimal("0.0725")));
        billingFixture.purchasables().offer(new PurchasableItem(GALA, "Annual gala ticket", usd("50.00"),
                BigDecimal.ZERO));
    }

    @Test
    void buyingACourseInvoicesChargesAndBooksThePlaceTogether() {
        onSale();
        MemberId ana = memberPaying(VISA);

        var bought = (PaymentOutcome.Succeeded) billing.purchase(Actor.member(ana), new PurchaseItem(ana, OSHA, null));

        assertThat(bought.invoice().total()).isEqualTo(usd("128.70"));
        assertThat(bought.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(bought.payment().kind()).isEqualTo(PaymentKind.COURSE);
        assertThat(billingFixture.purchasables().booking(OSHA, ana)).hasValueSatisfying(b -> {
            assertThat(b.active()).isTrue();
            assertThat(b.paid()).isEqualTo(usd("128.70"));
        });
    }

    @Test
    void aDeclinedPurchaseBooksNothingButKeepsTheFailedAttempt() {
        onSale();
        MemberId ana = memberPaying(DECLINED);

        var declined = (PaymentOutcome.Declined) billing.purchase(Actor.member(ana), new PurchaseItem(ana, GALA, null));

        assertThat(declined.invoice().status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(declined.payment().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(billingFixture.purchasables().booking(GALA, ana)).isEmpty();
        // The purchase's unit committed the attempt before the gateway was asked; settling the decline is refused.
        assertThat(audited("item.purchase")).singleElement().satisfies(r ->
                assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.SUCCESS));
        assertThat(audited("payment.settle")).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.FAILURE);
            assertThat(r.error()).isEqualTo(ErrorCode.PAYMENT_DECLINED);
        });

        billing.payInvoice(Actor.member(ana), new PayInvoice(declined.invoice().id(), VISA));
        assertThat(billingFixture.purchasables().booking(GALA, ana)).hasValueSatisfying(b ->
                assertThat(b.active()).isTrue());
        assertThat(billing.paymentsOf(Actor.member(ana), ana, PageRequest.first(10)).items())
                .extracting(PaymentView::status).containsExactly(PaymentStatus.SUCCEEDED, PaymentStatus.FAILED);
    }

    @Test
    void refundsComeInPartsUpToTheCaptureEachWithItsCreditNote() {
        onSale();
        MemberId ana = memberPaying(VISA);
        var bought = (PaymentOutcome.Succeeded) billing.purchase(Actor.member(ana), new PurchaseItem(ana, GALA, null));
        var payment = bought.payment().id();

        var part = (RefundResult.Refunded) billing.refundPayment(Actor.system(),
                new RefundPayment(payment, usd("20.00"), "Could only attend the dinner"));
        assertThat(part.creditNote().number()).isEqualTo("NAMC-CN-2026-000001");
        assertThat(part.payment().refundable()).isEqualTo(usd("30.00"));
        assertThat(billingFixture.purchasables().booking(GALA, ana)).hasValueSatisfying(b -> {
            assertThat(b.active()).isTrue();
            assertThat(b.refunded()).isEqualTo(usd("20.00"));
        });

        assertThatNamcException(() -> billing.refundPayment(Actor.system(),
                new RefundPayment(payment, usd("30.01"), "too much"))).hasViolation("amount", "range");
        assertThatNamcException(() -> billing.refundPayment(Actor.member(ana),
                new RefundPayment(payment, usd("1.00"), "self-service"))).hasReason(CommonRefusal.PERMISSION_DENIED);
        var rest = (RefundResult.Refunded) billing.refundPayment(Actor.system(),
                new RefundPayment(payment, null, "Event cancelled"));

        assertThat(rest.creditNote().amount()).isEqualTo(usd("30.00"));
        assertThat(rest.creditNote().number()).isEqualTo("NAMC-CN-2026-000002");
        assertThat(rest.payment().refundable()).isEqualTo(usd("0.00"));
        assertThat(billingFixture.purchasables().booking(GALA, ana)).hasValueSatisfying(b ->
                assertThat(b.active()).isFalse());
        assertThat(billing.invoice(Actor.member(ana), bought.invoice().id()).credited()).isEqualTo(usd("50.00"));
        assertThat(billing.invoice(Actor.member(ana), bought.invoice().id()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThatNamcException(() -> billing.refundPayment(Actor.system(), new RefundPayment(payment, null, "again")))
                .hasViolation("amount", "range");
    }

    @Test
    void refundingAMembershipPaymentInFullEndsTheMembershipNow() {
        MemberId ana = memberPaying(VISA);
        subscribed(ana, "GOLD");
        PaymentView first = billing.paymentsOf(Actor.system(), ana, PageRequest.first(10)).items().get(0);
        clock.set(Instant.parse("2026-01-20T17:00:00Z"));

        billing.refundPayment(Actor.system(), new RefundPayment(first.id(), usd("5.00"), "Goodwill"));
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(Instant.parse("2026-02-15T17:00:00Z"));
        billing.refundPayment(Actor.system(), new RefundPayment(first.id(), null, "Joined by mistake"));

        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(clock.instant());
        assertThat(billing.standing(Actor.system(), ana).paidThrough()).isEqualTo(clock.instant());
    }

    @Test
    void aRefundTheGatewayRefusesChangesNothing() {
        onSale();
        MemberId ana = memberPaying(VISA);
        var bought = (PaymentOutcome.Succeeded) billing.purchase(Actor.member(ana), new PurchaseItem(ana, GALA, null));
        String charge = gateway.charges().get(0).id();
        // Refunded at the gateway's own dashboard, behind the portal's back.
        gateway.refund(new RefundRequest(charge, usd("45.00"), "dashboard"), IdempotencyKey.of("dashboard", 1));

        RefundResult result = billing.refundPayment(Actor.system(), new RefundPayment(bought.payment().id(), null,
                "Event cancelled"));

        assertThat(result).isInstanceOfSatisfying(RefundResult.Rejected.class, r ->
                assertThat(r.code()).isEqualTo("amount_too_large"));
        assertThat(billing.payment(Actor.system(), bought.payment().id()).refunded()).isEqualTo(usd("0.00"));
        assertThat(billing.invoice(Actor.system(), bought.invoice().id()).creditNotes()).isEmpty();
    }

    @Test
    void purchasesKeepTheirRules() {
        onSale();
        MemberId ana = memberPaying(VISA);
        MemberId bo = memberPaying(VISA);

        assertThatNamcException(() -> billing.purchase(Actor.member(ana), new PurchaseItem(bo, OSHA, null)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> billing.purchase(Actor.member(ana),
                new PurchaseItem(ana, ItemRef.course("unknown"), null))).hasCode(ErrorCode.NOT_FOUND);
        assertThatNamcException(() -> billing.purchase(Actor.member(ana), new PurchaseItem(null, null, null)))
                .hasViolationOn("member", "item");
        assertThat(invoicesOf(ana)).isEmpty();
    }

    @Test
    void aMethodSavedThroughTheGatewayIsListedAndRemovingTheDefaultLeavesNoneOnFile() {
        MemberId ana = member();
        PaymentMethodSetup setup = billing.startSavingPaymentMethod(Actor.member(ana), ana);

        assertThat(setup.action().clientSecret()).isNotBlank();
        SavedMethod saved = gateway.completeSetup(setup.setupId(), VISA);
        // What the gateway's word that the method is saved (Stripe's setup_intent.succeeded) does:
        billing.setPaymentMethod(Actor.system(), new SetPaymentMethod(ana, saved.id()));
        assertThat(billing.savedPaymentMethods(Actor.member(ana), ana)).extracting(SavedMethod::id)
                .containsExactly(VISA);

        BillingAccountView after = billing.removePaymentMethod(Actor.member(ana), new RemovePaymentMethod(ana, VISA));
        assertThat(after.hasPaymentMethod()).isFalse();
        assertThat(billing.savedPaymentMethods(Actor.member(ana), ana)).isEmpty();
        assertThatNamcException(() -> billing.removePaymentMethod(Actor.member(ana), new RemovePaymentMethod(ana,
                VISA))).hasCode(ErrorCode.NOT_FOUND);
        MemberId bo = member();
        assertThatNamcException(() -> billing.startSavingPaymentMethod(Actor.member(bo), ana))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> billing.savedPaymentMethods(Actor.member(bo), ana))
                .hasCode(ErrorCode.FORBIDDEN);
    }
}
