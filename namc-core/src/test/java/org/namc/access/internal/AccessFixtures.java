package org.namc.access.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.SystemRole;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.MemberType;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.domain.Profile;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;

/** Small builders shared by the access tests; deterministic ids, no randomness. */
final class AccessFixtures {
    static final RenewalPolicy POLICY = RenewalPolicy.standard();

    private AccessFixtures() {
    }

    static MemberId memberId(long n) {
        return new MemberId(new UUID(0x4d454d, n));
    }

    static RoleId roleId(long n) {
        return new RoleId(new UUID(0x524f4c, n));
    }

    static UUID grantId(long n) {
        return new UUID(0x475254, n);
    }

    /** A member who registered and verified their email at {@code at}: ACTIVE for a year. */
    static Member activeMember(MemberId id, String name, @Nullable String tier, Instant at) {
        return Member.register(id, EmailAddress.of(name + "@example.com"), new PasswordHash("pbkdf2$test"),
                        Profile.named(name, "Tester"), MemberType.REGULAR, tier, at)
                .verifiedEmail(at, POLICY);
    }

    static Member unverifiedMember(MemberId id, String name, Instant at) {
        return Member.register(id, EmailAddress.of(name + "@example.com"), new PasswordHash("pbkdf2$test"),
                Profile.named(name, "Tester"), MemberType.REGULAR, null, at);
    }

    static Set<PermissionRule> rules(String... texts) {
        return Arrays.stream(texts).map(PermissionRule::parse).collect(Collectors.toUnmodifiableSet());
    }

    static Role role(RoleId id, String name, Set<PermissionRule> rules, Set<RoleId> includes, Instant at) {
        return Role.create(id, name, "test role " + name, false, rules, includes, at);
    }

    /** Seeds every system role with its seeded rules; ids are 1000 + ordinal. */
    static void seedSystemRoles(FakeRoles roles, Instant at) {
        for (SystemRole seeded : SystemRole.values()) {
            roles.save(Role.create(systemRoleId(seeded), seeded.name(), seeded.description(), true, seeded.rules(),
                    Set.of(), at));
        }
    }

    static RoleId systemRoleId(SystemRole seeded) {
        return roleId(1000 + seeded.ordinal());
    }

    static RoleGrant grant(long n, MemberId member, RoleId role, Instant assignedAt, @Nullable Instant expiresAt) {
        return new RoleGrant(grantId(n), member, role, null, assignedAt, expiresAt, true);
    }
}
