package org.namc.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.namc.access.GrantRole;
import org.namc.billing.BillingApi;
import org.namc.billing.BillingRunReport;
import org.namc.billing.ChangeSubscriptionTier;
import org.namc.billing.ChangeTiming;
import org.namc.billing.DefineTier;
import org.namc.billing.InvoiceView;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PaymentView;
import org.namc.billing.RefundPayment;
import org.namc.billing.RefundResult;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.StandingView;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionOutcome;
import org.namc.billing.SubscriptionView;
import org.namc.billing.TierChangeOutcome;
import org.namc.billing.TierChangePreview;
import org.namc.billing.TierDetails;
import org.namc.billing.TierView;
import org.namc.billing.domain.TrialOffer;
import org.namc.billing.domain.PricedLine;
import org.namc.membership.MembershipApi;
import org.namc.membership.RegisterMember;
import org.namc.membership.VerifyEmail;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;
import org.namc.testing.inmemory.InMemoryPaymentGateway;

/**
 * The billing part of the demo: tiers that grant access, a subscription, a mid-period upgrade
 * with its proration preview, a partial refund with a credit note, a failed renewal chased by
 * dunning, and the invoices as a member would see them.
 */
final class BillingStory {
    /** 09:00 Pacific daylight time; the story starts here unless the earlier stories went further. */
    private static final Instant JUNE_1 = Instant.parse("2027-06-01T16:00:00Z");

    private final DemoRuntime runtime;
    private final PrintStream out;
    private final BillingApi billing;
    private final MembershipApi membership;
    private final MutableClock clock;

    BillingStory(DemoRuntime runtime, PrintStream out) {
        this.runtime = runtime;
        this.out = out;
        this.billing = runtime.portal().billing();
        this.membership = runtime.portal().membership();
        this.clock = runtime.clock();
    }

    /** Returns Luis, whose invoices the documents part prints. */
    MemberId run() {
        say("");
        say("== Billing ==");
        if (clock.instant().isBefore(JUNE_1)) {
            clock.set(JUNE_1);
        }
        Actor finance = Actor.member(registered("fiona.chen@namc-norcal.example", "Fiona", "Chen"));
        runtime.portal().access().grantRole(Actor.system(), new GrantRole(finance.memberId(), "FINANCE", null));
        defineTiers(finance);
        MemberId luis = registered("luis@ortega-builders.example", "Luis", "Ortega");
        billing.setPaymentMethod(Actor.member(luis), new SetPaymentMethod(luis, InMemoryPaymentGateway.VISA));
        SubscriptionView subscription = subscribe(luis);
        upgrade(luis, subscription);
        refundPart(finance, luis);
        dunning(luis, subscription);
        printInvoices(luis);
        return luis;
    }

    private void defineTiers(Actor finance) {
        billing.defineTier(finance, new DefineTier("SILVER", new TierDetails("Silver", "For new contractors",
                usd("15.00"), usd("150.00"), null, List.of("Member directory", "Newsletter"), Map.of(),
                Map.of(), List.of(), 1, false, 1, null)));
        billing.defineTier(finance, new DefineTier("GOLD", new TierDetails("Gold", "For growing firms",
                usd("30.00"), usd("300.00"), usd("10.00"), List.of("Bid on public projects", "Mentoring"),
                Map.of("directory-listing", "featured"), Map.of("bids-per-month", 10),
                List.of("project:bid active-member"), 2, true, 2, TrialOffer.ofDays(14))));
        billing.defineTier(finance, new DefineTier("PLATINUM", new TierDetails("Platinum", "For prime contractors",
                usd("60.00"), usd("600.00"), null, List.of("Unlimited bids", "Board seat eligibility"),
                Map.of(), Map.of(), List.of("project:bid active-member", "event:host active-member"),
                3, false, 3, null)));
        for (TierView tier : billing.tiers(Actor.anonymous())) {
            say(String.format("  tier %-8s %7s a month, %8s a year, setup %s%s; grants %s", tier.code(),
                    tier.monthlyPrice(), tier.yearlyPrice(), tier.setupFee(), tier.popular() ? " (popular)" : "",
                    tier.permissions()));
        }
    }

    private SubscriptionView subscribe(MemberId luis) {
        decision(luis, "before subscribing");
        var started = (SubscriptionOutcome.Started) billing.subscribe(Actor.member(luis),
                Subscribe.monthly(luis, "GOLD"));
        SubscriptionView s = started.subscription();
        say("Luis subscribes to GOLD monthly -> " + s.status() + ", period " + s.currentPeriodStart() + " to "
                + s.currentPeriodEnd() + "; first payment " + outcome(started.firstPayment()));
        standing(luis);
        decision(luis, "after subscribing");
        return s;
    }

    private void upgrade(MemberId luis, SubscriptionView gold) {
        clock.advance(Duration.ofDays(12));
        ChangeSubscriptionTier change = new ChangeSubscriptionTier(gold.id(), "PLATINUM", ChangeTiming.IMMEDIATELY);
        TierChangePreview preview = billing.previewTierChange(Actor.member(luis), change);
        say("12 days later Luis previews an upgrade to PLATINUM: " + preview.proration().unusedDays() + " of "
                + preview.proration().periodDays() + " days unused, credit " + preview.proration().credit()
                + ", charge " + preview.proration().charge() + ", invoice total " + preview.invoice().total());
        var changed = (TierChangeOutcome.Invoiced) billing.changeSubscriptionTier(Actor.member(luis), change);
        say("  he upgrades -> " + outcome(changed.settlement()) + "; the invoice equals the preview: "
                + changed.settlement().invoice().amounts().equals(preview.invoice()));
        standing(luis);
    }

    private void refundPart(Actor finance, MemberId luis) {
        PaymentView upgradePayment = billing.paymentsOf(finance, luis, PageRequest.first(10)).items().get(0);
        var refund = (RefundResult.Refunded) billing.refundPayment(finance, new RefundPayment(upgradePayment.id(),
                usd("5.00"), "Goodwill for switching mid-month"));
        say("Finance refunds " + refund.creditNote().amount() + " of the upgrade payment: credit note "
                + refund.creditNote().number() + "; " + refund.payment().refundable() + " is left to refund");
    }

    private void dunning(MemberId luis, SubscriptionView s) {
        billing.setPaymentMethod(Actor.member(luis), new SetPaymentMethod(luis, InMemoryPaymentGateway.DECLINED));
        clock.set(s.currentPeriodEnd());
        BillingRunReport renewal = billing.runBilling(Actor.system());
        SubscriptionView pastDue = billing.subscription(Actor.member(luis), s.id());
        say("At the period's end the renewal is declined (" + renewal + "): " + pastDue.status() + ", retry at "
                + pastDue.nextActionAt());
        billing.setPaymentMethod(Actor.member(luis), new SetPaymentMethod(luis, InMemoryPaymentGateway.MASTERCARD));
        clock.set(pastDue.nextActionAt());
        billing.runBilling(Actor.system());
        say("  Luis puts another card on file; the retry succeeds -> "
                + billing.subscription(Actor.member(luis), s.id()).status());
        runtime.adapters().billingNotices().sentTo(luis).forEach(n -> say("  notice to Luis: " + n));
        standing(luis);
    }

    private void printInvoices(MemberId luis) {
        say("Luis's invoices, newest first:");
        for (InvoiceView invoice : billing.invoicesOf(Actor.member(luis), luis, PageRequest.first(10)).items()) {
            say(String.format("  %s  %-6s issued %s", invoice.number(), invoice.status(), invoice.issuedAt()));
            for (PricedLine line : invoice.amounts().lines()) {
                say(String.format("      %-60s %3d x %10s = %10s", line.item().description(), line.item().quantity(),
                        line.item().unitPrice(), line.amount()));
            }
            say(String.format("      subtotal %s, discount %s, tax %s, total %s%s", invoice.amounts().subtotal(),
                    invoice.amounts().discount(), invoice.amounts().tax(), invoice.total(),
                    invoice.creditNotes().isEmpty() ? "" : ", credited " + invoice.credited() + " by "
                            + invoice.creditNotes().stream().map(n -> n.number()).toList()));
        }
    }

    private void decision(MemberId member, String when) {
        var decision = runtime.portal().access().decide(Actor.member(member), Permission.of("project", "bid"),
                ResourceRef.any("project"));
        say("  may Luis bid on projects " + when + "? " + (decision.isAllowed() ? "yes" : "no") + ": "
                + decision.reason());
    }

    private void standing(MemberId member) {
        StandingView standing = billing.standing(Actor.member(member), member);
        say("  standing: tier " + standing.tier() + ", paid through " + standing.paidThrough() + ", "
                + standing.status());
    }

    private static String outcome(PaymentOutcome outcome) {
        String kind = outcome.getClass().getSimpleName().toUpperCase(Locale.ROOT);
        return kind + " (invoice " + outcome.invoice().number() + ", " + outcome.invoice().total() + ")";
    }

    private MemberId registered(String email, String first, String last) {
        var registration = membership.register(RegisterMember.of(email, Secret.of("a sturdy passphrase 2027"), first,
                last));
        membership.verifyEmail(new VerifyEmail(registration.verification().token()));
        return registration.memberId();
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private void say(String line) {
        out.println(line);
    }
}
