package org.namc.billing.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.namc.billing.ConfirmPayment;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PaymentView;
import org.namc.billing.PurchaseItem;
import org.namc.billing.domain.CustomerAction;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PurchasableItem;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;

/** Paying invoices, buying courses and events, the gateway's confirmations; reading payments. */
final class PaymentUseCases {
    private final BillingContext ctx;
    private final Issuing issuing;
    private final Collection collection;
    private final BillingViews views;

    PaymentUseCases(BillingContext ctx, Issuing issuing, Collection collection, BillingViews views) {
        this.ctx = ctx;
        this.issuing = issuing;
        this.collection = collection;
        this.views = views;
    }

    PaymentOutcome pay(Actor actor, PayInvoice command) {
        Violations violations = Violations.collect().required(command.invoice(), "invoice")
                .maxLength(command.paymentMethod(), "paymentMethod", 255);
        ctx.validation().validate(command, violations);
        Collecting collecting = ctx.unitOfWork().execute(actor, "invoice.pay", BillingContext.INVOICE, scope -> {
            scope.resource(command.invoice());
            Invoice invoice = ctx.invoice(command.invoice());
            ctx.requireOwned(actor, BillingContext.PAYMENT, "create", invoice.id(), invoice.member());
            return collection.begin(invoice, blankToNull(command.paymentMethod()), false, scope);
        });
        return collection.finish(actor, collecting);
    }

    PaymentOutcome purchase(Actor actor, PurchaseItem command) {
        Violations violations = Violations.collect().required(command.member(), "member")
                .required(command.item(), "item").maxLength(command.paymentMethod(), "paymentMethod", 255);
        ctx.validation().validate(command, violations);
        Collecting collecting = ctx.unitOfWork().execute(actor, "item.purchase", BillingContext.INVOICE, scope -> {
            ctx.require(actor, BillingContext.PAYMENT, "create",
                    new ResourceRef(BillingContext.PAYMENT, null, command.member()));
            ctx.member(command.member());
            PurchasableItem item = ctx.purchasables().reserve(command.item(), command.member())
                    .orElseThrow(() -> NamcException.notFound(command.item().kind().name().toLowerCase(
                            Locale.ROOT), command.item().id()));
            Invoice invoice = issuing.issue(new InvoiceId(ctx.ids().newId()), command.member(),
                    new InvoicePurpose.Purchase(item.ref()), item.price().currency(), List.of(item.line()),
                    0);
            scope.resource(invoice.id()).changed("item", null, item.ref());
            return collection.begin(invoice, blankToNull(command.paymentMethod()), false, scope);
        });
        return collection.finish(actor, collecting);
    }

    PaymentOutcome confirm(Actor actor, ConfirmPayment command) {
        Violations violations = Violations.collect().notBlank(command.gatewayPaymentId(), "gatewayPaymentId", 255)
                .maxLength(command.failureCode(), "failureCode", 100)
                .maxLength(command.failureMessage(), "failureMessage", 500);
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "payment.confirm", BillingContext.PAYMENT, scope -> {
            ctx.requireOnAll(actor, BillingContext.PAYMENT, "confirm");
            Payment pending = ctx.payments().findByGatewayPaymentId(command.gatewayPaymentId().strip())
                    .orElseThrow(() -> NamcException.notFound(BillingContext.PAYMENT, command.gatewayPaymentId()));
            scope.resource(pending.id());
            if (!pending.status().isOpen()) {
                return collection.asSettled(pending, CustomerAction.NONE); // said before: nothing happens twice
            }
            Payment settled = ctx.payments().save(command.succeeded()
                    ? pending.succeeded(command.gatewayPaymentId().strip(), ctx.now())
                    : pending.failed(command.gatewayPaymentId().strip(), orDefault(command.failureCode(), "failed"),
                    orDefault(command.failureMessage(), "The payment failed."), ctx.now()));
            scope.changed("status", pending.status(), settled.status());
            return collection.confirmed(ctx.invoice(settled.invoice()), settled, scope);
        });
    }

    PaymentView find(Actor actor, PaymentId id) {
        Violations.collect().required(id, "id").throwIfAny();
        Payment payment = ctx.payment(id);
        ctx.requireOwned(actor, BillingContext.PAYMENT, "read", id, payment.member());
        return views.payment(payment);
    }

    Page<PaymentView> of(Actor actor, MemberId member, PageRequest page) {
        Violations.collect().required(member, "member").required(page, "page").throwIfAny();
        ctx.require(actor, BillingContext.PAYMENT, "read", new ResourceRef(BillingContext.PAYMENT, null, member));
        return ctx.payments().forMember(member, page).map(views::payment);
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
