package org.namc.payments.stripe;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.testing.MutableClock;
import org.namc.testing.RotatingKeys;
import org.namc.testing.PortalFixture;
import org.namc.testing.SequentialIds;
import org.namc.testing.contract.BillingCalendarScenarios;
import org.namc.testing.contract.BillingFixture;
import org.namc.testing.contract.DunningScenarios;
import org.namc.testing.contract.GatewayInterruptionScenarios;
import org.namc.testing.contract.InvoiceScenarios;
import org.namc.testing.contract.PaidPlaceScenarios;
import org.namc.testing.contract.PaymentScenarios;
import org.namc.testing.contract.SubscriptionScenarios;
import org.namc.testing.contract.TierChangeScenarios;
import org.namc.testing.inmemory.InMemoryAdapters;

/**
 * The billing and paid-place scenario suites with the Stripe adapter as the portal's gateway:
 * every charge, lookup and refund goes through the SDK and HTTP to the emulated Stripe API, kept
 * by the in-memory gateway the suites drive (test cards, 3-D Secure completed later,
 * interrupted calls). Stores are in memory.
 */
class StripeBillingScenariosTest {

    /** A portal on in-memory stores charging through the Stripe adapter. */
    private record StripeBackedPortal(NamcPortal portal, MutableClock clock, InMemoryAdapters adapters)
            implements PortalFixture {

        static StripeBackedPortal create(MutableClock clock, NamcPortalBuilder settings, boolean standIns) {
            InMemoryAdapters adapters = new InMemoryAdapters(clock, new SequentialIds());
            NamcPortalBuilder builder = adapters.applyTo(settings);
            NamcPortal portal = (standIns ? adapters.applyStandInsTo(builder) : builder)
                    .paymentGateway(EmulatedStripe.gatewayKeptBy(adapters.paymentGateway()))
                    .build();
            portal.access().seedSystemRoles(Actor.system());
            return new StripeBackedPortal(portal, clock, adapters);
        }

        @Override
        public List<AuditRecord> auditRecords() {
            return adapters.auditEntries().records();
        }

        @Override
        public RotatingKeys keys() {
            return adapters.keys();
        }
    }

    static BillingFixture billing(NamcPortalBuilder settings, Instant start) {
        StripeBackedPortal portal = StripeBackedPortal.create(MutableClock.at(start), settings, true);
        return new BillingFixture(portal, portal.adapters().paymentGateway(), portal.adapters().billingNotices(),
                portal.adapters().purchasables());
    }

    @Nested
    class Subscriptions extends SubscriptionScenarios {
        @Override
        protected BillingFixture newBilling(NamcPortalBuilder settings, Instant start) {
            return billing(settings, start);
        }
    }

    @Nested
    class Invoices extends InvoiceScenarios {
        @Override
        protected BillingFixture newBilling(NamcPortalBuilder settings, Instant start) {
            return billing(settings, start);
        }

        /** Issuing does not reach the gateway; the in-memory suite covers the concurrency in full. */
        @Override
        protected int concurrentIssuances() {
            return 50;
        }
    }

    @Nested
    class Payments extends PaymentScenarios {
        @Override
        protected BillingFixture newBilling(NamcPortalBuilder settings, Instant start) {
            return billing(settings, start);
        }
    }

    @Nested
    class GatewayInterruptions extends GatewayInterruptionScenarios {
        @Override
        protected BillingFixture newBilling(NamcPortalBuilder settings, Instant start) {
            return billing(settings, start);
        }
    }

    @Nested
    class Dunning extends DunningScenarios {
        @Override
        protected BillingFixture newBilling(NamcPortalBuilder settings, Instant start) {
            return billing(settings, start);
        }
    }

    @Nested
    class TierChanges extends TierChangeScenarios {
        @Override
        protected BillingFixture newBilling(NamcPortalBuilder settings, Instant start) {
            return billing(settings, start);
        }
    }

    @Nested
    class Calendar extends BillingCalendarScenarios {
        @Override
        protected BillingFixture newBilling(NamcPortalBuilder settings, Instant start) {
            return billing(settings, start);
        }
    }

    @Nested
    class PaidPlaces extends PaidPlaceScenarios {
        @Override
        protected PortalFixture newPortal(NamcPortalBuilder settings) {
            return StripeBackedPortal.create(MutableClock.at("2026-01-15T09:00:00Z"), settings, false);
        }
    }
}
