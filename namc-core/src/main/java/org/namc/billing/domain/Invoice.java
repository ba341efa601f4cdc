package org.namc.billing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * An invoice. A draft may be revised; issuing it gives it its number and due date and freezes
 * it: from then on only its status moves (OPEN -> PAID | VOID | UNCOLLECTIBLE, and an
 * uncollectible invoice may still be paid). Refunds never change an invoice; they are credit
 * notes against it.
 */
public final class Invoice {
    private final InvoiceId id;
    private final MemberId member;
    private final InvoiceStatus status;
    private final @Nullable InvoiceNumber number;
    private final List<LineItem> lines;
    private final @Nullable Discount discount;
    private final InvoiceAmounts amounts;
    private final InvoicePurpose purpose;
    private final int daysUntilDue;
    private final Instant createdAt;
    private final @Nullable Instant issuedAt;
    private final @Nullable Instant dueAt;
    private final @Nullable Instant paidAt;
    private final @Nullable PaymentId paidBy;
    private final @Nullable Instant closedAt;
    private final Instant updatedAt;
    private final long version;

    private Invoice(InvoiceId id, MemberId member, InvoiceStatus status, @Nullable InvoiceNumber number,
                    List<LineItem> lines, @Nullable Discount discount, InvoiceAmounts amounts, InvoicePurpose purpose,
                    int daysUntilDue, Instant createdAt, @Nullable Instant issuedAt, @Nullable Instant dueAt,
                    @Nullable Instant paidAt, @Nullable PaymentId paidBy, @Nullable Instant closedAt,
                    Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.member = Objects.requireNonNull(member, "member");
        this.status = Objects.requireNonNull(status, "status");
        this.lines = List.copyOf(lines);
        this.discount = discount;
        this.amounts = Objects.requireNonNull(amounts, "amounts");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.number = number;
        this.daysUntilDue = daysUntilDue;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.issuedAt = issuedAt;
        this.dueAt = dueAt;
        this.paidAt = paidAt;
        this.paidBy = paidBy;
        this.closedAt = closedAt;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
        if (!amounts.lines().stream().map(PricedLine::item).toList().equals(this.lines)) {
            throw new IllegalArgumentException("the amounts must be computed from the invoice's own lines");
        }
        if ((status == InvoiceStatus.DRAFT) != (number == null) || (number == null) != (issuedAt == null)) {
            throw new IllegalArgumentException("an invoice has a number and an issue date exactly when it is issued");
        }
        if (daysUntilDue < 0) {
            throw new IllegalArgumentException("daysUntilDue must not be negative");
        }
    }

    /** A new draft; {@code amounts} come from {@link InvoiceCalculator} over {@code lines} and {@code discount}. */
    public static Invoice draft(InvoiceId id, MemberId member, InvoicePurpose purpose, List<LineItem> lines,
                                @Nullable Discount discount, InvoiceAmounts amounts, int daysUntilDue, Instant now) {
        return new Invoice(id, member, InvoiceStatus.DRAFT, null, lines, discount, amounts, purpose, daysUntilDue,
                now, null, null, null, null, null, now, 0);
    }

    /** Rebuilds a stored invoice; for adapters only. */
    public static Invoice restore(InvoiceId id, MemberId member, InvoiceStatus status, @Nullable InvoiceNumber number,
                                  List<LineItem> lines, @Nullable Discount discount, InvoiceAmounts amounts,
                                  InvoicePurpose purpose, int daysUntilDue, Instant createdAt,
                                  @Nullable Instant issuedAt, @Nullable Instant dueAt, @Nullable Instant paidAt,
                                  @Nullable PaymentId paidBy, @Nullable Instant closedAt, Instant updatedAt,
                                  long version) {
        return new Invoice(id, member, status, number, lines, discount, amounts, purpose, daysUntilDue, createdAt,
                issuedAt, dueAt, paidAt, paidBy, closedAt, updatedAt, version);
    }

    public Invoice revised(List<LineItem> newLines, @Nullable Discount newDiscount, InvoiceAmounts newAmounts,
                           int newDaysUntilDue, Instant now) {
        require(status == InvoiceStatus.DRAFT, BillingRefusal.INVOICE_NOT_DRAFT, "only a draft can be revised; an issued invoice is immutable");
        return new Invoice(id, member, status, null, newLines, newDiscount, newAmounts, purpose, newDaysUntilDue,
                createdAt, null, null, null, null, null, now, version);
    }

    /** Issues the draft under {@code assigned}: it is due {@code daysUntilDue} days later. */
    public Invoice issued(InvoiceNumber assigned, Instant now) {
        require(status == InvoiceStatus.DRAFT, BillingRefusal.INVOICE_NOT_DRAFT, "the invoice is already issued");
        require(!lines.isEmpty(), BillingRefusal.INVOICE_EMPTY, "an invoice needs at least one line to be issued");
        return new Invoice(id, member, InvoiceStatus.OPEN, assigned, lines, discount, amounts, purpose, daysUntilDue,
                createdAt, now, now.plus(Duration.ofDays(daysUntilDue)), null, null, null, now, version);
    }

    /** Paid by {@code payment}; {@code null} when nothing was due (a zero or credit total). */
    public Invoice paid(@Nullable PaymentId payment, Instant now) {
        require(status.isPayable(), BillingRefusal.INVOICE_NOT_PAYABLE, "a " + status + " invoice cannot be paid");
        return withStatus(InvoiceStatus.PAID, now, payment, closedAt);
    }

    public Invoice voided(Instant now) {
        require(status == InvoiceStatus.OPEN, BillingRefusal.INVOICE_NOT_OPEN, "only an open invoice can be voided, not a " + status + " one");
        return withStatus(InvoiceStatus.VOID, null, null, now);
    }

    public Invoice uncollectible(Instant now) {
        require(status == InvoiceStatus.OPEN, BillingRefusal.INVOICE_NOT_OPEN, "only an open invoice can be written off, not a " + status + " one");
        return withStatus(InvoiceStatus.UNCOLLECTIBLE, null, null, now);
    }

    private Invoice withStatus(InvoiceStatus newStatus, @Nullable Instant newPaidAt, @Nullable PaymentId payment,
                               @Nullable Instant newClosedAt) {
        Instant now = newPaidAt != null ? newPaidAt : Objects.requireNonNull(newClosedAt);
        return new Invoice(id, member, newStatus, number, lines, discount, amounts, purpose, daysUntilDue, createdAt,
                issuedAt, dueAt, newPaidAt, payment, newClosedAt, now, version);
    }

    private static void require(boolean ok, BillingRefusal reason, String message) {
        if (!ok) {
            throw NamcException.refused(reason, message);
        }
    }

    public Invoice atVersion(long storedVersion) {
        return new Invoice(id, member, status, number, lines, discount, amounts, purpose, daysUntilDue, createdAt,
                issuedAt, dueAt, paidAt, paidBy, closedAt, updatedAt, storedVersion);
    }

    public Money total() {
        return amounts.total();
    }

    public InvoiceId id() {
        return id;
    }

    public MemberId member() {
        return member;
    }

    public InvoiceStatus status() {
        return status;
    }

    public @Nullable InvoiceNumber number() {
        return number;
    }

    /** The number of an issued invoice. */
    public InvoiceNumber issuedNumber() {
        return Objects.requireNonNull(number, "a draft has no number");
    }

    public List<LineItem> lines() {
        return lines;
    }

    public @Nullable Discount discount() {
        return discount;
    }

    public InvoiceAmounts amounts() {
        return amounts;
    }

    public InvoicePurpose purpose() {
        return purpose;
    }

    public int daysUntilDue() {
        return daysUntilDue;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant issuedAt() {
        return issuedAt;
    }

    public @Nullable Instant dueAt() {
        return dueAt;
    }

    public @Nullable Instant paidAt() {
        return paidAt;
    }

    public @Nullable PaymentId paidBy() {
        return paidBy;
    }

    /** When it was voided or written off. */
    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invoice other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Invoice[" + (number == null ? "draft " + id : number) + ", " + status + ", " + amounts.total() + "]";
    }
}
