package org.namc.access.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.SystemRole;
import org.namc.access.domain.TierAccess;
import org.namc.access.spi.RoleGrants;
import org.namc.access.spi.Roles;
import org.namc.access.spi.TierPermissions;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.spi.Members;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;

/**
 * Decides access from compiled, cached permissions. A subject's permissions are compiled
 * once and reused until a grant of theirs or their standing changes ({@link #subjectChanged})
 * or any role changes ({@link #rolesChanged}, which bumps an epoch every entry is checked
 * against). Grant expiry and membership lapse need no invalidation: both are judged by the
 * clock at decision time.
 */
public final class AccessDecider implements Authorizer {
    private static final Decision SYSTEM = new Decision.Allowed("the host system may do everything");

    private final Roles roles;
    private final RoleGrants grants;
    private final TierPermissions tiers;
    private final Members members;
    private final Clock clock;
    private final RenewalPolicy renewalPolicy;

    private final AtomicLong epoch = new AtomicLong();
    private final ConcurrentHashMap<MemberId, Long> generations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<MemberId, Cached> cache = new ConcurrentHashMap<>();
    private volatile @Nullable RoleSnapshot roleSnapshot;
    private volatile @Nullable Cached guest;

    private record Cached(long epoch, long generation, EffectivePermissions permissions) {
    }

    private record RoleSnapshot(long epoch, Map<RoleId, Role> byId, Map<String, Role> byName) {
    }

    public AccessDecider(Roles roles, RoleGrants grants, TierPermissions tiers, Members members, Clock clock,
                         RenewalPolicy renewalPolicy) {
        this.roles = roles;
        this.grants = grants;
        this.tiers = tiers;
        this.members = members;
        this.clock = clock;
        this.renewalPolicy = renewalPolicy;
    }

    @Override
    public Decision decide(Actor actor, Permission permission, ResourceRef resource) {
        if (actor.isSystem()) {
            return SYSTEM;
        }
        MemberId subject = actor.memberId();
        EffectivePermissions effective = subject == null ? guestPermissions() : permissionsOf(subject);
        return effective.decide(permission, resource, clock.instant());
    }

    @Override
    public void subjectChanged(MemberId member) {
        generations.merge(member, 1L, Long::sum);
        cache.remove(member);
    }

    /** Every compiled entry becomes stale; called after any role changed. */
    void rolesChanged() {
        epoch.incrementAndGet();
    }

    private EffectivePermissions permissionsOf(MemberId subject) {
        long currentEpoch = epoch.get();
        Cached cached = cache.get(subject);
        if (cached != null && cached.epoch() == currentEpoch) {
            return cached.permissions();
        }
        long generation = generations.getOrDefault(subject, 0L);
        EffectivePermissions compiled = compile(subject, currentEpoch);
        Cached fresh = new Cached(currentEpoch, generation, compiled);
        cache.put(subject, fresh);
        // A change that landed while compiling must not leave the stale result behind.
        if (generations.getOrDefault(subject, 0L) != generation || epoch.get() != currentEpoch) {
            cache.remove(subject, fresh);
        }
        return compiled;
    }

    private EffectivePermissions guestPermissions() {
        long currentEpoch = epoch.get();
        Cached cached = guest;
        if (cached != null && cached.epoch() == currentEpoch) {
            return cached.permissions();
        }
        RoleSnapshot snapshot = roles(currentEpoch);
        List<PermissionCompiler.Holding> holdings = new ArrayList<>();
        addImplicit(holdings, snapshot, SystemRole.GUEST, "everyone");
        EffectivePermissions compiled = EffectivePermissions.compile(null, Standing.none(renewalPolicy),
                PermissionCompiler.alternatives(holdings, null, snapshot.byId()));
        guest = new Cached(currentEpoch, 0, compiled);
        return compiled;
    }

    private EffectivePermissions compile(MemberId subject, long currentEpoch) {
        RoleSnapshot snapshot = roles(currentEpoch);
        Member member = members.findById(subject).orElse(null);
        List<PermissionCompiler.Holding> holdings = new ArrayList<>();
        addImplicit(holdings, snapshot, SystemRole.GUEST, "everyone");
        TierAccess tier = null;
        if (member != null) {
            addImplicit(holdings, snapshot, SystemRole.MEMBER, "every member");
            grants.activeFor(subject).forEach(g -> holdings.add(PermissionCompiler.Holding.of(g)));
            String tierCode = member.membership().tier();
            tier = tierCode == null ? null : tiers.forTier(tierCode).orElse(null);
        }
        Standing standing = new Standing(member, tier == null ? 0 : tier.priorityLevel(), renewalPolicy);
        return EffectivePermissions.compile(subject, standing,
                PermissionCompiler.alternatives(holdings, tier, snapshot.byId()));
    }

    private static void addImplicit(List<PermissionCompiler.Holding> holdings, RoleSnapshot snapshot,
                                    SystemRole role, String why) {
        Role seeded = snapshot.byName().get(role.name());
        if (seeded != null) {
            holdings.add(PermissionCompiler.Holding.implicit(seeded.id(), why));
        }
    }

    private RoleSnapshot roles(long currentEpoch) {
        RoleSnapshot snapshot = roleSnapshot;
        if (snapshot == null || snapshot.epoch() != currentEpoch) {
            List<Role> all = roles.all();
            snapshot = new RoleSnapshot(currentEpoch,
                    all.stream().collect(Collectors.toUnmodifiableMap(Role::id, Function.identity())),
                    all.stream().collect(Collectors.toUnmodifiableMap(Role::name, Function.identity())));
            roleSnapshot = snapshot;
        }
        return snapshot;
    }
}
