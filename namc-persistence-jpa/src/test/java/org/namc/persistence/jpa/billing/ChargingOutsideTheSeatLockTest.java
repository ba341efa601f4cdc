package org.namc.persistence.jpa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.EventBuilder.anEvent;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.access.GrantRole;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.PurchaseItem;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.domain.ChargeLookup;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.CheckoutRequest;
import org.namc.billing.domain.CheckoutSession;
import org.namc.billing.domain.GatewayCustomer;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.RefundRequest;
import org.namc.billing.domain.SavedMethod;
import org.namc.billing.domain.SetupSession;
import org.namc.billing.spi.PaymentGateway;
import org.namc.events.RegisterForEvent;
import org.namc.events.RegistrationOutcome;
import org.namc.events.domain.EventId;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;
import org.namc.testing.inmemory.InMemoryPaymentGateway;

/**
 * Buying an event seat holds the event's row lock while it counts seats; the gateway call comes
 * after that unit committed. So a gateway that takes 2 s (a slow card network) keeps no one else
 * from registering for the same event meanwhile: the concurrent registration finishes while the
 * charge is still blocked. Were the charge inside the unit, the registration would wait on the
 * lock for the whole 2 s and the gateway would time out unreleased.
 */
class ChargingOutsideTheSeatLockTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Test
    void aTwoSecondGatewayCallDoesNotDelayAConcurrentRegistrationForTheSameEvent() throws Exception {
        CountDownLatch charging = new CountDownLatch(1);
        CountDownLatch registered = new CountDownLatch(1);
        AtomicBoolean releasedByTheRegistration = new AtomicBoolean();
        JpaPortal fixture = JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), NamcPortal.builder(),
                inMemory -> new SlowGateway(inMemory, charging, registered, releasedByTheRegistration));
        NamcPortal portal = fixture.portal();
        MemberId staffId = aMember().registerVerified(portal.membership());
        portal.access().grantRole(Actor.system(), new GrantRole(staffId, "STAFF", null));
        EventId gala = anEvent().priced("50.00").withCapacity(10)
                .startingDaysAfter(fixture.clock().instant(), 30).createPublished(portal.events(), Actor.member(staffId));
        MemberId ana = aMember().registerVerified(portal.membership());
        MemberId bo = aMember().registerVerified(portal.membership());
        portal.billing().setPaymentMethod(Actor.member(ana), new SetPaymentMethod(ana, InMemoryPaymentGateway.VISA));

        ExecutorService buyer = Executors.newSingleThreadExecutor();
        try {
            Future<PaymentOutcome> purchase = buyer.submit(() -> portal.billing().purchase(Actor.member(ana),
                    new PurchaseItem(ana, ItemRef.event(gala.toString()), null)));
            assertThat(charging.await(30, TimeUnit.SECONDS)).isTrue();

            RegistrationOutcome boRegistered = portal.events().register(Actor.member(bo),
                    RegisterForEvent.of(gala, bo));
            registered.countDown();

            assertThat(boRegistered).isInstanceOf(RegistrationOutcome.AwaitingPayment.class);
            assertThat(purchase.get(30, TimeUnit.SECONDS)).isInstanceOf(PaymentOutcome.Succeeded.class);
            assertThat(releasedByTheRegistration).isTrue();
        } finally {
            buyer.shutdownNow();
        }
    }

    /** Charges after up to 2 s, or as soon as the concurrent registration is done. */
    private record SlowGateway(PaymentGateway delegate, CountDownLatch charging, CountDownLatch registered,
                               AtomicBoolean releasedByTheRegistration) implements PaymentGateway {
        @Override
        public ChargeOutcome charge(ChargeRequest request, IdempotencyKey key) {
            charging.countDown();
            try {
                releasedByTheRegistration.set(registered.await(2, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.charge(request, key);
        }

        @Override
        public String createCustomer(GatewayCustomer customer, IdempotencyKey key) {
            return delegate.createCustomer(customer, key);
        }

        @Override
        public void updateCustomer(String customerId, GatewayCustomer customer, IdempotencyKey key) {
            delegate.updateCustomer(customerId, customer, key);
        }

        @Override
        public Optional<ChargeOutcome> chargeState(ChargeLookup lookup) {
            return delegate.chargeState(lookup);
        }

        @Override
        public GatewayRefund refund(RefundRequest request, IdempotencyKey key) {
            return delegate.refund(request, key);
        }

        @Override
        public SetupSession startSetup(String customerId, IdempotencyKey key) {
            return delegate.startSetup(customerId, key);
        }

        @Override
        public List<SavedMethod> savedMethods(String customerId) {
            return delegate.savedMethods(customerId);
        }

        @Override
        public void removeMethod(String customerId, String methodId) {
            delegate.removeMethod(customerId, methodId);
        }

        @Override
        public CheckoutSession openCheckout(CheckoutRequest request, IdempotencyKey key) {
            return delegate.openCheckout(request, key);
        }
    }
}
