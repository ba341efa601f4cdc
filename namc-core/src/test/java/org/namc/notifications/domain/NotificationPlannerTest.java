package org.namc.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.MemberId;

class NotificationPlannerTest {
    private static final Instant NOW = Instant.parse("2026-01-16T17:05:00Z");
    private static final MemberId MARIA = new MemberId(new UUID(7, 1));

    private static Notification notification(NotificationType type, String category, @Nullable Instant scheduled) {
        return new Notification(new NotificationId(new UUID(9, 9)), MARIA, type, "T", "M",
                EnumSet.of(Channel.IN_APP, Channel.EMAIL, Channel.PUSH), Priority.NORMAL, category, Map.of(), null, null,
                scheduled, null, null, null, null, NOW, null, Map.of());
    }

    private static DeliveryPreferences prefs(@Nullable QuietHours quiet) {
        return new DeliveryPreferences(MARIA, ZoneId.of("America/Los_Angeles"), "en-US", EnumSet.of(Channel.PUSH),
                Map.of(), Set.of("project"), Duration.ofHours(1), quiet);
    }

    @Test
    void aDigestCategoryIsHeldToTheEndOfItsWindowAndInAppShowsAtOnce() {
        DeliveryPlan plan = NotificationPlanner.plan(notification(NotificationType.PROJECT, "project", null), prefs(null),
                NOW, null);

        assertThat(plan.on(Channel.IN_APP).orElseThrow()).isEqualTo(new ChannelDecision.Send(Channel.IN_APP, NOW,
                "due now"));
        assertThat(plan.on(Channel.EMAIL).orElseThrow()).isInstanceOfSatisfying(ChannelDecision.Digest.class,
                d -> assertThat(d.at()).isEqualTo(Instant.parse("2026-01-16T18:00:00Z")));
        assertThat(plan.on(Channel.PUSH).orElseThrow()).isInstanceOfSatisfying(ChannelDecision.Skip.class,
                s -> assertThat(s.reason()).isEqualTo("member opted out of PUSH for project"));
        assertThat(plan.toString()).contains("EMAIL: digest at 2026-01-16T18:00:00Z");
    }

    @Test
    void aScheduledNotificationWaitsAndQuietHoursPushItToTheirEnd() {
        Instant tenPmLocal = Instant.parse("2026-01-17T06:00:00Z");
        DeliveryPlan plan = NotificationPlanner.plan(notification(NotificationType.EVENT, "event", tenPmLocal),
                prefs(QuietHours.between("21:00", "08:00")), NOW, null);

        assertThat(plan.on(Channel.IN_APP).orElseThrow()).isInstanceOfSatisfying(ChannelDecision.Send.class,
                s -> assertThat(s.at()).isEqualTo(tenPmLocal));
        assertThat(plan.on(Channel.EMAIL).orElseThrow()).isInstanceOfSatisfying(ChannelDecision.Send.class, s -> {
            assertThat(s.at()).isEqualTo(Instant.parse("2026-01-17T16:00:00Z"));
            assertThat(s.reason()).contains("quiet hours");
        });
    }

    @Test
    void aSecurityAlertIgnoresOptOutsDigestsAndQuietHours() {
        DeliveryPlan plan = NotificationPlanner.plan(notification(NotificationType.SECURITY, "project", null),
                prefs(QuietHours.between("00:00", "23:59")), NOW, null);

        assertThat(plan.decisions()).allSatisfy(d -> assertThat(d).isInstanceOfSatisfying(ChannelDecision.Send.class,
                s -> assertThat(s.at()).isEqualTo(NOW)));
    }

    @Test
    void anExpiredNotificationGoesNowhere() {
        Notification n = notification(NotificationType.EVENT, "event", null);
        Notification expired = new Notification(n.id(), MARIA, n.type(), n.title(), n.message(), n.channels(),
                n.priority(), n.category(), n.data(), null, null, null, NOW, null, null, null, NOW, null, Map.of());

        assertThat(NotificationPlanner.plan(expired, prefs(null), NOW, null).sendsAnything()).isFalse();
    }

    @Test
    void aChannelWhoseAddressWasRejectedIsSkippedEvenForASecurityAlert() {
        DeliveryPreferences marked = prefs(null).withUndeliverable(Channel.EMAIL, "maria@example.com");

        for (NotificationType type : new NotificationType[] {NotificationType.EVENT, NotificationType.SECURITY}) {
            DeliveryPlan plan = NotificationPlanner.plan(notification(type, "event", null), marked, NOW, null,
                    EnumSet.of(Channel.EMAIL));
            assertThat(plan.on(Channel.EMAIL).orElseThrow()).isInstanceOfSatisfying(ChannelDecision.Skip.class,
                    s -> assertThat(s.reason()).contains("undeliverable"));
            assertThat(plan.on(Channel.IN_APP).orElseThrow()).isInstanceOf(ChannelDecision.Send.class);
        }
    }

    @Test
    void anUndeliverableMarkHoldsOnlyWhileTheAddressIsTheRejectedOne() {
        DeliveryPreferences marked = prefs(null).withUndeliverable(Channel.EMAIL, "Maria@Example.com");

        assertThat(marked.isUndeliverable(Channel.EMAIL, "maria@example.com")).isTrue();
        assertThat(marked.isUndeliverable(Channel.EMAIL, "maria.new@example.com")).isFalse();
        assertThat(marked.isUndeliverable(Channel.EMAIL, null)).isFalse();
        assertThat(marked.isUndeliverable(Channel.SMS, "maria@example.com")).isFalse();
        assertThat(marked.withChannel(Channel.SMS, true).undeliverable()).isEqualTo(marked.undeliverable());
        assertThat(marked.withCategoryChannelOff("event", Channel.EMAIL).accepts(Channel.EMAIL, "event")).isFalse();
        assertThat(marked.withCategoryChannelOff("event", Channel.EMAIL).accepts(Channel.EMAIL, "project")).isTrue();
    }
}
