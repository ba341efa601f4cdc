package org.namc.billing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.namc.billing.BillingRunReport;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.shared.domain.Actor;

/**
 * The scheduled sweep: takes the subscriptions whose next action is due and advances each
 * until it is up to date (several periods when the run was not called for a while). Every step
 * is its own unit of work, so one subscription's failure neither rolls back nor blocks another's.
 */
final class BillingRun {
    private static final int BATCH = 200;
    /** Ten years of monthly periods: a bound, so a faulty subscription cannot spin the run. */
    private static final int MAX_STEPS_PER_SUBSCRIPTION = 120;

    private final BillingContext ctx;
    private final RenewalSteps steps;
    private final Collection collection;
    private final Reconciling reconciling;

    BillingRun(BillingContext ctx, RenewalSteps steps, Collection collection, Reconciling reconciling) {
        this.ctx = ctx;
        this.steps = steps;
        this.collection = collection;
        this.reconciling = reconciling;
    }

    /** Settles what an interrupted run left first, so a payment left PROCESSING is not retried on top. */
    BillingRunReport run(Actor actor) {
        ctx.requireOnAll(actor, BillingContext.SUBSCRIPTION, "renew");
        BillingRunReport report = BillingRunReport.nothing().withReconciled(reconciling.reconcile(actor));
        Set<SubscriptionId> visited = new HashSet<>();
        while (true) {
            List<Subscription> due = ctx.subscriptions().dueBy(ctx.now(), BATCH).stream()
                    .filter(s -> !visited.contains(s.id())).toList();
            if (due.isEmpty()) {
                return report;
            }
            for (Subscription subscription : due) {
                visited.add(subscription.id());
                report = report.plus(advance(actor, subscription.id()));
            }
        }
    }

    private BillingRunReport advance(Actor actor, SubscriptionId id) {
        BillingRunReport done = BillingRunReport.nothing();
        for (int step = 0; step < MAX_STEPS_PER_SUBSCRIPTION; step++) {
            BillingRunReport taken;
            try {
                RenewalSteps.Step next = steps.step(actor, id);
                taken = next.report();
                if (next.charge() != null) {
                    collection.finish(actor, next.charge());
                    taken = steps.afterCharge(taken, id);
                }
            } catch (RuntimeException failure) {
                // Recorded by its unit of work's failure audit entry; the next run tries again.
                return done.plus(new BillingRunReport(0, 0, 0, 0, 0, 1));
            }
            if (taken.equals(BillingRunReport.nothing())) {
                return done;
            }
            done = done.plus(taken);
        }
        return done;
    }
}
