package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;
import static org.namc.testing.data.TierBuilder.aTier;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.AccessApi;
import org.namc.billing.BillingApi;
import org.namc.billing.InvoiceView;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionOutcome;
import org.namc.billing.SubscriptionView;
import org.namc.membership.MemberView;
import org.namc.membership.MembershipApi;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.MutableClock;
import org.namc.testing.inmemory.InMemoryPaymentGateway;

/**
 * What the billing scenario suites share: a fresh portal per test with three tiers on sale
 * (SILVER 10/100, GOLD 25/250, PLATINUM 50/500 USD a month/year), the clock at 09:00 Pacific on
 * Jan 15, 2026, and helpers to make members and subscriptions.
 */
public abstract class BillingScenarioSupport {
    protected static final Instant START = Instant.parse("2026-01-15T17:00:00Z");

    protected BillingFixture billingFixture;
    protected NamcPortal portal;
    protected BillingApi billing;
    protected MembershipApi membership;
    protected AccessApi access;
    protected MutableClock clock;
    protected InMemoryPaymentGateway gateway;

    /** A fresh portal with empty stores whose clock reads {@code start}. */
    protected abstract BillingFixture newBilling(NamcPortalBuilder settings, Instant start);

    /** The settings every test's portal is built with; suites override to change billing settings. */
    protected NamcPortalBuilder settings() {
        return NamcPortal.builder();
    }

    @BeforeEach
    void startBilling() {
        billingFixture = newBilling(settings(), START);
        portal = billingFixture.portal();
        billing = portal.billing();
        membership = portal.membership();
        access = portal.access();
        clock = billingFixture.clock();
        gateway = billingFixture.gateway();
        aTier("SILVER").monthly("10.00").yearly("100.00").priority(1).sortOrder(1).define(billing);
        aTier("GOLD").monthly("25.00").yearly("250.00").priority(2).sortOrder(2).popular().trial(14, false)
                .define(billing);
        aTier("PLATINUM").monthly("50.00").yearly("500.00").priority(3).sortOrder(3).define(billing);
    }

    protected static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    protected MemberId member() {
        return aMember().registerVerified(membership);
    }

    /** A verified member with {@code card} on file. */
    protected MemberId memberPaying(String card) {
        MemberId id = member();
        billing.setPaymentMethod(Actor.member(id), new SetPaymentMethod(id, card));
        return id;
    }

    protected SubscriptionView subscribed(MemberId member, String tier) {
        SubscriptionOutcome outcome = billing.subscribe(Actor.member(member), Subscribe.monthly(member, tier));
        assertThat(outcome).isInstanceOf(SubscriptionOutcome.Started.class);
        assertThat(((SubscriptionOutcome.Started) outcome).firstPayment()).isInstanceOf(PaymentOutcome.Succeeded.class);
        return outcome.subscription();
    }

    protected MemberView memberView(MemberId id) {
        return membership.find(Actor.system(), id);
    }

    protected List<InvoiceView> invoicesOf(MemberId id) {
        return billing.invoicesOf(Actor.system(), id, PageRequest.first(100)).items();
    }

    protected List<AuditRecord> audited(String action) {
        return billingFixture.fixture().auditRecords().stream().filter(r -> r.action().equals(action)).toList();
    }
}
