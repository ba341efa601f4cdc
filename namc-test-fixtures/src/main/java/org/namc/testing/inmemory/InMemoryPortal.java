package org.namc.testing.inmemory;

import java.security.SecureRandom;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.membership.security.Pbkdf2PasswordHasher;
import org.namc.shared.crypto.AesGcmSecretCipher;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.spi.IdGenerator;
import java.util.List;
import org.namc.shared.domain.AuditRecord;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.SequentialIds;

/**
 * A whole portal on in-memory adapters, in one line: {@code InMemoryPortal.create()}.
 * Password hashing uses a cheap work factor ({@value #TEST_PBKDF2_ITERATIONS} iterations) so
 * test suites stay fast; production code keeps the OWASP default of the core's hasher.
 */
public final class InMemoryPortal implements PortalFixture {
    public static final int TEST_PBKDF2_ITERATIONS = 1_000;

    private final MutableClock clock;
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryMembers members = new InMemoryMembers(transactions);
    private final InMemorySecurityTokens securityTokens = new InMemorySecurityTokens(transactions);
    private final InMemoryAuditTrail auditTrail;
    private final Keyring keyring;
    private final NamcPortal portal;

    private InMemoryPortal(MutableClock clock, IdGenerator ids, NamcPortalBuilder overrides) {
        SecureRandom random = new SecureRandom();
        this.clock = clock;
        this.auditTrail = new InMemoryAuditTrail(transactions, ids);
        this.keyring = Keyring.generate("test-key-1", random);
        this.portal = overrides
                .clock(clock)
                .ids(ids)
                .transactions(transactions)
                .auditTrail(auditTrail)
                .members(members)
                .securityTokens(securityTokens)
                .passwordHasher(new Pbkdf2PasswordHasher(TEST_PBKDF2_ITERATIONS, random))
                .secretCipher(new AesGcmSecretCipher(keyring, random))
                .build();
    }

    public static InMemoryPortal create() {
        return create(MutableClock.at("2026-01-15T09:00:00Z"));
    }

    public static InMemoryPortal create(MutableClock clock) {
        return new InMemoryPortal(clock, new SequentialIds(), NamcPortal.builder());
    }

    /** Starts from a builder that already holds the caller's settings (policies, validator). */
    public static InMemoryPortal create(MutableClock clock, NamcPortalBuilder settings) {
        return new InMemoryPortal(clock, new SequentialIds(), settings);
    }

    @Override
    public List<AuditRecord> auditRecords() {
        return auditTrail.records();
    }

    @Override
    public NamcPortal portal() {
        return portal;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    public InMemoryMembers members() {
        return members;
    }

    public InMemorySecurityTokens securityTokens() {
        return securityTokens;
    }

    public InMemoryAuditTrail auditTrail() {
        return auditTrail;
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

}
