package org.namc.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.namc.access.GrantRole;
import org.namc.events.CancelRegistration;
import org.namc.events.Cancellation;
import org.namc.events.CheckIn;
import org.namc.events.CheckInResult;
import org.namc.events.EventsApi;
import org.namc.events.RegisterForEvent;
import org.namc.events.RegistrationOutcome;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventCategory;
import org.namc.events.domain.EventId;
import org.namc.events.RegistrationView;
import org.namc.membership.RegisterMember;
import org.namc.membership.VerifyEmail;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Secret;
import org.namc.testing.data.EventBuilder;

/**
 * The "Events" part of the demo: a three-seat mixer filled by five members, the waiting list
 * in arrival order, a cancellation promoting the first in line, a double check-in scan, and
 * the start of the event's calendar entry.
 */
final class EventsStory {
    private final PrintStream out;
    private final DemoRuntime runtime;
    private final EventsApi events;

    EventsStory(DemoRuntime runtime, PrintStream out) {
        this.out = out;
        this.runtime = runtime;
        this.events = runtime.portal().events();
    }

    /** Returns the staff member who ran the event, for the later parts of the demo. */
    MemberId run() {
        say("");
        say("== Events ==");
        MemberId sam = member("sam.ortiz@namc-norcal.example", "Sam", "Ortiz");
        runtime.portal().access().grantRole(Actor.system(), new GrantRole(sam, "STAFF", null));
        Actor staff = Actor.member(sam);
        EventId mixer = EventBuilder.anEvent().titled("Spring Contractors' Mixer; East Bay, Oakland")
                .inCategory(EventCategory.NETWORKING).withCapacity(3)
                .startingDaysAfter(runtime.clock().instant(), 14).createPublished(events, staff);
        Event event = events.findEvent(staff, mixer).event();
        say("staff publish \"" + event.details().title() + "\" for " + event.schedule().localStart() + " "
                + event.schedule().zone() + ", 3 seats");

        List<MemberId> guests = new ArrayList<>();
        for (String name : List.of("Ana", "Ben", "Chen", "Dee", "Eli")) {
            MemberId guest = member(name.toLowerCase() + ".mixer@example.org", name, "Guest");
            guests.add(guest);
            RegistrationOutcome outcome = events.register(Actor.member(guest), RegisterForEvent.of(mixer, guest));
            say(String.format("  %-4s registers -> %s", name, describe(outcome)));
        }
        show("counts", events.findEvent(staff, mixer).event());

        RegistrationView bens = events.registrationsOf(Actor.member(guests.get(1)), guests.get(1),
                PageRequest.first(1)).items().get(0);
        Cancellation cancellation = events.cancelRegistration(Actor.member(guests.get(1)),
                new CancelRegistration(bens.id(), "site inspection that evening"));
        cancellation.promotions().forEach(p -> say("  Ben cancels -> member " + name(guests, p.registration().memberId())
                + " is promoted from the waiting list (" + p.registration().status() + ")"));
        show("counts", events.findEvent(staff, mixer).event());

        runtime.clock().set(event.schedule().start());
        CheckInResult first = events.checkIn(staff, new CheckIn(mixer, guests.get(0)));
        CheckInResult second = events.checkIn(staff, new CheckIn(mixer, guests.get(0)));
        say("door scan for Ana -> " + first.getClass().getSimpleName() + "; scanned again -> "
                + second.getClass().getSimpleName() + " (first at "
                + ((CheckInResult.AlreadyCheckedIn) second).firstAt() + ")");
        show("counts", events.findEvent(staff, mixer).event());

        String[] ics = events.exportICalendar(Actor.anonymous(), mixer).split("\r\n");
        say("iCalendar export (" + ics.length + " lines, CRLF, folded at 75 octets), a few of them:");
        for (String line : ics) {
            if (line.startsWith("SUMMARY") || line.startsWith("DTSTART;") || line.startsWith("TZID")) {
                say("  " + line);
            }
        }
        return sam;
    }

    private String describe(RegistrationOutcome outcome) {
        if (outcome instanceof RegistrationOutcome.Waitlisted waitlisted) {
            return "WAITLISTED, number " + waitlisted.position() + " in line";
        }
        return outcome.registration().status().name();
    }

    private static String name(List<MemberId> guests, MemberId id) {
        return List.of("Ana", "Ben", "Chen", "Dee", "Eli").get(guests.indexOf(id));
    }

    private void show(String label, Event event) {
        say(String.format("  %s: registered %d, attended %d, waiting %d", label, event.counts().registrations(),
                event.counts().attendees(), event.counts().waitlist()));
    }

    private MemberId member(String email, String first, String last) {
        var registration = runtime.portal().membership().register(RegisterMember.of(email,
                Secret.of("a long demo passphrase"), first, last));
        runtime.portal().membership().verifyEmail(new VerifyEmail(registration.verification().token()));
        return registration.memberId();
    }

    private void say(String line) {
        out.println(line);
    }
}
