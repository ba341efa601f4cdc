package org.namc.billing.internal;

import org.namc.billing.BillingSettings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.namc.billing.BillingAccountView;
import org.namc.billing.BillingApi;
import org.namc.billing.BillingRunReport;
import org.namc.billing.CancelSubscription;
import org.namc.billing.ChangeSubscriptionTier;
import org.namc.billing.ConfirmPayment;
import org.namc.billing.DefineTier;
import org.namc.billing.DraftInvoice;
import org.namc.billing.CreditNoteView;
import org.namc.billing.InvoiceDocument;
import org.namc.billing.InvoiceView;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PaymentView;
import org.namc.billing.PaymentMethodSetup;
import org.namc.billing.PurchaseItem;
import org.namc.billing.ReconcileReport;
import org.namc.billing.RefundPayment;
import org.namc.billing.RemovePaymentMethod;
import org.namc.billing.RefundResult;
import org.namc.billing.ReviseDraft;
import org.namc.billing.ReviseTier;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.StandingView;
import org.namc.billing.ExtendMembership;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionOutcome;
import org.namc.billing.SubscriptionView;
import org.namc.billing.TierChangeOutcome;
import org.namc.billing.TierChangePreview;
import org.namc.billing.TierView;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.InvoiceCalculator;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.SavedMethod;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.spi.BillingAccounts;
import org.namc.billing.spi.BillingNotices;
import org.namc.billing.spi.CoveredPeriods;
import org.namc.billing.spi.CreditNotes;
import org.namc.billing.spi.InvoiceNumbers;
import org.namc.billing.spi.Invoices;
import org.namc.billing.spi.MembershipTiers;
import org.namc.billing.spi.PaymentGateway;
import org.namc.billing.spi.Payments;
import org.namc.billing.spi.Purchasables;
import org.namc.billing.spi.Subscriptions;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.spi.Members;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** The billing context's primary port, split by concern into the use-case classes it calls. */
public final class BillingModule implements BillingApi {
    private final TierUseCases tierUseCases;
    private final ComplimentaryExtensions extensions;
    private final AccountUseCases accountUseCases;
    private final SubscriptionUseCases subscriptionUseCases;
    private final TierChangeUseCases tierChangeUseCases;
    private final InvoiceUseCases invoiceUseCases;
    private final PaymentUseCases paymentUseCases;
    private final RefundUseCases refundUseCases;
    private final BillingRun billingRun;
    private final DocumentUseCases documentUseCases;
    private final LedgerUseCases ledgerUseCases;
    private final Reconciling reconciling;

    /** The billing stores and capabilities, as the builder collects them. */
    public record Ports(MembershipTiers tiers, BillingAccounts accounts, Subscriptions subscriptions, Invoices invoices,
                        InvoiceNumbers numbers, Payments payments, CreditNotes creditNotes, CoveredPeriods periods,
                        PaymentGateway gateway, Purchasables purchasables, BillingNotices notices) {
    }

    public BillingModule(Ports ports, Members members, Authorizer authorizer, UnitOfWork unitOfWork,
                         CommandValidation validation, Clock clock, IdGenerator ids, BillingSettings settings,
                         RenewalPolicy renewalPolicy) {
        BillingContext ctx = new BillingContext(ports.tiers(), ports.accounts(), ports.subscriptions(),
                ports.invoices(), ports.numbers(), ports.payments(), ports.creditNotes(), ports.periods(),
                ports.gateway(), ports.purchasables(), ports.notices(), members, authorizer, unitOfWork, validation,
                clock, ids, settings, renewalPolicy, new InvoiceCalculator(settings.taxRounding()));
        BillingViews views = new BillingViews(ports.creditNotes(), settings.zone());
        Accounts accounts = new Accounts(ctx);
        Issuing issuing = new Issuing(ctx);
        StandingSync standing = new StandingSync(ctx);
        Settlement settlement = new Settlement(ctx, standing);
        Refunding refunding = new Refunding(ctx, views, new TakingBack(ctx, standing));
        Collection collection = new Collection(ctx, accounts, settlement, new Crediting(ctx, refunding), views);
        this.reconciling = new Reconciling(ctx, collection, refunding, settlement);
        this.tierUseCases = new TierUseCases(ctx, views);
        this.accountUseCases = new AccountUseCases(ctx, accounts, views);
        this.subscriptionUseCases = new SubscriptionUseCases(ctx, accounts, issuing, collection, standing, views);
        this.tierChangeUseCases = new TierChangeUseCases(ctx, issuing, collection, standing, views);
        this.invoiceUseCases = new InvoiceUseCases(ctx, issuing, views);
        this.paymentUseCases = new PaymentUseCases(ctx, issuing, collection, views);
        this.refundUseCases = new RefundUseCases(ctx, refunding);
        this.documentUseCases = new DocumentUseCases(ctx, views);
        this.ledgerUseCases = new LedgerUseCases(ctx, views);
        this.billingRun = new BillingRun(ctx, new RenewalSteps(ctx, issuing, collection, settlement), collection,
                reconciling);
        this.extensions = new ComplimentaryExtensions(ctx, standing);
    }

    @Override
    public TierView defineTier(Actor actor, DefineTier command) {
        return tierUseCases.define(actor, command);
    }

    @Override
    public TierView reviseTier(Actor actor, ReviseTier command) {
        return tierUseCases.revise(actor, command);
    }

    @Override
    public List<TierView> tiers(Actor actor) {
        return tierUseCases.onSale(actor);
    }

    @Override
    public TierView tier(Actor actor, String code) {
        return tierUseCases.find(actor, code);
    }

    @Override
    public BillingAccountView setPaymentMethod(Actor actor, SetPaymentMethod command) {
        return accountUseCases.setPaymentMethod(actor, command);
    }

    @Override
    public Optional<BillingAccountView> billingAccount(Actor actor, MemberId member) {
        return accountUseCases.find(actor, member);
    }

    @Override
    public SubscriptionOutcome subscribe(Actor actor, Subscribe command) {
        return subscriptionUseCases.subscribe(actor, command);
    }

    @Override
    public TierChangePreview previewTierChange(Actor actor, ChangeSubscriptionTier command) {
        return tierChangeUseCases.preview(actor, command);
    }

    @Override
    public TierChangeOutcome changeSubscriptionTier(Actor actor, ChangeSubscriptionTier command) {
        return tierChangeUseCases.change(actor, command);
    }

    @Override
    public SubscriptionView cancelSubscription(Actor actor, CancelSubscription command) {
        return subscriptionUseCases.cancel(actor, command);
    }

    @Override
    public SubscriptionView subscription(Actor actor, SubscriptionId id) {
        return subscriptionUseCases.find(actor, id);
    }

    @Override
    public List<SubscriptionView> subscriptionsOf(Actor actor, MemberId member) {
        return subscriptionUseCases.of(actor, member);
    }

    @Override
    public StandingView standing(Actor actor, MemberId member) {
        return subscriptionUseCases.standing(actor, member);
    }

    @Override
    public StandingView extendMembership(Actor actor, ExtendMembership command) {
        return extensions.extend(actor, command);
    }

    @Override
    public BillingRunReport runBilling(Actor actor) {
        return billingRun.run(actor);
    }

    @Override
    public InvoiceView draftInvoice(Actor actor, DraftInvoice command) {
        return invoiceUseCases.draft(actor, command);
    }

    @Override
    public InvoiceView reviseDraft(Actor actor, ReviseDraft command) {
        return invoiceUseCases.revise(actor, command);
    }

    @Override
    public InvoiceView issueInvoice(Actor actor, InvoiceId id) {
        return invoiceUseCases.issue(actor, id);
    }

    @Override
    public InvoiceView voidInvoice(Actor actor, InvoiceId id) {
        return invoiceUseCases.voidInvoice(actor, id);
    }

    @Override
    public InvoiceView writeOffInvoice(Actor actor, InvoiceId id) {
        return invoiceUseCases.writeOff(actor, id);
    }

    @Override
    public InvoiceView invoice(Actor actor, InvoiceId id) {
        return invoiceUseCases.find(actor, id);
    }

    @Override
    public Page<InvoiceView> invoicesOf(Actor actor, MemberId member, PageRequest page) {
        return invoiceUseCases.of(actor, member, page);
    }

    @Override
    public PaymentOutcome payInvoice(Actor actor, PayInvoice command) {
        return paymentUseCases.pay(actor, command);
    }

    @Override
    public PaymentOutcome purchase(Actor actor, PurchaseItem command) {
        return paymentUseCases.purchase(actor, command);
    }

    @Override
    public PaymentOutcome confirmPayment(Actor actor, ConfirmPayment command) {
        return paymentUseCases.confirm(actor, command);
    }

    @Override
    public RefundResult refundPayment(Actor actor, RefundPayment command) {
        return refundUseCases.refund(actor, command);
    }

    @Override
    public PaymentView payment(Actor actor, PaymentId id) {
        return paymentUseCases.find(actor, id);
    }

    @Override
    public Page<PaymentView> paymentsOf(Actor actor, MemberId member, PageRequest page) {
        return paymentUseCases.of(actor, member, page);
    }

    @Override
    public InvoiceDocument invoiceDocument(Actor actor, InvoiceId id) {
        return documentUseCases.invoice(actor, id);
    }

    @Override
    public InvoiceDocument receiptDocument(Actor actor, InvoiceId id) {
        return documentUseCases.receipt(actor, id);
    }

    @Override
    public InvoiceDocument creditNoteDocument(Actor actor, InvoiceId invoice, CreditNoteId creditNote) {
        return documentUseCases.creditNote(actor, invoice, creditNote);
    }

    @Override
    public Page<InvoiceView> invoicesIssued(Actor actor, ReportingPeriod period, PageRequest page) {
        return ledgerUseCases.invoicesIssued(actor, period, page);
    }

    @Override
    public Page<PaymentView> paymentsProcessed(Actor actor, ReportingPeriod period, PageRequest page) {
        return ledgerUseCases.paymentsProcessed(actor, period, page);
    }

    @Override
    public Page<CreditNoteView> creditNotesIssued(Actor actor, ReportingPeriod period, PageRequest page) {
        return ledgerUseCases.creditNotesIssued(actor, period, page);
    }

    @Override
    public PaymentMethodSetup startSavingPaymentMethod(Actor actor, MemberId member) {
        return accountUseCases.startSaving(actor, member);
    }

    @Override
    public List<SavedMethod> savedPaymentMethods(Actor actor, MemberId member) {
        return accountUseCases.savedMethods(actor, member);
    }

    @Override
    public BillingAccountView removePaymentMethod(Actor actor, RemovePaymentMethod command) {
        return accountUseCases.removePaymentMethod(actor, command);
    }

    @Override
    public ReconcileReport reconcilePayments(Actor actor) {
        return reconciling.reconcile(actor);
    }
}
