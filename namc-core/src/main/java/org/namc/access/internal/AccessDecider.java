package org.namc.access.internal;

import java.time.Clock;
import java.time.Duration;
import org.namc.access.spi.AccessChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import org.namc.access.domain.PermissionRule;
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

    private final AccessChanges changes;
    private final Duration staleness;
    private volatile Instant nextCheck = Instant.MIN;
    private volatile long seenChanges;

    /** A decider for one node: changes are seen at once, in this process only. */
    public AccessDecider(Roles roles, RoleGrants grants, TierPermissions tiers, Members members, Clock clock,
                         RenewalPolicy renewalPolicy) {
        this(roles, grants, tiers, members, clock, renewalPolicy, new InProcessAccessChanges(), DEFAULT_STALENESS);
    }

    /**
     * A decider that also sees changes other nodes made, through {@code changes}, checked at most
     * once per {@code staleness} (by the clock): no cached decision outlives a change by more.
     */
    public AccessDecider(Roles roles, RoleGrants grants, TierPermissions tiers, Members members, Clock clock,
                         RenewalPolicy renewalPolicy, AccessChanges changes, Duration staleness) {
        this.roles = roles;
        this.grants = grants;
        this.tiers = tiers;
        this.members = members;
        this.clock = clock;
        this.renewalPolicy = renewalPolicy;
        this.changes = changes;
        this.staleness = staleness;
        if (staleness.isNegative()) {
            throw new IllegalArgumentException("staleness must not be negative");
        }
    }

    /** How long a cached decision may miss a change made on another node, unless the host sets another bound. */
    public static final Duration DEFAULT_STALENESS = Duration.ofSeconds(1);

    /** Records, inside the running unit of work, that access facts changed (every node will see it). */
    void recordChange() {
        changes.record();
    }

    /** Drops every compiled entry when another node (or this one) changed access since the last look. */
    private void refreshIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextCheck)) {
            return;
        }
        nextCheck = now.plus(staleness);
        long current = changes.current();
        if (current != seenChanges) {
            seenChanges = current;
            epoch.incrementAndGet();
            cache.clear();
        }
    }

    @Override
    public Decision decide(Actor actor, Permission permission, ResourceRef resource) {
        if (actor.isSystem()) {
            return SYSTEM;
        }
        refreshIfDue();
        MemberId subject = actor.memberId();
        EffectivePermissions effective = subject == null ? guestPermissions() : permissionsOf(subject);
        Decision decision = effective.decide(permission, resource, clock.instant());
        return actor.impersonatedBy() == null ? decision : Impersonation.restrict(actor, permission, decision);
    }

    @Override
    public Decision decideOver(Actor actor, MemberId target) {
        if (actor.isSystem()) {
            return SYSTEM;
        }
        if (actor.memberId() == null) {
            return new Decision.Denied("a visitor holds no permissions over a member");
        }
        List<PermissionRule> lacking = lacking(actor.memberId(), rulesOf(target));
        return lacking.isEmpty()
                ? new Decision.Allowed(actor + " holds every permission member " + target + " holds")
                : new Decision.Denied("member " + target + " holds " + lacking.get(0) + ", which " + actor
                        + " does not");
    }

    @Override
    public boolean isLastAdministrator(MemberId member) {
        RoleClosure closure = RoleClosure.of(roles);
        Instant now = clock.instant();
        boolean holds = grants.activeFor(member).stream().filter(g -> g.isEffectiveAt(now))
                .flatMap(g -> roles.findById(g.roleId()).stream()).filter(Role::isActive)
                .anyMatch(closure::confersAdmin);
        return holds && closure.administratorsBesides(grants, members, now, member).isEmpty();
    }

    /**
     * The rules a member holds through roles now (grants in effect and the implicit roles,
     * inclusions flattened). A tier's benefits are left out: they are what a member paid for,
     * not power over others, and staff hold no tier.
     */
    List<PermissionRule> rulesOf(MemberId member) {
        Instant now = clock.instant();
        Member found = members.findById(member).orElse(null);
        return alternatives(member, found, null, roles(epoch.get())).stream().filter(a -> !a.isExpiredAt(now))
                .map(Alternative::rule).distinct().toList();
    }

    /** Those of {@code wanted} that {@code holder} does not hold (a held rule covering one counts). */
    List<PermissionRule> lacking(MemberId holder, java.util.Collection<PermissionRule> wanted) {
        List<PermissionRule> held = rulesOf(holder);
        return wanted.stream().filter(rule -> held.stream().noneMatch(h -> h.covers(rule))).toList();
    }

    /**
     * Also moves the shared counter, so other nodes drop what they compiled about the member
     * (a deletion, a new standing or tier) within the staleness bound.
     */
    @Override
    public void subjectChanged(MemberId member) {
        generations.merge(member, 1L, Long::sum);
        cache.remove(member);
        changes.record();
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
        TierAccess tier = tierOf(member);
        Standing standing = new Standing(member, tier == null ? 0 : tier.priorityLevel(), renewalPolicy);
        return EffectivePermissions.compile(subject, standing, alternatives(subject, member, tier, snapshot));
    }

    private @Nullable TierAccess tierOf(@Nullable Member member) {
        String tierCode = member == null ? null : member.membership().tier();
        return tierCode == null ? null : tiers.forTier(tierCode).orElse(null);
    }

    private List<Alternative> alternatives(MemberId subject, @Nullable Member member, @Nullable TierAccess tier,
                                           RoleSnapshot snapshot) {
        List<PermissionCompiler.Holding> holdings = new ArrayList<>();
        addImplicit(holdings, snapshot, SystemRole.GUEST, "everyone");
        if (member != null) {
            addImplicit(holdings, snapshot, SystemRole.MEMBER, "every member");
            grants.activeFor(subject).forEach(g -> holdings.add(PermissionCompiler.Holding.of(g)));
        }
        return PermissionCompiler.alternatives(holdings, member == null ? null : tier, snapshot.byId());
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
