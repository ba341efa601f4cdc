package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.EventBuilder.anEvent;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.namc.NamcPortal;
import org.namc.access.GrantRole;
import org.namc.events.CancelRegistration;
import org.namc.events.RegisterForEvent;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.RegistrationView;
import org.namc.events.domain.RegistrationStatus;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.PageRequest;

/**
 * Whatever members do in whatever order (register, cancel, let payment holds run out), an
 * event never has more seats taken than it has, its counters equal a recount, a free seat
 * never leaves anyone waiting, and the waiting list moves in ticket order.
 */
class RegistrationInvariantsProperties {
    private static final int MEMBERS = 7;

    /** One step: who acts (index), and what: 0 register, 1 cancel, 2 let a day pass and release holds. */
    record Step(int member, int kind) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.integers().between(0, MEMBERS - 1).flatMap(m -> Arbitraries.integers().between(0, 5)
                .map(k -> new Step(m, k < 3 ? 0 : k < 5 ? 1 : 2))).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 40)
    void seatsWaitlistAndCountersStayConsistent(@ForAll("steps") List<Step> steps,
                                                @ForAll @IntRange(min = 1, max = 4) int capacity,
                                                @ForAll boolean paid) {
        InMemoryPortal runtime = InMemoryPortal.create();
        NamcPortal portal = runtime.portal();
        MemberId staffId = aMember().registerVerified(portal.membership());
        portal.access().grantRole(Actor.system(), new GrantRole(staffId, "STAFF", null));
        Actor staff = Actor.member(staffId);
        var builder = anEvent().withCapacity(capacity).startingDaysAfter(runtime.clock().instant(), 60);
        EventId event = (paid ? builder.priced("30.00") : builder).createPublished(portal.events(), staff);
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(aMember().registerVerified(portal.membership()));
        }

        for (Step step : steps) {
            MemberId member = members.get(step.member());
            try {
                switch (step.kind()) {
                    case 0 -> portal.events().register(Actor.member(member), RegisterForEvent.of(event, member));
                    case 1 -> {
                        RegistrationView mine = portal.events().registrationsOf(Actor.member(member), member,
                                PageRequest.first(1)).items().stream().findFirst().orElse(null);
                        if (mine != null) {
                            portal.events().cancelRegistration(Actor.member(member),
                                    new CancelRegistration(mine.id(), null));
                        }
                    }
                    default -> {
                        runtime.clock().advance(Duration.ofDays(1));
                        portal.events().releaseExpiredHolds(staff, event);
                    }
                }
            } catch (NamcException refused) {
                // registering twice or cancelling twice is refused; the invariants must hold regardless
            }
            assertInvariants(portal, staff, event, capacity);
        }
    }

    private static void assertInvariants(NamcPortal portal, Actor staff, EventId id, int capacity) {
        Event event = portal.events().findEvent(staff, id).event();
        List<RegistrationView> all = portal.events().registrations(staff, id, PageRequest.first(100)).items();
        long seated = all.stream().filter(RegistrationView::holdsSeat).count();
        List<RegistrationView> waiting = all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).toList();

        assertThat(seated).isLessThanOrEqualTo(capacity);
        assertThat(event.counts().registrations()).isEqualTo(seated);
        assertThat(event.counts().waitlist()).isEqualTo(waiting.size());
        if (seated < capacity) {
            assertThat(waiting).as("a free seat leaves nobody waiting").isEmpty();
        }
        Map<MemberId, Long> perMember = all.stream().collect(Collectors.groupingBy(RegistrationView::memberId,
                Collectors.counting()));
        assertThat(perMember.values()).allSatisfy(n -> assertThat(n).isEqualTo(1));
        assertThat(waiting.stream().map(RegistrationView::waitlistTicket).toList()).doesNotHaveDuplicates();
        assertThat(waiting).allSatisfy(r -> assertThat(r.waitlistTicket()).isNotNull()
                .isLessThan(event.nextWaitlistTicket()));
    }
}
