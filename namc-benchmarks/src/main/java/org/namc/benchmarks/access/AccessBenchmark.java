package org.namc.benchmarks.access;

import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.CachedEnforcer;
import org.casbin.jcasbin.main.Enforcer;
import org.namc.access.internal.AccessDecider;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.inmemory.InMemoryAdapters;
import org.namc.testing.inmemory.InMemoryPortal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B1: {@code decide} for a random member × permission on 10,000 members, 50 roles in 5
 * inheritance tiers and 500 permissions, every member's permissions already compiled; beside
 * jCasbin's {@link Enforcer} and {@link CachedEnforcer} holding the same roles and grants.
 * B1w: compiling one member's permissions from the stores (their cache entry dropped first),
 * and compiling all 10,000 on a fresh decider. About half the requests are allowed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AccessBenchmark {
    private static final int MEMBERS = 10_000;
    private static final int REQUESTS = 1 << 14;

    private InMemoryPortal portal;
    private RoleHierarchy hierarchy;
    private AccessDecider decider;
    private Enforcer enforcer;
    private CachedEnforcer cachedEnforcer;
    private Actor[] actors;
    private String[] subjects;
    private Permission[] permissions;
    private ResourceRef[] resources;
    private int next;

    @Setup
    public void buildAndCheck() {
        portal = InMemoryPortal.create();
        hierarchy = new RoleHierarchy(portal, MEMBERS);
        decider = newDecider();
        enforcer = hierarchy.load(new Enforcer(RoleHierarchy.model()));
        cachedEnforcer = hierarchy.load(new CachedEnforcer(RoleHierarchy.model()));
        Random random = new Random(13);
        actors = new Actor[REQUESTS];
        subjects = new String[REQUESTS];
        permissions = new Permission[REQUESTS];
        resources = new ResourceRef[REQUESTS];
        int allowed = 0;
        for (int i = 0; i < REQUESTS; i++) {
            MemberId member = hierarchy.members.get(random.nextInt(MEMBERS));
            actors[i] = Actor.member(member);
            subjects[i] = member.toString();
            // Tier-0 permissions half the time: the ones inclusion makes most members hold.
            int p = random.nextBoolean() ? random.nextInt(100) : random.nextInt(hierarchy.permissions.size());
            permissions[i] = hierarchy.permissions.get(p);
            resources[i] = ResourceRef.any(permissions[i].resource());
        }
        for (int i = 0; i < REQUESTS; i++) {
            boolean ours = decider.decide(actors[i], permissions[i], resources[i]).isAllowed();
            boolean casbin = enforcer.enforce(subjects[i], permissions[i].resource(), permissions[i].action());
            boolean cached = cachedEnforcer.enforce(subjects[i], permissions[i].resource(), permissions[i].action());
            if (ours != casbin || ours != cached) {
                throw new IllegalStateException("request " + i + ": " + subjects[i] + " " + permissions[i]
                        + " ours " + ours + ", jCasbin " + casbin + ", cached " + cached);
            }
            allowed += ours ? 1 : 0;
        }
        if (allowed < REQUESTS / 5 || allowed > REQUESTS * 4 / 5) {
            throw new IllegalStateException("a skewed mix: " + allowed + " of " + REQUESTS + " allowed");
        }
    }

    private AccessDecider newDecider() {
        InMemoryAdapters stores = portal.adapters();
        return new AccessDecider(stores.roles(), stores.roleGrants(), tier -> Optional.empty(), stores.members(),
                portal.clock(), RenewalPolicy.standard());
    }

    private int nextRequest() {
        next = (next + 1) & (REQUESTS - 1);
        return next;
    }

    @Benchmark
    public Decision decide() {
        int i = nextRequest();
        return decider.decide(actors[i], permissions[i], resources[i]);
    }

    @Benchmark
    public boolean casbinEnforcer() {
        int i = nextRequest();
        return enforcer.enforce(subjects[i], permissions[i].resource(), permissions[i].action());
    }

    @Benchmark
    public boolean casbinCachedEnforcer() {
        int i = nextRequest();
        return cachedEnforcer.enforce(subjects[i], permissions[i].resource(), permissions[i].action());
    }

    /** B1w: one member's permissions compiled afresh, then one decision. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision compileOne() {
        int i = nextRequest();
        decider.subjectChanged(actors[i].memberId());
        return decider.decide(actors[i], permissions[i], resources[i]);
    }

    /** B1w: a fresh decider warming all 10,000 members. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public AccessDecider compileAll() {
        AccessDecider fresh = newDecider();
        Permission permission = hierarchy.permissions.get(0);
        ResourceRef resource = ResourceRef.any(permission.resource());
        for (MemberId member : hierarchy.members) {
            fresh.decide(Actor.member(member), permission, resource);
        }
        return fresh;
    }
}
