package org.namc.billing.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.billing.domain.BillingRefusal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.namc.billing.DraftInvoice;
import org.namc.billing.InvoiceLine;
import org.namc.billing.InvoiceView;
import org.namc.billing.ReviseDraft;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceAmounts;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.LineItem;
import org.namc.billing.domain.PaymentStatus;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;

/** Hand-written invoices: drafting, revising, issuing, voiding and writing off; reading any invoice. */
final class InvoiceUseCases {
    private final BillingContext ctx;
    private final Issuing issuing;
    private final BillingViews views;

    InvoiceUseCases(BillingContext ctx, Issuing issuing, BillingViews views) {
        this.ctx = ctx;
        this.issuing = issuing;
        this.views = views;
    }

    InvoiceView draft(Actor actor, DraftInvoice command) {
        Violations violations = Violations.collect().required(command.member(), "member");
        Currency currency = currency(command.currency(), violations);
        List<LineItem> lines = lines(command.lines(), violations);
        checkTerms(command.daysUntilDue(), violations);
        ctx.validation().validate(command, violations);
        InvoiceAmounts amounts = calculate(currency, lines, command.discount());
        return ctx.unitOfWork().execute(actor, "invoice.draft", BillingContext.INVOICE, scope -> {
            ctx.requireOnAll(actor, BillingContext.INVOICE, "create");
            ctx.member(command.member());
            Invoice draft = issuing.draft(command.member(), currency, lines, command.discount(),
                    command.daysUntilDue());
            scope.resource(draft.id()).changed("total", null, amounts.total());
            return views.invoice(ctx.invoices().save(draft));
        });
    }

    InvoiceView revise(Actor actor, ReviseDraft command) {
        Violations violations = Violations.collect().required(command.invoice(), "invoice");
        List<LineItem> lines = lines(command.lines(), violations);
        checkTerms(command.daysUntilDue(), violations);
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "invoice.revise", BillingContext.INVOICE, scope -> {
            scope.resource(command.invoice());
            ctx.requireOnAll(actor, BillingContext.INVOICE, "update");
            Invoice before = ctx.invoice(command.invoice());
            InvoiceAmounts amounts = calculate(before.amounts().currency(), lines, command.discount());
            Invoice after = ctx.invoices().save(before.revised(lines, command.discount(), amounts,
                    command.daysUntilDue(), ctx.now()));
            scope.changed("total", before.total(), after.total());
            return views.invoice(after);
        });
    }

    InvoiceView issue(Actor actor, InvoiceId id) {
        return change(actor, id, "issue", "invoice.issue", invoice -> issuing.issue(invoice));
    }

    InvoiceView voidInvoice(Actor actor, InvoiceId id) {
        return change(actor, id, "void", "invoice.void",
                invoice -> ctx.invoices().save(invoice.voided(ctx.now())));
    }

    InvoiceView writeOff(Actor actor, InvoiceId id) {
        return change(actor, id, "write-off", "invoice.write-off",
                invoice -> ctx.invoices().save(invoice.uncollectible(ctx.now())));
    }

    InvoiceView find(Actor actor, InvoiceId id) {
        Violations.collect().required(id, "id").throwIfAny();
        Invoice invoice = ctx.invoice(id);
        ctx.requireOwned(actor, BillingContext.INVOICE, "read", id, invoice.member());
        return views.invoice(invoice);
    }

    Page<InvoiceView> of(Actor actor, MemberId member, PageRequest page) {
        Violations.collect().required(member, "member").required(page, "page").throwIfAny();
        ctx.require(actor, BillingContext.INVOICE, "read", new ResourceRef(BillingContext.INVOICE, null, member));
        return ctx.invoices().forMember(member, page).map(views::invoice);
    }

    /** Loads a hand-written or purchase invoice, checks {@code invoice:<action>}, applies and saves the change. */
    private InvoiceView change(Actor actor, InvoiceId id, String action, String auditAction,
                               UnaryOperator<Invoice> change) {
        Violations.collect().required(id, "id").throwIfAny();
        return ctx.unitOfWork().execute(actor, auditAction, BillingContext.INVOICE, scope -> {
            scope.resource(id);
            ctx.requireOnAll(actor, BillingContext.INVOICE, action);
            Invoice before = ctx.invoice(id);
            if (Settlement.subscriptionOf(before.purpose()) != null) {
                throw NamcException.refused(BillingRefusal.INVOICE_FOLLOWS_SUBSCRIPTION, "a subscription's invoice follows its subscription; "
                        + "change or cancel the subscription instead");
            }
            if (ctx.payments().forInvoice(id).stream().anyMatch(p -> p.status() == PaymentStatus.PENDING)) {
                throw NamcException.refused(BillingRefusal.PAYMENT_CONFIRMING, "a payment of this invoice awaits the gateway's confirmation");
            }
            Invoice after = change.apply(before);
            scope.changed("status", before.status(), after.status());
            return views.invoice(after);
        });
    }

    private InvoiceAmounts calculate(@Nullable Currency currency, List<LineItem> lines, @Nullable Discount discount) {
        InvoiceAmounts amounts = ctx.calculator().calculate(currency, lines, discount);
        if (amounts.total().isNegative()) {
            throw NamcException.invalid("lines", "non-negative-total", "a hand-written invoice may not total less "
                    + "than zero; refund a payment instead");
        }
        return amounts;
    }

    private static @Nullable Currency currency(@Nullable String code, Violations violations) {
        if (code == null || code.isBlank()) {
            violations.notBlank(code, "currency", 3);
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code.strip());
            return violations.capture("currency", () -> Money.zero(currency).currency());
        } catch (IllegalArgumentException unknown) {
            violations.check(false, "currency", "iso-4217", "must be an ISO 4217 currency code");
            return null;
        }
    }

    private static List<LineItem> lines(@Nullable List<InvoiceLine> given, Violations violations) {
        violations.required(given, "lines").maxSize(given, "lines", 100);
        List<LineItem> lines = new ArrayList<>();
        if (given == null) {
            return lines;
        }
        for (int i = 0; i < given.size(); i++) {
            InvoiceLine line = given.get(i);
            String field = "lines[" + i + "]";
            violations.required(line, field);
            LineItem item = line == null ? null : violations.capture(field,
                    () -> new LineItem(line.description(), line.quantity(), line.unitPrice(), line.taxRate()));
            if (item != null) {
                lines.add(item);
            }
        }
        return lines;
    }

    private static void checkTerms(int daysUntilDue, Violations violations) {
        violations.check(daysUntilDue >= 0 && daysUntilDue <= 365, "daysUntilDue", ViolationRule.RANGE,
                "must be between 0 and 365");
    }
}
