package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.GrantRole;
import org.namc.notifications.DispatchReport;
import org.namc.notifications.InboundSms;
import org.namc.notifications.NotificationsApi;
import org.namc.notifications.NotifyFromTemplate;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.NotifyResult;
import org.namc.notifications.PlannedDelivery;
import org.namc.notifications.PreviewTemplate;
import org.namc.notifications.SaveTemplate;
import org.namc.notifications.SmsReply;
import org.namc.notifications.UpdateDeliveryPreferences;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ChannelDecision;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryPlan;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.DeliveryState;
import org.namc.notifications.NotificationView;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.QuietHours;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.PhoneNumber;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;

/**
 * NotificationView stories through {@link NamcPortal}: planning against preferences, quiet hours,
 * deduplication and digests; templates per locale; the outbox dispatcher with retries. The
 * hook shows what a channel was asked to deliver (an adapter's recording channel).
 */
public abstract class NotificationScenarios {
    protected PortalFixture fixture;
    protected NotificationsApi notifications;
    protected MutableClock clock;
    protected Actor staff;
    protected MemberId maria;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    /** Messages the portal's channel accepted, in order. */
    protected abstract List<Delivery> delivered(Channel channel);

    /** Makes the next {@code attempts} deliveries on the channel fail in a way worth retrying. */
    protected abstract void failNext(Channel channel, int attempts);

    /** Makes the next delivery on the channel answer that the member's address does not exist. */
    protected abstract void rejectAddressNext(Channel channel);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        notifications = fixture.portal().notifications();
        clock = fixture.clock();
        MemberId staffId = aMember().registerVerified(fixture.portal().membership());
        fixture.portal().access().grantRole(Actor.system(), new GrantRole(staffId, "STAFF", null));
        staff = Actor.member(staffId);
        maria = aMember().registerVerified(fixture.portal().membership());
    }

    private DeliveryPreferences prefs(Set<Channel> off, Map<String, Set<Channel>> offPerCategory, QuietHours quiet) {
        return new DeliveryPreferences(maria, ZoneId.of("America/Los_Angeles"), "en-US", off, offPerCategory,
                Set.of("project"), Duration.ofHours(1), quiet);
    }

    private void setPreferences(DeliveryPreferences preferences) {
        notifications.updatePreferences(Actor.member(maria), new UpdateDeliveryPreferences(preferences));
    }

    private NotifyMember eventNews(String title) {
        return NotifyMember.of(maria, NotificationType.EVENT, title, "Details inside")
                .on(Channel.IN_APP, Channel.EMAIL, Channel.SMS);
    }

    @Test
    void aNotificationIsShownInAppAndDeliveredOnItsChannelsWithStatusPerChannel() {
        NotifyResult result = notifications.notify(staff, eventNews("Bid night moved"));
        NotificationId id = ((NotifyResult.Queued) result).id();

        assertThat(notifications.inbox(Actor.member(maria), maria, PageRequest.first(5)).items())
                .extracting(NotificationView::id).containsExactly(id);
        assertThat(notifications.unreadCount(Actor.member(maria), maria)).isEqualTo(1);
        DispatchReport report = notifications.dispatch(Actor.system());

        assertThat(report.delivered()).extracting(PlannedDelivery::channel)
                .containsExactlyInAnyOrder(Channel.IN_APP, Channel.EMAIL);
        assertThat(delivered(Channel.EMAIL)).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("Bid night moved");
            assertThat(d.sources()).containsExactly(id);
        });
        NotificationView stored = notifications.find(Actor.member(maria), id);
        assertThat(stored.deliveries().get(Channel.EMAIL).state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(stored.deliveries().get(Channel.SMS).state()).as("SMS is off by default")
                .isEqualTo(DeliveryState.SKIPPED);
        assertThat(notifications.dispatch(Actor.system()).delivered()).as("nothing is sent twice").isEmpty();
        assertThat(notifications.markRead(Actor.member(maria), id).read()).isTrue();
        assertThat(notifications.unreadCount(Actor.member(maria), maria)).isZero();
        assertThatNamcException(() -> notifications.notify(Actor.member(maria), eventNews("x")))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void optOutsPerCategoryAndChannelAreHonouredExceptForSecurityAlerts() {
        setPreferences(prefs(EnumSet.of(Channel.SMS), Map.of("event", EnumSet.of(Channel.EMAIL)), null));

        DeliveryPlan eventPlan = notifications.plan(staff, eventNews("Mixer"));
        DeliveryPlan securityPlan = notifications.plan(staff, NotifyMember.of(maria, NotificationType.SECURITY,
                "New sign-in", "From a new device").on(Channel.EMAIL, Channel.SMS));

        assertThat(eventPlan.on(Channel.EMAIL).orElseThrow()).isInstanceOf(ChannelDecision.Skip.class);
        assertThat(eventPlan.on(Channel.SMS).orElseThrow()).isInstanceOf(ChannelDecision.Skip.class);
        assertThat(eventPlan.on(Channel.IN_APP).orElseThrow()).isInstanceOf(ChannelDecision.Send.class);
        assertThat(securityPlan.on(Channel.SMS).orElseThrow()).isInstanceOfSatisfying(ChannelDecision.Send.class,
                s -> assertThat(s.reason()).contains("bypasses the opt-out"));
        assertThat(notifications.inbox(Actor.member(maria), maria, PageRequest.first(5)).items())
                .as("plan is a dry run").isEmpty();
    }

    @Test
    void quietHoursInTheMembersTimeZoneHoldNonCriticalNotificationsUntilMorning() {
        setPreferences(prefs(Set.of(), Map.of(), QuietHours.between("22:00", "07:00")));
        clock.set(Instant.parse("2026-01-16T06:30:00Z"));

        NotifyResult result = notifications.notify(staff, eventNews("Late change"));

        Instant sevenLocal = Instant.parse("2026-01-16T15:00:00Z");
        assertThat(((NotifyResult.Queued) result).plan().on(Channel.EMAIL).orElseThrow())
                .isInstanceOfSatisfying(ChannelDecision.Send.class, s -> assertThat(s.at()).isEqualTo(sevenLocal));
        notifications.dispatch(Actor.system());
        assertThat(delivered(Channel.EMAIL)).isEmpty();
        assertThat(delivered(Channel.IN_APP)).hasSize(1);
        clock.set(sevenLocal);
        notifications.dispatch(Actor.system());
        assertThat(delivered(Channel.EMAIL)).hasSize(1);
    }

    @Test
    void aRepeatedDeduplicationKeyIsSuppressed() {
        NotifyResult first = notifications.notify(staff, eventNews("Renewal due").withDedupKey("renewal-2026"));
        NotifyResult second = notifications.notify(staff, eventNews("Renewal due").withDedupKey("renewal-2026"));

        assertThat(second).isInstanceOfSatisfying(NotifyResult.Suppressed.class,
                s -> assertThat(s.existing()).isEqualTo(((NotifyResult.Queued) first).id()));
        assertThat(notifications.plan(staff, eventNews("Renewal due").withDedupKey("renewal-2026")).sendsAnything())
                .isFalse();
        clock.advance(Duration.ofDays(2));
        assertThat(notifications.notify(staff, eventNews("Renewal due").withDedupKey("renewal-2026")))
                .as("the window has passed").isInstanceOf(NotifyResult.Queued.class);
    }

    @Test
    void projectAlertsInOneWindowGoOutAsOneDigestHoldingEachAlertOnce() {
        clock.set(Instant.parse("2026-01-16T17:05:00Z"));
        List<NotificationId> alerts = List.of("Oakland school", "SFO terminal", "BART retrofit").stream()
                .map(title -> notifications.notify(staff, NotifyMember.of(maria, NotificationType.PROJECT,
                        "New project: " + title, title + " matches your skills").on(Channel.EMAIL)))
                .map(r -> ((NotifyResult.Queued) r).id()).toList();

        assertThat(notifications.planDispatch(Actor.system())).isEmpty();
        clock.set(Instant.parse("2026-01-16T18:00:00Z"));
        List<PlannedDelivery> plan = notifications.planDispatch(Actor.system());

        assertThat(plan).singleElement().satisfies(p -> {
            assertThat(p.isDigest()).isTrue();
            assertThat(p.subject()).isEqualTo("3 new project alerts");
            assertThat(p.sources()).containsExactlyInAnyOrderElementsOf(alerts);
        });
        assertThat(delivered(Channel.EMAIL)).as("planning sends nothing").isEmpty();
        notifications.dispatch(Actor.system());
        assertThat(delivered(Channel.EMAIL)).singleElement()
                .satisfies(d -> assertThat(d.sources()).containsExactlyInAnyOrderElementsOf(alerts));
        assertThat(alerts).allSatisfy(id -> assertThat(notifications.find(Actor.member(maria), id).deliveries()
                .get(Channel.EMAIL).state()).isEqualTo(DeliveryState.DELIVERED));
    }

    @Test
    void failedDeliveriesAreRetriedWithExponentialBackoffUnderTheSameKey() {
        failNext(Channel.EMAIL, 2);
        notifications.notify(staff, eventNews("Retry me").on(Channel.EMAIL));

        DispatchReport first = notifications.dispatch(Actor.system());
        assertThat(first.retrying()).hasSize(1);
        clock.advance(Duration.ofSeconds(59));
        assertThat(notifications.dispatch(Actor.system()).retrying()).as("waits a minute").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(notifications.dispatch(Actor.system()).retrying()).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(notifications.dispatch(Actor.system()).delivered()).as("then two minutes").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        DispatchReport last = notifications.dispatch(Actor.system());

        assertThat(last.delivered()).singleElement().satisfies(d -> assertThat(d.attempt()).isEqualTo(3));
        assertThat(delivered(Channel.EMAIL)).singleElement().satisfies(d -> assertThat(d.attempt()).isEqualTo(3));
        assertThat(fixture.auditRecords()).filteredOn(r -> r.action().equals("notification.deliver")).hasSize(3);
    }

    @Test
    void anExpiredNotificationIsNotSent() {
        setPreferences(prefs(Set.of(), Map.of(), QuietHours.between("00:00", "23:00")));
        clock.set(Instant.parse("2026-01-16T09:00:00Z"));
        notifications.notify(staff, eventNews("Today only").on(Channel.EMAIL)
                .scheduled(null, Instant.parse("2026-01-16T12:00:00Z")));

        clock.set(Instant.parse("2026-01-17T08:00:00Z"));
        DispatchReport report = notifications.dispatch(Actor.system());

        assertThat(report.expired()).isEqualTo(1);
        assertThat(delivered(Channel.EMAIL)).isEmpty();
    }

    @Test
    void templatesRenderInTheMembersLocaleAndAMissingVariableIsAnError() {
        notifications.saveTemplate(staff, new SaveTemplate("event.reminder", "en-US", "Event reminder", null,
                "Reminder: {{event}}", "Hi {{name}}, {{event}} starts soon.", "<p>Hi {{name}}</p>", NotificationType.EVENT,
                EnumSet.of(Channel.IN_APP, Channel.EMAIL), List.of("name", "event"), true));
        NotificationTemplate spanish = notifications.saveTemplate(staff, new SaveTemplate("event.reminder", "es",
                "Recordatorio", null, "Recordatorio: {{event}}", "Hola {{name}}, {{event}} empieza pronto.", null,
                NotificationType.EVENT, EnumSet.of(Channel.IN_APP), List.of("name", "event"), true));
        NotificationTemplate second = notifications.saveTemplate(staff, new SaveTemplate("event.reminder", "es",
                "Recordatorio", null, "Recordatorio: {{event}}", "Hola {{name}}: {{event}} empieza pronto.", null,
                NotificationType.EVENT, EnumSet.of(Channel.IN_APP), List.of("name", "event"), true));
        assertThat(second.version()).isEqualTo(spanish.version() + 1);
        assertThatNamcException(() -> notifications.saveTemplate(staff, new SaveTemplate("broken", "en-US", "Broken",
                null, "{{who}}", "x", null, NotificationType.EVENT, EnumSet.of(Channel.IN_APP), List.of(), true)))
                .hasViolation("variables", "undeclared");

        assertThat(notifications.previewTemplate(staff, new PreviewTemplate("event.reminder", "en-US",
                Map.of("name", "<b>Ana</b>", "event", "Mixer"))).html()).isEqualTo("<p>Hi &lt;b&gt;Ana&lt;/b&gt;</p>");
        assertThatNamcException(() -> notifications.notifyFromTemplate(staff, NotifyFromTemplate.of(maria,
                "event.reminder", Map.of("name", "Maria")))).hasViolation("variables.event", "missing");
        assertThat(notifications.inbox(Actor.member(maria), maria, PageRequest.first(5)).items()).isEmpty();

        setPreferences(new DeliveryPreferences(maria, ZoneId.of("America/Mexico_City"), "es-MX", Set.of(), Map.of(),
                Set.of(), Duration.ofHours(1), null));
        notifications.notifyFromTemplate(staff, NotifyFromTemplate.of(maria, "event.reminder",
                Map.of("name", "María", "event", "Mixer")));

        assertThat(notifications.inbox(Actor.member(maria), maria, PageRequest.first(5)).items()).singleElement()
                .satisfies(n -> {
                    assertThat(n.title()).isEqualTo("Recordatorio: Mixer");
                    assertThat(n.message()).isEqualTo("Hola María: Mixer empieza pronto.");
                    assertThat(n.templateName()).isEqualTo("event.reminder");
                });
    }

    @Test
    void membersManageOnlyTheirOwnPreferencesAndListAndDefaultsFollowTheSeed() {
        DeliveryPreferences defaults = notifications.preferences(Actor.member(maria), maria);
        assertThat(defaults.channelsOff()).containsExactly(Channel.SMS);
        assertThat(defaults.digestCategories()).containsExactly("project");

        MemberId other = aMember().registerVerified(fixture.portal().membership());
        assertThatNamcException(() -> notifications.preferences(Actor.member(other), maria))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> notifications.inbox(Actor.member(other), maria, PageRequest.first(5)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void aRejectedAddressStopsTheChannelAndTheMemberCannotClearTheMark() {
        NotifyMember news = NotifyMember.of(maria, NotificationType.EVENT, "News", "Details").on(Channel.EMAIL);
        rejectAddressNext(Channel.EMAIL);
        NotifyResult.Queued first = (NotifyResult.Queued) notifications.notify(staff, news);

        notifications.dispatch(Actor.system());

        assertThat(notifications.find(Actor.member(maria), first.id()).deliveries().get(Channel.EMAIL).state())
                .isEqualTo(DeliveryState.FAILED);
        DeliveryPreferences marked = notifications.preferences(Actor.member(maria), maria);
        assertThat(marked.undeliverable()).containsEntry(Channel.EMAIL, maria + "@EMAIL");
        notifications.updatePreferences(Actor.member(maria), new UpdateDeliveryPreferences(
                DeliveryPreferences.defaults(maria)));
        assertThat(notifications.preferences(Actor.member(maria), maria).undeliverable())
                .isEqualTo(marked.undeliverable());
    }

    @Test
    void stopAndStartTextedFromAMembersNumberSwitchTheirSms() {
        MemberId texter = aMember().withPhone("+1 415 555 0199").registerVerified(fixture.portal().membership());
        PhoneNumber phone = PhoneNumber.parse("+14155550199");

        assertThat(notifications.receiveSms(Actor.system(), new InboundSms(phone, "START")).outcome())
                .isEqualTo(SmsReply.Outcome.OPTED_IN);
        assertThat(notifications.preferences(Actor.member(texter), texter).accepts(Channel.SMS, "event")).isTrue();
        assertThat(notifications.receiveSms(Actor.system(), new InboundSms(phone, "stop")).outcome())
                .isEqualTo(SmsReply.Outcome.OPTED_OUT);
        assertThat(notifications.preferences(Actor.member(texter), texter).accepts(Channel.SMS, "event")).isFalse();
        assertThat(notifications.receiveSms(Actor.system(), new InboundSms(PhoneNumber.parse("+14155550100"), "START"))
                .outcome()).isEqualTo(SmsReply.Outcome.IGNORED);
        assertThatNamcException(() -> notifications.receiveSms(Actor.member(texter), new InboundSms(phone, "START")))
                .hasCode(ErrorCode.FORBIDDEN);
    }
}
