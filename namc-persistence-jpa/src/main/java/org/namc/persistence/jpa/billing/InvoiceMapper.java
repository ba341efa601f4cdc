package org.namc.persistence.jpa.billing;

import static org.namc.persistence.jpa.billing.MoneyColumns.amount;
import static org.namc.persistence.jpa.billing.MoneyColumns.fromText;
import static org.namc.persistence.jpa.billing.MoneyColumns.money;
import static org.namc.persistence.jpa.billing.MoneyColumns.text;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceAmounts;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.LineItem;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PricedLine;
import org.namc.shared.domain.MemberId;

/** Copies between the core's {@link Invoice} and its {@code invoices} row. */
final class InvoiceMapper {
    private InvoiceMapper() {
    }

    static InvoiceJpaEntity newEntity(Invoice invoice) {
        InvoiceJpaEntity entity = new InvoiceJpaEntity(invoice.id().value(), invoice.member().value(),
                invoice.createdAt());
        InvoicePurposeColumns.copyInto(invoice.purpose(), entity);
        return entity;
    }

    /** Everything a draft's revision, its issue and its status changes may touch. */
    static void copyInto(Invoice invoice, InvoiceJpaEntity entity) {
        InvoiceAmounts amounts = invoice.amounts();
        entity.number = invoice.number() == null ? null : invoice.number().toString();
        entity.status = invoice.status();
        entity.currency = amounts.currency().getCurrencyCode();
        entity.subtotal = amount(amounts.subtotal());
        entity.discountAmount = amount(amounts.discount());
        entity.taxAmount = amount(amounts.tax());
        entity.totalAmount = amount(amounts.total());
        entity.lines = amounts.lines().stream().map(InvoiceMapper::toJson).toList();
        Discount discount = invoice.discount();
        entity.discountPercent = discount instanceof Discount.Percent percent ? percent.percent() : null;
        entity.discountFixed = discount instanceof Discount.Fixed fixed ? amount(fixed.amount()) : null;
        entity.daysUntilDue = invoice.daysUntilDue();
        entity.issuedAt = invoice.issuedAt();
        entity.dueAt = invoice.dueAt();
        entity.paidAt = invoice.paidAt();
        entity.paidBy = invoice.paidBy() == null ? null : invoice.paidBy().value();
        entity.closedAt = invoice.closedAt();
        entity.updatedAt = invoice.updatedAt();
    }

    static Invoice toDomain(InvoiceJpaEntity entity) {
        String currency = entity.currency;
        List<PricedLine> lines = entity.lines.stream().map(line -> toDomain(line, currency)).toList();
        InvoiceAmounts amounts = new InvoiceAmounts(Currency.getInstance(currency), lines,
                money(entity.subtotal, currency), money(entity.discountAmount, currency),
                money(entity.taxAmount, currency), money(entity.totalAmount, currency));
        return Invoice.restore(new InvoiceId(entity.id), new MemberId(entity.userId), entity.status,
                entity.number == null ? null : InvoiceNumber.parse(entity.number),
                lines.stream().map(PricedLine::item).toList(), discount(entity), amounts,
                InvoicePurposeColumns.toDomain(entity), entity.daysUntilDue, entity.createdAt, entity.issuedAt,
                entity.dueAt, entity.paidAt, entity.paidBy == null ? null : new PaymentId(entity.paidBy),
                entity.closedAt, entity.updatedAt, entity.version);
    }

    private static @Nullable Discount discount(InvoiceJpaEntity entity) {
        if (entity.discountPercent != null) {
            return new Discount.Percent(entity.discountPercent);
        }
        return entity.discountFixed == null ? null : new Discount.Fixed(money(entity.discountFixed, entity.currency));
    }

    private static PricedLineJson toJson(PricedLine line) {
        LineItem item = line.item();
        return new PricedLineJson(item.description(), item.quantity(), text(item.unitPrice()),
                item.taxRate().toPlainString(), text(line.amount()), text(line.discount()), text(line.tax()));
    }

    private static PricedLine toDomain(PricedLineJson line, String currency) {
        LineItem item = new LineItem(line.description(), line.quantity(), fromText(line.unitPrice(), currency),
                new BigDecimal(line.taxRate()));
        return new PricedLine(item, fromText(line.amount(), currency), fromText(line.discount(), currency),
                fromText(line.tax(), currency));
    }
}
