package org.namc.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.namc.shared.domain.MemberId;

class NotificationPlannerProperties {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final MemberId MARIA = new MemberId(new UUID(7, 1));
    private static final Set<String> CATEGORIES = Set.of("project", "event", "messages", "security", "billing");

    @Provide
    Arbitrary<DeliveryPreferences> preferences() {
        Arbitrary<Set<Channel>> channels = Arbitraries.subsetOf(Channel.values());
        Arbitrary<Map<String, Set<Channel>>> perCategory = Arbitraries.maps(Arbitraries.of(CATEGORIES), channels)
                .ofMaxSize(5);
        Arbitrary<QuietHours> quiet = Combinators.combine(Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(0, 23))
                .filter((a, b) -> !a.equals(b))
                .as((a, b) -> new QuietHours(LocalTime.of(a, 0), LocalTime.of(b, 30)));
        return Combinators.combine(Arbitraries.of("America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata", "UTC"),
                        channels, perCategory, Arbitraries.subsetOf(CATEGORIES),
                        Arbitraries.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(1)),
                        quiet.injectNull(0.4))
                .as((zone, off, offPer, digests, window, quietHours) -> new DeliveryPreferences(MARIA, ZoneId.of(zone),
                        "en-US", off, offPer, digests, window, quietHours));
    }

    @Provide
    Arbitrary<Notification> notifications() {
        return Combinators.combine(Arbitraries.of(NotificationType.class),
                        Arbitraries.subsetOf(Channel.values()).filter(s -> !s.isEmpty()),
                        Arbitraries.of(CATEGORIES), Arbitraries.longs().between(0, 7 * 86_400).injectNull(0.5),
                        Arbitraries.longs().between(0, 14 * 86_400).injectNull(0.5))
                .as((type, channels, category, scheduleAfter, expiresAfter) -> new Notification(
                        new NotificationId(new UUID(9, 9)), MARIA, type, "Title", "Message", EnumSet.copyOf(channels),
                        Priority.NORMAL, category, Map.of(), null, null,
                        scheduleAfter == null ? null : START.plusSeconds(scheduleAfter),
                        expiresAfter == null ? null : START.plusSeconds(expiresAfter), null, null, null, START, null,
                        Map.of()));
    }

    @Property
    void neverSendsOnAnOptedOutChannelExceptForCriticalTypes(@ForAll("notifications") Notification n,
                                                            @ForAll("preferences") DeliveryPreferences prefs) {
        DeliveryPlan plan = NotificationPlanner.plan(n, prefs, START, null);

        assertThat(plan.decisions()).extracting(ChannelDecision::channel).containsExactlyElementsOf(n.channelList());
        for (ChannelDecision d : plan.decisions()) {
            if (!(d instanceof ChannelDecision.Skip)) {
                assertThat(n.type().isCritical() || prefs.accepts(d.channel(), n.category()))
                        .as(d + " for " + n.type() + "/" + n.category() + " with " + prefs).isTrue();
            }
        }
    }

    @Property
    void criticalTypesGoOutOnEveryChannelAskedForUnlessExpired(@ForAll("notifications") Notification n,
                                                              @ForAll("preferences") DeliveryPreferences prefs) {
        DeliveryPlan plan = NotificationPlanner.plan(n, prefs, START, null);

        if (n.type().isCritical() && !n.isExpiredAt(START)) {
            assertThat(plan.decisions()).allSatisfy(d -> assertThat(d).isInstanceOf(ChannelDecision.Send.class));
        }
    }

    @Property
    void nothingIsPlannedBeforeItIsDueNorInsideQuietHoursExceptCriticalOrInApp(
            @ForAll("notifications") Notification n, @ForAll("preferences") DeliveryPreferences prefs) {
        DeliveryPlan plan = NotificationPlanner.plan(n, prefs, START, null);

        for (ChannelDecision d : plan.decisions()) {
            Instant at = d instanceof ChannelDecision.Send s ? s.at()
                    : d instanceof ChannelDecision.Digest g ? g.at() : null;
            if (at == null) {
                continue;
            }
            assertThat(at).isAfterOrEqualTo(n.dueAt()).isAfterOrEqualTo(START);
            if (!n.type().isCritical() && d.channel() != Channel.IN_APP) {
                assertThat(prefs.isQuietAt(at)).as(d + " with quiet hours " + prefs.quietHours()).isFalse();
            }
        }
    }

    @Property
    void aDuplicateGoesNowhere(@ForAll("notifications") Notification n, @ForAll("preferences") DeliveryPreferences prefs) {
        DeliveryPlan plan = NotificationPlanner.plan(n, prefs, START, new NotificationId(new UUID(1, 1)));

        assertThat(plan.sendsAnything()).isFalse();
    }
}
