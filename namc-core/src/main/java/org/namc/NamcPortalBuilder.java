package org.namc;

import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.access.internal.AccessDecider;
import org.namc.access.internal.AccessModule;
import org.namc.access.spi.RoleGrants;
import org.namc.access.spi.Roles;
import org.namc.access.spi.TierPermissions;
import org.namc.membership.internal.MembershipModule;
import org.namc.membership.spi.Members;
import org.namc.membership.spi.PasswordHasher;
import org.namc.membership.spi.SecurityTokens;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.AuditTrail;
import org.namc.shared.spi.IdGenerator;
import org.namc.shared.spi.SecretCipher;
import org.namc.shared.spi.Transactions;

/**
 * Wires the portal. Every port is required and has no hidden default, so an application
 * never runs on an adapter it did not choose; {@link #build()} names all that are missing
 * at once. Settings (policies, a Jakarta {@link Validator}, the {@link SecureRandom}) are optional.
 */
public final class NamcPortalBuilder {
    private @Nullable Clock clock;
    private @Nullable IdGenerator ids;
    private @Nullable Transactions transactions;
    private @Nullable AuditTrail auditTrail;
    private @Nullable Members members;
    private @Nullable SecurityTokens securityTokens;
    private @Nullable PasswordHasher passwordHasher;
    private @Nullable SecretCipher secretCipher;
    private @Nullable Roles roles;
    private @Nullable RoleGrants roleGrants;
    private @Nullable TierPermissions tierPermissions;
    private @Nullable Validator validator;
    private @Nullable SecureRandom secureRandom;
    private MembershipModule.Settings membershipSettings = MembershipModule.Settings.defaults();

    NamcPortalBuilder() {
    }

    public NamcPortalBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public NamcPortalBuilder ids(IdGenerator ids) {
        this.ids = ids;
        return this;
    }

    public NamcPortalBuilder transactions(Transactions transactions) {
        this.transactions = transactions;
        return this;
    }

    public NamcPortalBuilder auditTrail(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        return this;
    }

    public NamcPortalBuilder members(Members members) {
        this.members = members;
        return this;
    }

    public NamcPortalBuilder securityTokens(SecurityTokens securityTokens) {
        this.securityTokens = securityTokens;
        return this;
    }

    public NamcPortalBuilder passwordHasher(PasswordHasher passwordHasher) {
        this.passwordHasher = passwordHasher;
        return this;
    }

    public NamcPortalBuilder secretCipher(SecretCipher secretCipher) {
        this.secretCipher = secretCipher;
        return this;
    }

    public NamcPortalBuilder roles(Roles roles) {
        this.roles = roles;
        return this;
    }

    public NamcPortalBuilder roleGrants(RoleGrants roleGrants) {
        this.roleGrants = roleGrants;
        return this;
    }

    public NamcPortalBuilder tierPermissions(TierPermissions tierPermissions) {
        this.tierPermissions = tierPermissions;
        return this;
    }

    /** Optional: also checks the Jakarta Validation annotations on every command. */
    public NamcPortalBuilder validator(Validator validator) {
        this.validator = validator;
        return this;
    }

    /** Optional: the source of tokens, TOTP secrets and recovery codes; a new {@link SecureRandom} by default. */
    public NamcPortalBuilder secureRandom(SecureRandom secureRandom) {
        this.secureRandom = secureRandom;
        return this;
    }

    public NamcPortalBuilder membershipSettings(MembershipModule.Settings settings) {
        this.membershipSettings = settings;
        return this;
    }

    /** @throws IllegalStateException naming every port that was not given */
    public NamcPortal build() {
        List<String> missing = new ArrayList<>();
        require(clock, "clock", missing);
        require(ids, "ids", missing);
        require(transactions, "transactions", missing);
        require(auditTrail, "auditTrail", missing);
        require(members, "members", missing);
        require(securityTokens, "securityTokens", missing);
        require(passwordHasher, "passwordHasher", missing);
        require(secretCipher, "secretCipher", missing);
        require(roles, "roles", missing);
        require(roleGrants, "roleGrants", missing);
        require(tierPermissions, "tierPermissions", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("NamcPortal is missing these ports: " + String.join(", ", missing));
        }
        UnitOfWork unitOfWork = new UnitOfWork(transactions, auditTrail, clock);
        CommandValidation validation = new CommandValidation(validator);
        SecureRandom random = secureRandom != null ? secureRandom : new SecureRandom();
        var decider = new AccessDecider(roles, roleGrants, tierPermissions, members, clock,
                membershipSettings.renewalPolicy());
        var access = new AccessModule(roles, roleGrants, members, decider, unitOfWork, validation, clock, ids);
        var membership = new MembershipModule(members, securityTokens, passwordHasher, secretCipher, random, clock,
                ids, unitOfWork, validation, decider, membershipSettings);
        return new NamcPortal(clock, access, membership);
    }

    private static void require(@Nullable Object port, String name, List<String> missing) {
        if (port == null) {
            missing.add(name);
        }
    }
}
