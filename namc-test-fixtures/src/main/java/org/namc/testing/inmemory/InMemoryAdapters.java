package org.namc.testing.inmemory;

import java.security.SecureRandom;
import java.time.Clock;
import org.namc.NamcPortalBuilder;
import org.namc.membership.security.Pbkdf2PasswordHasher;
import org.namc.shared.crypto.AesGcmSecretCipher;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.spi.IdGenerator;

/**
 * One in-memory adapter for every port, sharing one set of transactions. {@link #applyTo}
 * puts them all on a builder; a test may then replace any single port before building
 * (a later setter wins).
 */
public final class InMemoryAdapters {
    /** Cheap on purpose, for fast test suites; production keeps the core's OWASP default. */
    public static final int TEST_PBKDF2_ITERATIONS = 1_000;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final IdGenerator ids;
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryMembers members = new InMemoryMembers(transactions);
    private final InMemorySecurityTokens securityTokens = new InMemorySecurityTokens(transactions);
    private final InMemoryRoles roles = new InMemoryRoles(transactions);
    private final InMemoryRoleGrants roleGrants = new InMemoryRoleGrants(transactions);
    private final InMemoryTierPermissions tierPermissions = new InMemoryTierPermissions();
    private final InMemoryAuditTrail auditTrail;

    public InMemoryAdapters(Clock clock, IdGenerator ids) {
        this.clock = clock;
        this.ids = ids;
        this.auditTrail = new InMemoryAuditTrail(transactions, ids);
    }

    public NamcPortalBuilder applyTo(NamcPortalBuilder builder) {
        return builder
                .clock(clock)
                .ids(ids)
                .transactions(transactions)
                .auditTrail(auditTrail)
                .members(members)
                .securityTokens(securityTokens)
                .passwordHasher(new Pbkdf2PasswordHasher(TEST_PBKDF2_ITERATIONS, random))
                .secretCipher(new AesGcmSecretCipher(Keyring.generate("test-key-1", random), random))
                .roles(roles)
                .roleGrants(roleGrants)
                .tierPermissions(tierPermissions);
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public InMemoryMembers members() {
        return members;
    }

    public InMemorySecurityTokens securityTokens() {
        return securityTokens;
    }

    public InMemoryRoles roles() {
        return roles;
    }

    public InMemoryRoleGrants roleGrants() {
        return roleGrants;
    }

    public InMemoryTierPermissions tierPermissions() {
        return tierPermissions;
    }

    public InMemoryAuditTrail auditTrail() {
        return auditTrail;
    }
}
