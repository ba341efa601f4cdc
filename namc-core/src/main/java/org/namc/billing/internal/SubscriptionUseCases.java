package org.namc.billing.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.billing.domain.BillingRefusal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.billing.CancelSubscription;
import org.namc.billing.StandingView;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionOutcome;
import org.namc.billing.SubscriptionView;
import org.namc.billing.domain.BillingAccount;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.MembershipStanding;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.PaymentDue;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.membership.domain.Member;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/** Subscribing, cancelling, and reading subscriptions and standing. */
final class SubscriptionUseCases {
    private final BillingContext ctx;
    private final Accounts accounts;
    private final Issuing issuing;
    private final Collection collection;
    private final StandingSync standing;
    private final BillingViews views;

    SubscriptionUseCases(BillingContext ctx, Accounts accounts, Issuing issuing, Collection collection,
                         StandingSync standing, BillingViews views) {
        this.ctx = ctx;
        this.accounts = accounts;
        this.issuing = issuing;
        this.collection = collection;
        this.standing = standing;
        this.views = views;
    }

    SubscriptionOutcome subscribe(Actor actor, Subscribe command) {
        Violations violations = Violations.collect().required(command.member(), "member")
                .notBlank(command.tier(), "tier", 50).required(command.interval(), "interval");
        ctx.validation().validate(command, violations);
        Started started = ctx.unitOfWork().execute(actor, "subscription.create", BillingContext.SUBSCRIPTION,
                scope -> {
            ctx.require(actor, BillingContext.SUBSCRIPTION, "create",
                    new ResourceRef(BillingContext.SUBSCRIPTION, null, command.member()));
            Member member = ctx.member(command.member());
            if (!member.isEmailVerified()) {
                throw NamcException.refused(BillingRefusal.EMAIL_NOT_VERIFIED, "the member must verify their email address first");
            }
            MembershipTier tier = ctx.tier(command.tier());
            if (!tier.isActive()) {
                throw NamcException.refused(BillingRefusal.TIER_NOT_ON_SALE, "tier " + tier.code() + " is not on sale");
            }
            if (!tier.terms().offers(command.interval())) {
                throw NamcException.invalid("interval", "offered",
                        "tier " + tier.code() + " has no " + command.interval().adjective() + " price");
            }
            if (ctx.subscriptions().forMember(member.id()).stream().anyMatch(s -> s.status().isLive())) {
                throw NamcException.refused(BillingRefusal.ALREADY_SUBSCRIBED, "the member already has a subscription; change or cancel it instead");
            }
            if (command.trial()) {
                requireTrialAvailable(member.id(), tier);
            }
            BillingAccount account = accounts.ensure(member.id());
            boolean needsMethod = !command.trial() || tier.terms().trial().needsPaymentMethod();
            if (needsMethod && account.paymentMethod() == null) {
                throw NamcException.refused(BillingRefusal.PAYMENT_METHOD_MISSING, command.trial()
                        ? "tier " + tier.code() + " needs a payment method on file to start its trial"
                        : "a payment method must be on file to subscribe without a trial");
            }
            SubscriptionId id = new SubscriptionId(ctx.ids().newId());
            scope.resource(id).changed("tier", null, tier.code()).changed("interval", null, command.interval());
            return command.trial()
                    ? new Started(id, startTrial(id, member.id(), tier, command, account, scope), null)
                    : startPaid(id, member.id(), tier, command, account, scope);
        });
        if (started.trialing() != null) {
            return started.trialing();
        }
        // The first payment is charged after the subscription's unit committed, outside any unit.
        var payment = collection.finish(actor, Objects.requireNonNull(started.firstPayment()));
        return new SubscriptionOutcome.Started(views.subscription(ctx.subscription(started.id())), payment);
    }

    /** What the subscribing unit leaves: a trial that is done, or a first payment to collect. */
    private record Started(SubscriptionId id, @Nullable SubscriptionOutcome trialing,
                           @Nullable Collecting firstPayment) {
    }

    /** The tier must offer a trial, and the member must never have had one on it (whatever became of it). */
    private void requireTrialAvailable(MemberId member, MembershipTier tier) {
        if (!tier.terms().trial().isOffered()) {
            throw NamcException.invalid("trial", "offered", "tier " + tier.code() + " offers no trial");
        }
        boolean hadOne = ctx.subscriptions().forMember(member).stream()
                .anyMatch(s -> s.trial() != null && s.tier().equals(tier.code()))
                || ctx.periods().forMember(member).stream()
                        .anyMatch(p -> p.source().startsWith("trial:") && p.tier().equals(tier.code()));
        if (hadOne) {
            throw NamcException.refused(BillingRefusal.TRIAL_ALREADY_USED, "the member already had the trial of tier " + tier.code()
                    + "; a trial is offered once per member and tier");
        }
    }

    private SubscriptionOutcome startTrial(SubscriptionId id, MemberId member, MembershipTier tier, Subscribe command,
                                           BillingAccount account, AuditScope scope) {
        Instant now = ctx.now();
        BillingPeriod trial = new BillingPeriod(now,
                now.atZone(ctx.settings().zone()).plusDays(tier.terms().trial().days()).toInstant());
        Money price = tier.terms().price(command.interval());
        Subscription subscription = ctx.subscriptions().save(Subscription.startTrial(id, member, tier.code(), price,
                ctx.settings().zone(), command.interval(), trial, account.gatewayCustomerId(), null, now));
        ctx.periods().save(CoveredPeriod.trial(member, id, tier.code(), trial));
        standing.sync(member, scope);
        return new SubscriptionOutcome.Trialing(views.subscription(subscription));
    }

    private Started startPaid(SubscriptionId id, MemberId member, MembershipTier tier, Subscribe command,
                              BillingAccount account, AuditScope scope) {
        Instant now = ctx.now();
        Money price = tier.terms().price(command.interval());
        InvoiceId invoiceId = new InvoiceId(ctx.ids().newId());
        Subscription subscription = ctx.subscriptions().save(Subscription.startPaid(id, member, tier.code(), price,
                ctx.settings().zone(), command.interval(), invoiceId, now.plus(ctx.settings().incompleteExpiry()),
                account.gatewayCustomerId(), null, now));
        BillingPeriod first = subscription.currentPeriod();
        Invoice invoice = issuing.issue(invoiceId, member,
                new InvoicePurpose.SubscriptionPeriod(id, tier.code(), first), price.currency(),
                MembershipLines.forPeriod(tier, command.interval(), price, first, true, ctx.settings().zone(),
                        ctx.settings().membershipTaxRate()), ctx.settings().membershipDaysUntilDue());
        return new Started(id, null, collection.begin(invoice, null, false, scope));
    }

    SubscriptionView cancel(Actor actor, CancelSubscription command) {
        Violations.collect().required(command.subscription(), "subscription").throwIfAny();
        ctx.validation().validate(command, Violations.collect());
        return ctx.unitOfWork().execute(actor, "subscription.cancel", BillingContext.SUBSCRIPTION, scope -> {
            scope.resource(command.subscription());
            Subscription before = ctx.subscription(command.subscription());
            ctx.requireOwned(actor, BillingContext.SUBSCRIPTION, "cancel", before.id(), before.member());
            Subscription after = command.atPeriodEnd() ? before.cancelAtPeriodEnd(ctx.now())
                    : before.canceledNow(ctx.now());
            ctx.subscriptions().save(after);
            scope.changed("status", before.status(), after.status())
                    .changed("cancelAtPeriodEnd", before.cancelAtPeriodEnd(), after.cancelAtPeriodEnd());
            if (!command.atPeriodEnd()) {
                endNow(before, scope);
            }
            return views.subscription(after);
        });
    }

    /** Ending at once ends the membership it paid for at once, and the invoice it waited on is void. */
    private void endNow(Subscription subscription, AuditScope scope) {
        PaymentDue due = subscription.paymentDue();
        if (due != null && due.confirming()) {
            throw NamcException.refused(BillingRefusal.PAYMENT_CONFIRMING, "a payment awaits the gateway's confirmation; cancel at the period's end");
        }
        if (due != null) {
            Invoice open = ctx.invoice(due.invoice());
            if (open.status() == InvoiceStatus.OPEN) {
                ctx.invoices().save(open.voided(ctx.now()));
            }
        }
        for (CoveredPeriod period : ctx.periods().forMember(subscription.member())) {
            if (period.subscription().equals(subscription.id())) {
                ctx.periods().save(period.cutOff(ctx.now()));
            }
        }
        standing.sync(subscription.member(), scope);
    }

    SubscriptionView find(Actor actor, SubscriptionId id) {
        Violations.collect().required(id, "id").throwIfAny();
        Subscription subscription = ctx.subscription(id);
        ctx.requireOwned(actor, BillingContext.SUBSCRIPTION, "read", id, subscription.member());
        return views.subscription(subscription);
    }

    List<SubscriptionView> of(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.require(actor, BillingContext.SUBSCRIPTION, "read",
                new ResourceRef(BillingContext.SUBSCRIPTION, null, member));
        return ctx.subscriptions().forMember(member).stream().map(views::subscription).toList();
    }

    StandingView standing(Actor actor, MemberId memberId) {
        Violations.collect().required(memberId, "member").throwIfAny();
        ctx.require(actor, BillingContext.SUBSCRIPTION, "read",
                new ResourceRef(BillingContext.SUBSCRIPTION, null, memberId));
        Member member = ctx.member(memberId);
        return new StandingView(memberId, member.membership().tier(),
                MembershipStanding.paidThrough(ctx.periods().forMember(memberId)).orElse(null),
                member.statusAt(ctx.now(), ctx.renewalPolicy()));
    }
}
