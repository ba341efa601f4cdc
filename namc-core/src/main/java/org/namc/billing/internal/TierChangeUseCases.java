package org.namc.billing.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.billing.ChangeSubscriptionTier;
import org.namc.billing.ChangeTiming;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.TierChangeOutcome;
import org.namc.billing.TierChangePreview;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.PaidSegment;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/** Previewing and making changes of tier. */
final class TierChangeUseCases {
    private final BillingContext ctx;
    private final Issuing issuing;
    private final Collection collection;
    private final StandingSync standing;
    private final BillingViews views;

    TierChangeUseCases(BillingContext ctx, Issuing issuing, Collection collection, StandingSync standing,
                       BillingViews views) {
        this.ctx = ctx;
        this.issuing = issuing;
        this.collection = collection;
        this.standing = standing;
        this.views = views;
    }

    TierChangePreview preview(Actor actor, ChangeSubscriptionTier command) {
        validate(command);
        Subscription subscription = ctx.subscription(command.subscription());
        ctx.requireOwned(actor, BillingContext.SUBSCRIPTION, "update", subscription.id(), subscription.member());
        TierChangePlan plan = plan(subscription, ctx.tier(command.tier()));
        return new TierChangePreview(subscription.id(), subscription.tier(), plan.target().code(), plan.proration(),
                plan.amounts());
    }

    TierChangeOutcome change(Actor actor, ChangeSubscriptionTier command) {
        validate(command);
        Changed changed = ctx.unitOfWork().execute(actor, "subscription.change-tier", BillingContext.SUBSCRIPTION,
                scope -> {
            scope.resource(command.subscription());
            Subscription subscription = ctx.subscription(command.subscription());
            ctx.requireOwned(actor, BillingContext.SUBSCRIPTION, "update", subscription.id(), subscription.member());
            MembershipTier target = ctx.tier(command.tier());
            scope.changed("tier", subscription.tier(), target.code()).changed("timing", null, command.timing());
            if (command.timing() == ChangeTiming.AT_PERIOD_END) {
                TierChangePlan.checkTarget(subscription, target);
                Subscription scheduled = ctx.subscriptions().save(subscription.scheduled(target.code(), ctx.now()));
                return new Changed(subscription.id(), new TierChangeOutcome.Scheduled(views.subscription(scheduled),
                        subscription.currentPeriod().end()), null);
            }
            if (subscription.isTrialing()) {
                return new Changed(subscription.id(), switchTrial(subscription, target, scope), null);
            }
            return new Changed(subscription.id(), null, invoiceChange(plan(subscription, target), scope));
        });
        if (changed.done() != null) {
            return changed.done();
        }
        // The change's invoice is collected after its unit committed, outside any unit.
        PaymentOutcome settlement = collection.finish(actor, Objects.requireNonNull(changed.invoiced()));
        return new TierChangeOutcome.Invoiced(views.subscription(ctx.subscription(changed.subscription())),
                settlement);
    }

    /** What the changing unit leaves: an outcome that is done, or the change's invoice to collect. */
    private record Changed(SubscriptionId subscription, @Nullable TierChangeOutcome done,
                           @Nullable Collecting invoiced) {
    }

    private TierChangeOutcome switchTrial(Subscription subscription, MembershipTier target, AuditScope scope) {
        TierChangePlan.checkTarget(subscription, target);
        var price = target.terms().price(subscription.interval());
        Subscription switched = ctx.subscriptions().save(subscription.trialTierChanged(target.code(), price,
                ctx.now()));
        ctx.periods().findBySource(CoveredPeriod.trialSource(subscription.id()))
                .ifPresent(trial -> ctx.periods().save(trial.withTier(target.code())));
        standing.sync(subscription.member(), scope);
        return new TierChangeOutcome.Switched(views.subscription(switched));
    }

    private Collecting invoiceChange(TierChangePlan plan, AuditScope scope) {
        Subscription subscription = plan.subscription();
        InvoiceId invoiceId = new InvoiceId(ctx.ids().newId());
        Invoice invoice = issuing.issue(invoiceId, subscription.member(),
                new InvoicePurpose.TierChange(subscription.id(), subscription.tier(), plan.target().code(),
                        plan.rest()), plan.newPrice().currency(), plan.lines(),
                ctx.settings().membershipDaysUntilDue());
        ctx.subscriptions().save(subscription.tierChanged(plan.target().code(), plan.newPrice(),
                new PaidSegment(plan.proration().charge(), ctx.now()), invoiceId, ctx.now()));
        return collection.begin(invoice, null, false, scope);
    }

    private TierChangePlan plan(Subscription subscription, MembershipTier target) {
        return TierChangePlan.of(subscription, ctx.tier(subscription.tier()), target, ctx.now(),
                ctx.settings().membershipTaxRate(), ctx.calculator());
    }

    private void validate(ChangeSubscriptionTier command) {
        Violations violations = Violations.collect().required(command.subscription(), "subscription")
                .notBlank(command.tier(), "tier", 50).required(command.timing(), "timing");
        ctx.validation().validate(command, violations);
    }
}
