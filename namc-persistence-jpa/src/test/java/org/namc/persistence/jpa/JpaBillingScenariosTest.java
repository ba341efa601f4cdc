package org.namc.persistence.jpa;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortalBuilder;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.contract.BillingCalendarScenarios;
import org.namc.testing.contract.BillingFixture;
import org.namc.testing.contract.DocumentScenarios;
import org.namc.testing.contract.DunningScenarios;
import org.namc.testing.contract.GatewayInterruptionScenarios;
import org.namc.testing.contract.InvoiceScenarios;
import org.namc.testing.contract.PaidPlaceScenarios;
import org.namc.testing.contract.PaymentScenarios;
import org.namc.testing.contract.SubscriptionScenarios;
import org.namc.testing.contract.TierChangeScenarios;
import org.namc.testing.inmemory.InMemoryAdapters;

/** Every billing scenario suite on the JPA stores, sharing one schema (each test empties it first). */
class JpaBillingScenariosTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    static BillingFixture billing(NamcPortalBuilder settings, Instant start) {
        JpaPortal portal = JpaPortal.withBillingStandIns(db, MutableClock.at(start), settings);
        InMemoryAdapters adapters = portal.adapters();
        return new BillingFixture(portal, adapters.paymentGateway(), adapters.billingNotices(),
                adapters.purchasables());
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

        /** Each issuance is two real transactions; billing.ConcurrentInvoiceIssuingTest issues 1,000. */
        @Override
        protected int concurrentIssuances() {
            return 400;
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
    class Documents extends DocumentScenarios {
        @Override
        protected BillingFixture newBilling(NamcPortalBuilder settings, Instant start) {
            return billing(settings, start);
        }
    }

    @Nested
    class PaidPlaces extends PaidPlaceScenarios {
        @Override
        protected PortalFixture newPortal(NamcPortalBuilder settings) {
            return JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), settings);
        }
    }
}
