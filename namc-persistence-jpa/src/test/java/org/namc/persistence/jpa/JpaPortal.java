package org.namc.persistence.jpa;

import java.security.SecureRandom;
import java.util.List;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.shared.crypto.AesGcmSecretCipher;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.SequentialIds;
import org.namc.testing.inmemory.InMemoryAdapters;

/**
 * A whole portal for the scenario suites with the JPA adapters for transactions, members and
 * security tokens. Ports without a JPA adapter yet (access control, the hash-chained audit
 * entries, the later contexts) stay in memory.
 * Hashing is cheap (1,000 PBKDF2 iterations) to keep the suites fast.
 */
public final class JpaPortal implements PortalFixture {
    private final JpaPersistence persistence;
    private final MutableClock clock;
    private final Keyring keyring;
    private final NamcPortal portal;
    private final InMemoryAdapters inMemory;

    private JpaPortal(JpaPersistence persistence, MutableClock clock, NamcPortalBuilder settings) {
        SecureRandom random = new SecureRandom();
        this.persistence = persistence;
        this.clock = clock;
        this.keyring = Keyring.generate("test-key-1", random);
        this.inMemory = new InMemoryAdapters(clock, new SequentialIds());
        this.portal = inMemory.applyTo(settings)
                .transactions(persistence.transactions())
                .members(persistence.members())
                .securityTokens(persistence.securityTokens())
                .secretCipher(new AesGcmSecretCipher(keyring, random))
                .build();
        portal.access().seedSystemRoles(Actor.system());
    }

    /** A portal over {@code schema}, which is emptied first: the suites expect empty stores. */
    public static JpaPortal on(TestSchema schema, MutableClock clock, NamcPortalBuilder settings) {
        schema.truncateAll();
        return new JpaPortal(schema.persistence(), clock, settings);
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
        return inMemory.auditTrail().records();
    }

    /** The key the TOTP secrets are encrypted with, to check what the database holds. */
    public Keyring keyring() {
        return keyring;
    }
}
