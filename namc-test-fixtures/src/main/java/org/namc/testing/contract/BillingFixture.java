package org.namc.testing.contract;

import org.namc.NamcPortal;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.inmemory.InMemoryBillingNotices;
import org.namc.testing.inmemory.InMemoryPaymentGateway;
import org.namc.testing.inmemory.InMemoryPurchasables;

/**
 * A portal under test together with the billing collaborators a scenario drives or inspects:
 * the payment gateway (test cards, pending confirmations), the notices sent, and the courses
 * and events on sale. Any bundle of stores runs the billing scenarios with these in-memory ones.
 */
public record BillingFixture(PortalFixture fixture, InMemoryPaymentGateway gateway, InMemoryBillingNotices notices,
                             InMemoryPurchasables purchasables) {

    public NamcPortal portal() {
        return fixture.portal();
    }

    public MutableClock clock() {
        return fixture.clock();
    }
}
