package org.namc.persistence.jpa;

import java.security.SecureRandom;
import java.util.List;
import java.util.function.UnaryOperator;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.audit.domain.AuditEntry;
import org.namc.billing.spi.PaymentGateway;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.testing.MutableClock;
import org.namc.testing.RotatingKeys;
import org.namc.testing.PortalFixture;
import org.namc.testing.SequentialIds;
import org.namc.testing.inmemory.InMemoryAdapters;

/**
 * A whole portal for the scenario suites: every store {@link JpaPersistence} supplies
 * runs on PostgreSQL, the rest (gateways, channels, signer) stays in memory.
 * Hashing is cheap (1,000 PBKDF2 iterations) to keep the suites fast.
 */
public final class JpaPortal implements PortalFixture {
    private final JpaPersistence persistence;
    private final MutableClock clock;
    private final RotatingKeys keys;
    private final InMemoryAdapters adapters;
    private final NamcPortal portal;

    private JpaPortal(JpaPersistence persistence, MutableClock clock, NamcPortalBuilder settings, boolean standIns) {
        this(persistence, clock, settings, standIns, UnaryOperator.identity());
    }

    private JpaPortal(JpaPersistence persistence, MutableClock clock, NamcPortalBuilder settings, boolean standIns,
                      UnaryOperator<PaymentGateway> gateway) {
        SecureRandom random = new SecureRandom();
        this.persistence = persistence;
        this.clock = clock;
        this.keys = new RotatingKeys("test-key-1", random);
        this.adapters = new InMemoryAdapters(clock, new SequentialIds());
        NamcPortalBuilder inMemory = adapters.applyTo(settings);
        this.portal = (standIns ? adapters.applyStandInsTo(inMemory) : inMemory).stores(persistence)
                .secretCipher(keys)
                .paymentGateway(gateway.apply(adapters.paymentGateway()))
                .build();
        portal.access().seedSystemRoles(Actor.system());
    }

    /** A portal over {@code schema}, which is emptied first: the suites expect empty stores. */
    public static JpaPortal on(TestSchema schema, MutableClock clock, NamcPortalBuilder settings) {
        schema.truncateAll();
        return new JpaPortal(schema.persistence(), clock, settings, false);
    }

    /** As {@link #on}, charging through what {@code gateway} makes of the in-memory gateway. */
    public static JpaPortal on(TestSchema schema, MutableClock clock, NamcPortalBuilder settings,
                               UnaryOperator<PaymentGateway> gateway) {
        schema.truncateAll();
        return new JpaPortal(schema.persistence(), clock, settings, false, gateway);
    }

    /**
     * A second node of the same portal: its own caches and access decider over the same
     * database (and, for the test, the same clock), as two application servers would be.
     */
    public JpaPortal anotherNode() {
        return new JpaPortal(persistence, clock, NamcPortal.builder(), false);
    }

    /**
     * A portal over a persistence the caller built (another cluster, or one node of several over
     * one schema); nothing is emptied.
     */
    public static JpaPortal over(JpaPersistence persistence, MutableClock clock, NamcPortalBuilder settings) {
        return new JpaPortal(persistence, clock, settings, false);
    }

    /** As {@link #on}, with the in-memory stand-ins instead of the billing bridge (see {@code InMemoryAdapters}). */
    public static JpaPortal withBillingStandIns(TestSchema schema, MutableClock clock, NamcPortalBuilder settings) {
        schema.truncateAll();
        return new JpaPortal(schema.persistence(), clock, settings, true);
    }

    @Override
    public NamcPortal portal() {
        return portal;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public List<AuditRecord> auditRecords() {
        return persistence.auditEntries().chain(1, Integer.MAX_VALUE).stream().map(AuditEntry::toRecord).toList();
    }

    /** The in-memory adapters of the ports that are not persistence (gateway, notices, stand-ins). */
    public InMemoryAdapters adapters() {
        return adapters;
    }

    /** The keys the TOTP secrets are encrypted with, to check what the database holds. */
    public Keyring keyring() {
        return keys.keyring();
    }

    @Override
    public RotatingKeys keys() {
        return keys;
    }
}
