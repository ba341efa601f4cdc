package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.events.domain.EventsRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.EventBuilder.anEvent;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.GrantRole;
import org.namc.events.CancelEvent;
import org.namc.events.CancelRegistration;
import org.namc.events.Cancellation;
import org.namc.events.CheckIn;
import org.namc.events.CheckInResult;
import org.namc.events.ConfirmPayment;
import org.namc.events.CreateEvent;
import org.namc.events.DecideRegistration;
import org.namc.events.EventView;
import org.namc.events.EventsApi;
import org.namc.events.MeetingAccess;
import org.namc.events.RegisterForEvent;
import org.namc.events.RegistrationOutcome;
import org.namc.events.RescheduleEvent;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.Pricing;
import org.namc.events.RegistrationView;
import org.namc.events.domain.RegistrationCounts;
import org.namc.events.domain.RegistrationId;
import org.namc.events.domain.RegistrationStatus;
import org.namc.membership.MembershipApi;
import org.namc.notifications.NotificationView;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;

/**
 * Event stories through {@link NamcPortal}: creating and publishing, registering to capacity
 * with a waiting list, promotions on cancellation (time-boxed offers on paid events),
 * approvals, payments, check-in, reminders, cancellation of the event and its calendar export.
 * The hook settles payments the way billing will.
 */
public abstract class EventScenarios {
    protected PortalFixture fixture;
    protected EventsApi events;
    protected MembershipApi membership;
    protected MutableClock clock;
    protected Actor staff;

    /** A fresh portal with empty stores. */
    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    /** Records a succeeded payment by {@code payer} for the registration, as billing would. */
    protected abstract void settlePayment(String paymentId, MemberId payer, Money amount, RegistrationId registration);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        events = fixture.portal().events();
        membership = fixture.portal().membership();
        clock = fixture.clock();
        MemberId staffId = member();
        fixture.portal().access().grantRole(Actor.system(), new GrantRole(staffId, "STAFF", null));
        staff = Actor.member(staffId);
    }

    private static final java.time.format.DateTimeFormatter UTC_STAMP = java.time.format.DateTimeFormatter
            .ofPattern("yyyyMMdd'T'HHmmss'Z'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    protected MemberId member() {
        return aMember().registerVerified(membership);
    }

    private EventId published(int seats) {
        return anEvent().withCapacity(seats).startingDaysAfter(clock.instant(), 30).createPublished(events, staff);
    }

    private RegistrationOutcome register(EventId event, MemberId member) {
        return events.register(Actor.member(member), RegisterForEvent.of(event, member));
    }

    private Event event(EventId id) {
        return events.findEvent(staff, id).event();
    }

    private List<RegistrationView> registrations(EventId id) {
        return events.registrations(staff, id, PageRequest.first(500)).items();
    }

    /** The stored counters equal a recount of the registrations. */
    private void assertCountsAreTrue(EventId id) {
        List<RegistrationView> all = registrations(id);
        RegistrationCounts counts = event(id).counts();
        assertThat(counts.registrations()).isEqualTo(all.stream().filter(RegistrationView::holdsSeat).count());
        assertThat(counts.waitlist()).isEqualTo(all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .count());
        assertThat(counts.attendees()).isEqualTo(all.stream().filter(RegistrationView::attended).count());
    }

    private List<NotificationView> inbox(MemberId member) {
        return fixture.portal().notifications().inbox(Actor.member(member), member, PageRequest.first(100)).items();
    }

    @Test
    void anEventIsCreatedAsADraftAndPublishedWithEverythingItHolds() {
        EventView created = events.createEvent(staff, anEvent().withCapacity(40).requiringApproval()
                .withTags("Mentoring", "mentoring", "BIM").startingDaysAfter(clock.instant(), 10).command());
        Event draft = created.event();
        assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(draft.rules().capacity()).isEqualTo(40);
        assertThat(draft.rules().requiresApproval()).isTrue();
        assertThat(draft.details().tags()).containsExactly("mentoring", "bim");
        assertThat(draft.details().speakers()).hasSize(1);
        assertThat(draft.schedule().zone().getId()).isEqualTo("America/Los_Angeles");
        assertThat(draft.createdBy()).isEqualTo(staff.memberId());

        MemberId maria = member();
        assertThatNamcException(() -> events.findEvent(Actor.member(maria), draft.id())).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> register(draft.id(), maria)).hasReason(EventsRefusal.EVENT_CLOSED);

        events.publishEvent(staff, draft.id());
        assertThat(events.findEvent(Actor.anonymous(), draft.id()).event().status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(events.upcoming(Actor.anonymous(), PageRequest.first(10)).items())
                .extracting(v -> v.event().id()).containsExactly(draft.id());
        assertThatNamcException(() -> events.createEvent(Actor.member(maria), anEvent().command()))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void invalidSchedulesAreRefusedFieldByFieldAndNothingIsStored() {
        CreateEvent backwards = anEvent().at(LocalDateTime.of(2026, 5, 1, 20, 0), LocalDateTime.of(2026, 5, 1, 18, 0),
                "America/Los_Angeles").command();
        CreateEvent unknownZone = anEvent().at(LocalDateTime.of(2026, 5, 1, 18, 0), LocalDateTime.of(2026, 5, 1, 20, 0),
                "Mars/Olympus_Mons").command();
        CreateEvent inTheGap = anEvent().at(LocalDateTime.of(2026, 3, 8, 2, 30), LocalDateTime.of(2026, 3, 8, 4, 0),
                "America/Los_Angeles").command();

        assertThatNamcException(() -> events.createEvent(staff, backwards)).hasViolation("endsAt", "after");
        assertThatNamcException(() -> events.createEvent(staff, unknownZone)).hasViolation("timeZone", "iana");
        assertThatNamcException(() -> events.createEvent(staff, inTheGap)).hasViolation("startsAt", "exists");
        assertThatNamcException(() -> events.createEvent(staff, anEvent().withDeadline(Instant.parse("2027-01-01T00:00:00Z"))
                .startingDaysAfter(clock.instant(), 5).command())).hasViolation("rules.deadline", "before-start");
        assertThat(events.upcoming(staff, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void aFullEventWaitlistsInArrivalOrderAndACancellationPromotesTheNextAtOnce() {
        EventId id = published(2);
        MemberId first = member();
        MemberId second = member();
        MemberId third = member();
        MemberId fourth = member();

        assertThat(register(id, first)).isInstanceOf(RegistrationOutcome.Registered.class);
        assertThat(register(id, second)).isInstanceOf(RegistrationOutcome.Registered.class);
        assertThat(register(id, third)).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class,
                w -> assertThat(w.position()).isEqualTo(1));
        assertThat(register(id, fourth)).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class,
                w -> assertThat(w.position()).isEqualTo(2));
        assertThat(event(id).counts()).isEqualTo(new RegistrationCounts(2, 0, 2));

        RegistrationView seconds = events.registrationsOf(Actor.member(second), second, PageRequest.first(5)).items().get(0);
        Cancellation cancellation = events.cancelRegistration(Actor.member(second),
                new CancelRegistration(seconds.id(), "travelling"));

        assertThat(cancellation.cancelled().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(cancellation.promotions()).singleElement().satisfies(p -> {
            assertThat(p.registration().memberId()).isEqualTo(third);
            assertThat(p.registration().status()).isEqualTo(RegistrationStatus.REGISTERED);
            assertThat(p.isOffer()).isFalse();
        });
        assertThat(event(id).counts()).isEqualTo(new RegistrationCounts(2, 0, 1));
        assertThat(inbox(third)).extracting(NotificationView::title).anyMatch(t -> t.startsWith("Off the waiting list"));
        assertCountsAreTrue(id);
    }

    @Test
    void oneRegistrationPerMemberAndEventAndANewOneAfterCancelling() {
        EventId id = published(10);
        MemberId maria = member();
        RegistrationView registration = register(id, maria).registration();

        assertThatNamcException(() -> register(id, maria)).hasReason(EventsRefusal.ALREADY_REGISTERED);
        assertThatNamcException(() -> events.register(Actor.member(member()), RegisterForEvent.of(id, maria)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        events.cancelRegistration(Actor.member(maria), new CancelRegistration(registration.id(), null));
        RegistrationView again = register(id, maria).registration();

        assertThat(again.id()).isEqualTo(registration.id());
        assertThat(again.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registrations(id)).hasSize(1);
        assertCountsAreTrue(id);
    }

    @Test
    void registrationIsRefusedAfterTheDeadlineAndForCancelledEvents() {
        Instant deadline = clock.instant().plus(Duration.ofDays(3));
        EventId id = anEvent().withDeadline(deadline).startingDaysAfter(clock.instant(), 10)
                .createPublished(events, staff);
        MemberId early = member();
        register(id, early);

        clock.set(deadline);
        assertThatNamcException(() -> register(id, member())).hasReason(EventsRefusal.REGISTRATION_CLOSED);

        EventId other = published(5);
        events.cancelEvent(staff, new CancelEvent(other, "Venue flooded"));
        assertThatNamcException(() -> register(other, early)).hasReason(EventsRefusal.EVENT_CLOSED);
    }

    @Test
    void aPaidEventConfirmsTheSeatOnlyWithASucceededPaymentAtTheEarlyBirdPrice() {
        Instant earlyBirdEnds = clock.instant().plus(Duration.ofDays(7));
        EventId id = anEvent().priced(new Pricing(Money.of("120.00", "USD"), Money.of("90.00", "USD"), earlyBirdEnds))
                .withCapacity(10).startingDaysAfter(clock.instant(), 30).createPublished(events, staff);
        MemberId maria = member();

        RegistrationOutcome outcome = register(id, maria);

        assertThat(outcome).isInstanceOfSatisfying(RegistrationOutcome.AwaitingPayment.class, a -> {
            assertThat(a.amountDue()).isEqualTo(Money.of("90.00", "USD"));
            assertThat(a.payBy()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        });
        RegistrationId registration = outcome.registration().id();
        assertThat(event(id).counts().registrations()).as("the held seat counts").isEqualTo(1);
        assertThatNamcException(() -> events.confirmPayment(Actor.member(maria), new ConfirmPayment(registration, "pay-x")))
                .hasCode(ErrorCode.NOT_FOUND);
        settlePayment("pay-low", maria, Money.of("50.00", "USD"), registration);
        assertThatNamcException(() -> events.confirmPayment(Actor.member(maria),
                new ConfirmPayment(registration, "pay-low"))).hasReason(EventsRefusal.PAYMENT_SHORT);

        settlePayment("pay-1", maria, Money.of("90.00", "USD"), registration);
        RegistrationView paid = events.confirmPayment(Actor.member(maria), new ConfirmPayment(registration, "pay-1"));

        assertThat(paid.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(paid.paymentId()).isEqualTo("pay-1");
        assertThat(paid.amountPaid()).isEqualTo(Money.of("90.00", "USD"));
        MemberId late = member();
        clock.set(earlyBirdEnds);
        assertThat(register(id, late)).isInstanceOfSatisfying(RegistrationOutcome.AwaitingPayment.class,
                a -> assertThat(a.amountDue()).isEqualTo(Money.of("120.00", "USD")));
        assertThat(fixture.auditRecords()).anyMatch(r -> r.action().equals("event.registration.confirm-payment"));
    }

    @Test
    void aWaitlistOfferOnAPaidEventExpiresToTheNextInLine() {
        EventId id = anEvent().priced("45.00").withCapacity(1).startingDaysAfter(clock.instant(), 30)
                .createPublished(events, staff);
        MemberId holder = member();
        MemberId next = member();
        MemberId after = member();
        RegistrationId held = register(id, holder).registration().id();
        settlePayment("p-holder", holder, Money.of("45.00", "USD"), held);
        events.confirmPayment(Actor.member(holder), new ConfirmPayment(held, "p-holder"));
        register(id, next);
        register(id, after);

        Cancellation cancellation = events.cancelRegistration(Actor.member(holder), new CancelRegistration(held, null));

        assertThat(cancellation.promotions()).singleElement().satisfies(p -> {
            assertThat(p.registration().memberId()).isEqualTo(next);
            assertThat(p.registration().status()).isEqualTo(RegistrationStatus.PENDING_PAYMENT);
            assertThat(p.offerExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        });
        clock.advance(Duration.ofHours(24));
        var promotions = events.releaseExpiredHolds(staff, id);

        assertThat(promotions).singleElement().satisfies(p -> assertThat(p.registration().memberId()).isEqualTo(after));
        assertThat(registrations(id)).filteredOn(r -> r.memberId().equals(next)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.EXPIRED));
        assertThatNamcException(() -> events.confirmPayment(Actor.member(next), new ConfirmPayment(
                cancellation.promotions().get(0).registration().id(), "late"))).hasReason(EventsRefusal.NOT_AWAITING_PAYMENT);
        assertThat(event(id).counts()).isEqualTo(new RegistrationCounts(1, 0, 0));
        assertCountsAreTrue(id);
    }

    @Test
    void registrationsAwaitApprovalAndADeclineFreesTheSeat() {
        EventId id = anEvent().requiringApproval().withCapacity(1).startingDaysAfter(clock.instant(), 20)
                .createPublished(events, staff);
        MemberId applicant = member();
        MemberId waiting = member();
        RegistrationOutcome outcome = register(id, applicant);
        assertThat(outcome).isInstanceOf(RegistrationOutcome.AwaitingApproval.class);
        assertThat(register(id, waiting)).isInstanceOf(RegistrationOutcome.Waitlisted.class);

        assertThatNamcException(() -> events.decideRegistration(staff,
                new DecideRegistration(outcome.registration().id(), false, " "))).hasViolation("reason", "required");
        assertThatNamcException(() -> events.decideRegistration(Actor.member(applicant),
                new DecideRegistration(outcome.registration().id(), true, null))).hasReason(CommonRefusal.PERMISSION_DENIED);
        RegistrationView declined = events.decideRegistration(staff,
                new DecideRegistration(outcome.registration().id(), false, "Members of the host chapter only"));

        assertThat(declined.status()).isEqualTo(RegistrationStatus.DECLINED);
        RegistrationView promoted = registrations(id).stream().filter(r -> r.memberId().equals(waiting)).findFirst()
                .orElseThrow();
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        RegistrationView approved = events.decideRegistration(staff, new DecideRegistration(promoted.id(), true, null));
        assertThat(approved.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertCountsAreTrue(id);
    }

    @Test
    void checkInHappensOnceAndASecondScanReportsTheFirst() {
        EventId id = published(10);
        MemberId maria = member();
        register(id, maria);
        Event event = event(id);
        assertThatNamcException(() -> events.checkIn(staff, new CheckIn(id, maria))).hasReason(EventsRefusal.CHECK_IN_CLOSED);

        clock.set(event.schedule().start().minus(Duration.ofMinutes(30)));
        CheckInResult first = events.checkIn(staff, new CheckIn(id, maria));
        clock.advance(Duration.ofMinutes(5));
        CheckInResult second = events.checkIn(staff, new CheckIn(id, maria));

        assertThat(first).isInstanceOf(CheckInResult.CheckedIn.class);
        assertThat(second).isInstanceOfSatisfying(CheckInResult.AlreadyCheckedIn.class, a -> {
            assertThat(a.firstAt()).isEqualTo(((CheckInResult.CheckedIn) first).at());
            assertThat(a.firstBy()).isEqualTo(staff.memberId());
        });
        assertThat(event(id).counts().attendees()).isEqualTo(1);
        assertThatNamcException(() -> events.checkIn(staff, new CheckIn(id, member()))).hasCode(ErrorCode.NOT_FOUND);
        assertThatNamcException(() -> events.checkIn(Actor.member(maria), new CheckIn(id, maria)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void remindersGoOutOnceAndFollowUpsReachAttendeesAfterTheEvent() {
        EventId id = published(10);
        MemberId attendee = member();
        MemberId absent = member();
        register(id, attendee);
        register(id, absent);

        assertThat(events.sendReminders(staff, id)).isEqualTo(2);
        assertThat(events.sendReminders(staff, id)).as("reminders are deduplicated").isZero();
        assertThat(inbox(attendee)).extracting(NotificationView::title).anyMatch(t -> t.startsWith("Reminder:"));

        Event event = event(id);
        clock.set(event.schedule().start());
        events.checkIn(staff, new CheckIn(id, attendee));
        clock.set(event.schedule().end());
        EventView completed = events.completeEvent(staff, id);

        assertThat(completed.event().status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(completed.event().followUpSent()).isTrue();
        assertThat(registrations(id)).filteredOn(r -> r.memberId().equals(absent)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.NO_SHOW));
        assertThat(inbox(attendee)).extracting(NotificationView::title).anyMatch(t -> t.startsWith("Thank you"));
        assertThat(inbox(absent)).extracting(NotificationView::title).noneMatch(t -> t.startsWith("Thank you"));
        assertThat(completed.event().counts()).isEqualTo(new RegistrationCounts(2, 1, 0));
    }

    @Test
    void cancellingAnEventCancelsAndTellsEveryRegistrant() {
        EventId id = published(1);
        MemberId seated = member();
        MemberId waiting = member();
        register(id, seated);
        register(id, waiting);

        EventView cancelled = events.cancelEvent(staff, new CancelEvent(id, "Venue flooded"));

        assertThat(cancelled.event().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(cancelled.event().counts()).isEqualTo(RegistrationCounts.NONE);
        assertThat(registrations(id)).allSatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CANCELLED));
        assertThat(inbox(waiting)).anySatisfy(n -> assertThat(n.message()).isEqualTo("Venue flooded"));
        assertThatNamcException(() -> events.cancelEvent(staff, new CancelEvent(id, "again")))
                .hasReason(EventsRefusal.EVENT_ALREADY_IN_STATUS);
    }

    @Test
    void theMeetingPasswordIsEncryptedAndShownOnlyToAttendeesAndStaff() {
        EventId id = anEvent().virtual("s3cret-zoom").startingDaysAfter(clock.instant(), 10)
                .createPublished(events, staff);
        MemberId attendee = member();
        MemberId stranger = member();
        register(id, attendee);

        EventView view = events.findEvent(Actor.member(stranger), id);
        assertThat(view.hasMeetingPassword()).isTrue();
        assertThat(view.event().location().meeting().password()).isNull();
        assertThat(view.toString()).doesNotContain("s3cret-zoom");
        MeetingAccess access = events.meetingAccess(Actor.member(attendee), id);
        assertThat(access.password().reveal()).isEqualTo("s3cret-zoom");
        assertThat(events.meetingAccess(staff, id).password().reveal()).isEqualTo("s3cret-zoom");
        assertThatNamcException(() -> events.meetingAccess(Actor.member(stranger), id)).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThat(fixture.auditRecords()).filteredOn(r -> r.action().equals("event.create")).singleElement()
                .satisfies(r -> assertThat(r.changes().get("meetingPassword").after()).isEqualTo("[redacted]"));
        assertThat(fixture.auditRecords().toString()).doesNotContain("s3cret-zoom");
    }

    @Test
    void theEventExportsAsAnICalendarObject() {
        EventId id = anEvent().titled("Bid Night; Q&A, with owners").startingDaysAfter(clock.instant(), 30)
                .createPublished(events, staff);

        String ics = events.exportICalendar(Actor.anonymous(), id);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("UID:" + id + "@", "SUMMARY:Bid Night\\; Q&A\\, with owners\r\n",
                "DTSTART:" + UTC_STAMP.format(event(id).schedule().start()) + "\r\n",
                "X-WR-TIMEZONE:America/Los_Angeles\r\n", "STATUS:CONFIRMED");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
    }

    @Test
    void calendarFeedsFollowAnEventThatMovesAndIsCancelled() {
        EventId id = anEvent().titled("Estimating clinic").startingDaysAfter(clock.instant(), 30)
                .createPublished(events, staff);
        MemberId attendee = member();
        MemberId stranger = member();
        register(id, attendee);
        String uid = "UID:" + id + "@";

        assertThat(events.memberCalendarFeed(Actor.member(attendee), attendee)).contains(uid, "SEQUENCE:0\r\n");
        assertThat(events.memberCalendarFeed(Actor.member(stranger), stranger)).doesNotContain(uid);
        assertThatNamcException(() -> events.memberCalendarFeed(Actor.member(stranger), attendee))
                .hasReason(CommonRefusal.PERMISSION_DENIED);

        java.time.LocalDateTime later = java.time.LocalDateTime.ofInstant(event(id).schedule().start(),
                java.time.ZoneId.of("America/Los_Angeles")).plusDays(7);
        assertThatNamcException(() -> events.rescheduleEvent(Actor.member(attendee),
                new RescheduleEvent(id, later, later.plusHours(2), "America/Los_Angeles")))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        events.rescheduleEvent(staff, new RescheduleEvent(id, later, later.plusHours(2), "America/Los_Angeles"));
        assertThat(event(id).calendarSequence()).isEqualTo(1);
        assertThat(events.memberCalendarFeed(Actor.member(attendee), attendee)).contains(uid, "SEQUENCE:1\r\n",
                "DTSTART:" + UTC_STAMP.format(later.atZone(java.time.ZoneId.of("America/Los_Angeles")).toInstant()));
        register(id, stranger);
        assertThat(event(id).calendarSequence()).as("a registration is no calendar change").isEqualTo(1);

        events.cancelEvent(staff, new CancelEvent(id, "venue closed"));

        assertThat(events.memberCalendarFeed(Actor.member(attendee), attendee)).contains(uid, "SEQUENCE:2\r\n",
                "STATUS:CANCELLED\r\n");
        assertThat(events.publicCalendarFeed(Actor.anonymous())).contains(uid, "SEQUENCE:2\r\n",
                "STATUS:CANCELLED\r\n", "X-WR-CALNAME:NAMC events\r\n");
        assertThatNamcException(() -> events.rescheduleEvent(staff,
                new RescheduleEvent(id, later, later.plusHours(2), "America/Los_Angeles")))
                .hasReason(EventsRefusal.EVENT_NOT_MOVABLE);
    }

    @Test
    void fiveHundredConcurrentRegistrationsFillAHundredSeatsAndFiftyCancellationsPromoteFifty() throws Exception {
        EventId id = published(100);
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            members.add(member());
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<RegistrationOutcome> outcomes = Concurrently.run(500, () -> register(id, members.get(next.getAndIncrement())));

        assertThat(outcomes).filteredOn(o -> o instanceof RegistrationOutcome.Registered).hasSize(100);
        assertThat(outcomes).filteredOn(o -> o instanceof RegistrationOutcome.Waitlisted).hasSize(400);
        assertThat(outcomes).filteredOn(o -> o instanceof RegistrationOutcome.Waitlisted)
                .extracting(o -> ((RegistrationOutcome.Waitlisted) o).position()).doesNotHaveDuplicates();
        assertThat(event(id).counts()).isEqualTo(new RegistrationCounts(100, 0, 400));

        List<RegistrationView> seated = registrations(id).stream().filter(RegistrationView::holdsSeat).limit(50).toList();
        java.util.concurrent.atomic.AtomicInteger nextCancel = new java.util.concurrent.atomic.AtomicInteger();
        List<Cancellation> cancellations = Concurrently.run(50, () -> {
            RegistrationView r = seated.get(nextCancel.getAndIncrement());
            return events.cancelRegistration(Actor.member(r.memberId()), new CancelRegistration(r.id(), null));
        });

        List<MemberId> promoted = cancellations.stream().flatMap(c -> c.promotions().stream())
                .map(p -> p.registration().memberId()).toList();
        assertThat(promoted).hasSize(50).doesNotHaveDuplicates();
        List<RegistrationView> after = registrations(id);
        assertThat(after).filteredOn(r -> r.status() == RegistrationStatus.REGISTERED).hasSize(100);
        assertThat(after).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED).hasSize(350);
        assertThat(after).filteredOn(r -> r.promotedAt() != null).extracting(RegistrationView::memberId)
                .containsExactlyInAnyOrderElementsOf(promoted);
        long lowestStillWaiting = after.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .mapToLong(RegistrationView::waitlistTicket).min().orElseThrow();
        assertThat(after).filteredOn(r -> r.promotedAt() != null)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED));
        assertThat(outcomes).filteredOn(o -> o instanceof RegistrationOutcome.Waitlisted)
                .filteredOn(o -> promoted.contains(o.registration().memberId()))
                .allSatisfy(o -> assertThat(o.registration().waitlistTicket()).isLessThan(lowestStillWaiting));
        assertThat(event(id).counts()).isEqualTo(new RegistrationCounts(100, 0, 350));
        assertCountsAreTrue(id);
    }
}
