package org.namc.billing.internal;

import org.namc.billing.BillingSettings;
import java.time.Clock;
import java.time.Instant;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceCalculator;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.Subscription;
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
import org.namc.membership.domain.Member;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.spi.Members;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** What every billing use case needs, and the lookups they share. */
record BillingContext(MembershipTiers tiers, BillingAccounts accounts, Subscriptions subscriptions, Invoices invoices,
                      InvoiceNumbers numbers, Payments payments, CreditNotes creditNotes, CoveredPeriods periods,
                      PaymentGateway gateway, Purchasables purchasables, BillingNotices notices, Members members,
                      Authorizer authorizer, UnitOfWork unitOfWork, CommandValidation validation, Clock clock,
                      IdGenerator ids, BillingSettings settings, RenewalPolicy renewalPolicy,
                      InvoiceCalculator calculator) {

    static final String TIER = "tier";
    static final String SUBSCRIPTION = "subscription";
    static final String INVOICE = "invoice";
    static final String PAYMENT = "payment";

    Instant now() {
        return clock.instant();
    }

    /** The year of {@code instant} in the books' time zone: what numbers documents. */
    int yearOf(Instant instant) {
        return instant.atZone(settings.zone()).getYear();
    }

    void require(Actor actor, String resource, String action, ResourceRef on) {
        authorizer.require(actor, Permission.of(resource, action), on);
    }

    /** Checks {@code resource:action} on whatever of {@code resource} belongs to {@code owner}. */
    void requireOwned(Actor actor, String resource, String action, Object id, MemberId owner) {
        require(actor, resource, action, ResourceRef.owned(resource, id, owner));
    }

    void requireOnAll(Actor actor, String resource, String action) {
        require(actor, resource, action, ResourceRef.any(resource));
    }

    Member member(MemberId id) {
        return members.findById(id).orElseThrow(() -> NamcException.notFound("member", id));
    }

    /** A code no tier could have (malformed) is just not found. */
    MembershipTier tier(String code) {
        String normal;
        try {
            normal = MembershipTier.normaliseCode(code);
        } catch (NamcException malformed) {
            throw NamcException.notFound(TIER, code);
        }
        String found = normal;
        return tiers.findByCode(normal).orElseThrow(() -> NamcException.notFound(TIER, found));
    }

    Subscription subscription(SubscriptionId id) {
        return subscriptions.findById(id).orElseThrow(() -> NamcException.notFound(SUBSCRIPTION, id));
    }

    Invoice invoice(InvoiceId id) {
        return invoices.findById(id).orElseThrow(() -> NamcException.notFound(INVOICE, id));
    }

    Payment payment(PaymentId id) {
        return payments.findById(id).orElseThrow(() -> NamcException.notFound(PAYMENT, id));
    }
}
