package org.namc.persistence.jpa;

import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortalBuilder;
import org.namc.events.domain.RegistrationId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.contract.EventScenarios;
import org.namc.testing.inmemory.InMemoryPaymentReceipts;

/** The event stories on PostgreSQL; payments are settled by hand as billing would (the receipts are not persistence). */
class JpaEventScenariosTest extends EventScenarios {
    /** 500 members register at once for one event: they queue on its row lock, and for the pool's 20 connections. */
    @RegisterExtension
    static final TestSchema db = TestSchema.forBursts(Duration.ofMinutes(3));

    private final InMemoryPaymentReceipts receipts = new InMemoryPaymentReceipts();

    @Override
    protected PortalFixture newPortal(NamcPortalBuilder settings) {
        return JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), settings.eventPaymentReceipts(receipts));
    }

    @Override
    protected void settlePayment(String paymentId, MemberId payer, Money amount, RegistrationId registration) {
        receipts.settle(paymentId, payer, amount, registration);
    }
}
