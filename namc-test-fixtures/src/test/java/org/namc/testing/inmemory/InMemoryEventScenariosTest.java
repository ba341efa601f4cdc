package org.namc.testing.inmemory;

import org.namc.NamcPortalBuilder;
import org.namc.events.domain.RegistrationId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.contract.EventScenarios;

class InMemoryEventScenariosTest extends EventScenarios {
    private InMemoryPortal portal;

    @Override
    protected PortalFixture newPortal(NamcPortalBuilder settings) {
        portal = InMemoryPortal.withBillingStandIns(MutableClock.at("2026-01-15T09:00:00Z"), settings);
        return portal;
    }

    @Override
    protected void settlePayment(String paymentId, MemberId payer, Money amount, RegistrationId registration) {
        portal.adapters().eventPaymentReceipts().settle(paymentId, payer, amount, registration);
    }
}
