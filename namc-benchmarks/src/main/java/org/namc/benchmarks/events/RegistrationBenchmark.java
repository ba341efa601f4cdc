package org.namc.benchmarks.events;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.namc.access.GrantRole;
import org.namc.benchmarks.SeededMembers;
import org.namc.events.EventsApi;
import org.namc.events.RegisterForEvent;
import org.namc.events.RegistrationOutcome;
import org.namc.events.domain.EventId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.data.EventBuilder;
import org.namc.testing.inmemory.InMemoryPortal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B4: 5,000 members register for an event of 1,000 seats from two threads, in memory, each
 * through {@code EventsApi.register} (access check, unit of work, audit entry); beside a seat
 * counter and a queue. Each measured run starts from a fresh event. Both must seat exactly
 * 1,000 and waitlist the rest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class RegistrationBenchmark {
    private static final int MEMBERS = 5_000;
    private static final int SEATS = 1_000;

    private InMemoryPortal portal;
    private List<MemberId> members;
    private ExecutorService threads;
    private Actor staff;
    private EventId event;
    private SeatRace race;

    @Setup(Level.Trial)
    public void seedAndCheck() throws Exception {
        portal = InMemoryPortal.create();
        MemberId staffId = SeededMembers.seed(portal, 1, 3, (i, m) -> m).get(0);
        portal.portal().access().grantRole(Actor.system(), new GrantRole(staffId, "STAFF", null));
        staff = Actor.member(staffId);
        members = SeededMembers.seed(portal, MEMBERS, 4, (i, m) -> m);
        threads = Executors.newFixedThreadPool(2);
        freshEvent();
        check(ours(), "the library");
        freshEvent();
        check(reference(), "the reference");
    }

    @Setup(Level.Invocation)
    public void freshEvent() {
        event = EventBuilder.anEvent().withCapacity(SEATS).createPublished(portal.portal().events(), staff);
        race = new SeatRace(SEATS);
    }

    @TearDown(Level.Trial)
    public void stopThreads() {
        threads.shutdownNow();
    }

    /** @return how many got a seat, off by a multiple of 5,000 if the waitlist holds other than the rest */
    @Benchmark
    public int ours() throws Exception {
        EventsApi events = portal.portal().events();
        AtomicInteger seated = new AtomicInteger();
        AtomicInteger waitlisted = new AtomicInteger();
        inTwoThreads(half -> {
            for (MemberId member : half) {
                RegistrationOutcome outcome = events.register(Actor.member(member), RegisterForEvent.of(event, member));
                (outcome instanceof RegistrationOutcome.Registered ? seated : waitlisted).incrementAndGet();
            }
        });
        return seated.get() + MEMBERS * (MEMBERS - SEATS - waitlisted.get());
    }

    @Benchmark
    public int reference() throws Exception {
        inTwoThreads(race::registerAll);
        return race.seated() + MEMBERS * (MEMBERS - SEATS - race.waitlisted());
    }

    private void inTwoThreads(Consumer<List<MemberId>> work) throws Exception {
        List<MemberId> first = members.subList(0, MEMBERS / 2);
        List<MemberId> second = members.subList(MEMBERS / 2, MEMBERS);
        Future<?> a = threads.submit(() -> work.accept(first));
        Future<?> b = threads.submit(() -> work.accept(second));
        a.get();
        b.get();
    }

    private static void check(int seated, String who) {
        if (seated != SEATS) {
            throw new IllegalStateException(who + " did not seat exactly " + SEATS + " of " + MEMBERS
                    + " and waitlist the rest (" + seated + ")");
        }
    }
}
