package org.namc.billing;

import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.SavedMethod;
import org.namc.billing.domain.SubscriptionId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/**
 * Billing: membership tiers, subscriptions with proration, invoices, payments, refunds and
 * dunning, exact to the minor unit. Every method validates its command ({@code VALIDATION_FAILED}
 * names the fields), checks access, and changes state in one audited unit of work. A member's
 * membership expiry and tier follow from the periods paid for; they are never set by hand.
 * Outcomes a caller must branch on (declined, pending, scheduled) are sealed types; rules broken
 * are {@code NamcException}s.
 */
public interface BillingApi {

    // ---- tiers ----

    TierView defineTier(Actor actor, DefineTier command);

    TierView reviseTier(Actor actor, ReviseTier command);

    /** The tiers on sale, in their sort order. */
    List<TierView> tiers(Actor actor);

    TierView tier(Actor actor, String code);

    // ---- payment methods ----

    /** Opens the member's account at the gateway when needed and makes {@code paymentMethod} the default. */
    BillingAccountView setPaymentMethod(Actor actor, SetPaymentMethod command);

    Optional<BillingAccountView> billingAccount(Actor actor, MemberId member);

    /**
     * Starts saving a payment method for later, off-session payments: the UI finishes it with the
     * gateway's client library and the returned client secret; the gateway's confirmation makes it
     * the default.
     */
    PaymentMethodSetup startSavingPaymentMethod(Actor actor, MemberId member);

    /** The member's saved payment methods as the gateway holds them (never card numbers). */
    List<SavedMethod> savedPaymentMethods(Actor actor, MemberId member);

    /** Removes a saved method at the gateway; when it was the default, none is left on file. */
    BillingAccountView removePaymentMethod(Actor actor, RemovePaymentMethod command);

    // ---- subscriptions ----

    SubscriptionOutcome subscribe(Actor actor, Subscribe command);

    /** Exactly what {@link #changeSubscriptionTier} would invoice if it ran now with {@code IMMEDIATELY}. */
    TierChangePreview previewTierChange(Actor actor, ChangeSubscriptionTier command);

    TierChangeOutcome changeSubscriptionTier(Actor actor, ChangeSubscriptionTier command);

    SubscriptionView cancelSubscription(Actor actor, CancelSubscription command);

    SubscriptionView subscription(Actor actor, SubscriptionId id);

    /** The member's subscriptions, newest first. */
    List<SubscriptionView> subscriptionsOf(Actor actor, MemberId member);

    /** The member's tier and paid-through instant, and the membership status that follows now. */
    StandingView standing(Actor actor, MemberId member);

    /**
     * Staff give a member days of membership free of charge, with a reason; never to themselves.
     * The only way besides paying to move a membership's expiry; audited as compliance-relevant.
     */
    StandingView extendMembership(Actor actor, ExtendMembership command);

    /**
     * Does what is due by the clock: reconciles interrupted payments ({@link #reconcilePayments}),
     * renews periods, converts or ends trials, retries failed payments, suspends or ends
     * subscriptions. Hosts schedule it (hourly, say); running it again does nothing twice. Each
     * subscription's step is its own unit of work, and its charge is sent after that unit commits.
     */
    BillingRunReport runBilling(Actor actor);

    /**
     * Settles what a crash or an unanswered gateway call left between recording a payment or
     * refund and applying the gateway's answer (left alone for 15 minutes): a PROCESSING payment
     * takes the state the gateway reports, or fails when the gateway never received it; a pending
     * refund is completed under its own idempotency key. Never a charge without a payment, never a
     * succeeded payment without a charge, never two charges for one attempt. Part of
     * {@link #runBilling}; callable alone.
     */
    ReconcileReport reconcilePayments(Actor actor);

    // ---- invoices ----

    InvoiceView draftInvoice(Actor actor, DraftInvoice command);

    InvoiceView reviseDraft(Actor actor, ReviseDraft command);

    /** Numbers the draft ({@code NAMC-2026-000123}, gap-free per year) and opens it; it is immutable from now on. */
    InvoiceView issueInvoice(Actor actor, InvoiceId id);

    InvoiceView voidInvoice(Actor actor, InvoiceId id);

    /** Marks an open invoice uncollectible; it may still be paid later. */
    InvoiceView writeOffInvoice(Actor actor, InvoiceId id);

    InvoiceView invoice(Actor actor, InvoiceId id);

    /** The member's invoices, newest first. */
    Page<InvoiceView> invoicesOf(Actor actor, MemberId member, PageRequest page);

    // ---- payments and refunds ----

    PaymentOutcome payInvoice(Actor actor, PayInvoice command);

    /** Invoices a course or event at its current price and charges it; paid, the place is booked in the same unit. */
    PaymentOutcome purchase(Actor actor, PurchaseItem command);

    /** Applies the gateway's later word on a pending payment; applying it twice changes nothing. */
    PaymentOutcome confirmPayment(Actor actor, ConfirmPayment command);

    RefundResult refundPayment(Actor actor, RefundPayment command);

    PaymentView payment(Actor actor, PaymentId id);

    /** The member's payments, newest first. */
    Page<PaymentView> paymentsOf(Actor actor, MemberId member, PageRequest page);

    // ---- documents and the books of a period ----

    /** What the printed invoice shows (lines, figures, billing details, payments, credit notes); not for drafts. */
    InvoiceDocument invoiceDocument(Actor actor, InvoiceId id);

    /** The receipt of a paid invoice; {@code ILLEGAL_STATE} while it is unpaid. */
    InvoiceDocument receiptDocument(Actor actor, InvoiceId id);

    /** The document of one credit note issued against {@code invoice}. */
    InvoiceDocument creditNoteDocument(Actor actor, InvoiceId invoice, CreditNoteId creditNote);

    /** Invoices issued within {@code period}, oldest first ({@code invoice:read} on all invoices). */
    Page<InvoiceView> invoicesIssued(Actor actor, ReportingPeriod period, PageRequest page);

    /** Payments processed (settled or declined) within {@code period}, oldest first ({@code payment:read} on all). */
    Page<PaymentView> paymentsProcessed(Actor actor, ReportingPeriod period, PageRequest page);

    /** Credit notes (refunds) issued within {@code period}, oldest first ({@code refund:read} on all). */
    Page<CreditNoteView> creditNotesIssued(Actor actor, ReportingPeriod period, PageRequest page);
}
