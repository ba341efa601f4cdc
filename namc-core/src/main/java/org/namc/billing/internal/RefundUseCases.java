package org.namc.billing.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.billing.RefundPayment;
import org.namc.billing.RefundResult;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.Payment;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/**
 * Refunds by staff. A partial refund only gives money back; the refund that leaves a payment
 * fully refunded also takes back what it bought, in the same unit of work: the membership
 * period it paid for ends now, the course or event place is given up.
 */
final class RefundUseCases {
    private final BillingContext ctx;
    private final Refunding refunding;
    private final StandingSync standing;

    RefundUseCases(BillingContext ctx, Refunding refunding, StandingSync standing) {
        this.ctx = ctx;
        this.refunding = refunding;
        this.standing = standing;
    }

    RefundResult refund(Actor actor, RefundPayment command) {
        Violations violations = Violations.collect().required(command.payment(), "payment")
                .notBlank(command.reason(), "reason", 500)
                .check(command.amount() == null || command.amount().isPositive(), "amount", ViolationRule.RANGE,
                        "must be more than zero");
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "payment.refund", BillingContext.PAYMENT, scope -> {
            scope.resource(command.payment());
            Payment payment = ctx.payment(command.payment());
            ctx.requireOwned(actor, "refund", "create", payment.id(), payment.member());
            Money amount = command.amount() != null ? command.amount() : payment.refundable();
            RefundResult result = refunding.refund(payment, amount, command.reason().strip(), scope);
            if (result instanceof RefundResult.Refunded refunded) {
                takeBack(ctx.invoice(payment.invoice()), payment, amount, refunded.payment().refundable().isZero(),
                        scope);
            }
            return result;
        });
    }

    private void takeBack(Invoice invoice, Payment payment, Money amount, boolean fully, AuditScope scope) {
        InvoicePurpose purpose = invoice.purpose();
        if (purpose instanceof InvoicePurpose.Purchase purchase) {
            ctx.purchasables().refunded(purchase.item(), payment.member(), payment.id(), amount, fully);
        } else if (fully && Settlement.subscriptionOf(purpose) != null) {
            ctx.periods().findBySource(CoveredPeriod.sourceOf(payment.id())).ifPresent(period -> {
                ctx.periods().save(period.cutOff(ctx.now()));
                standing.sync(payment.member(), scope);
            });
        }
    }
}
