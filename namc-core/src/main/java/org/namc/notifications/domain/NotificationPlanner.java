package org.namc.notifications.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides what actually goes out, channel by channel, in this order: an expired notification
 * and a duplicate (same deduplication key) go nowhere; a channel the member switched off, for
 * everything or for the category, is skipped unless the type is critical; in-app is shown at
 * the due time; a digest category is held to the end of its window; quiet hours in the
 * member's time zone push the rest to when they end. Critical types ignore digests and quiet
 * hours too. Pure: the same inputs always give the same plan, so a dry run shows exactly what
 * sending would do.
 */
public final class NotificationPlanner {
    private NotificationPlanner() {
    }

    /**
     * @param duplicateOf the notification already sent under the same deduplication key, if any
     */
    public static DeliveryPlan plan(Notification notification, DeliveryPreferences preferences, Instant now,
                                    @Nullable NotificationId duplicateOf) {
        return plan(notification, preferences, now, duplicateOf, Set.of());
    }

    /**
     * @param unreachable channels whose current address was rejected for good (see
     *                    {@link DeliveryPreferences#isUndeliverable}): skipped, even for critical types,
     *                    as sending there cannot arrive
     */
    public static DeliveryPlan plan(Notification notification, DeliveryPreferences preferences, Instant now,
                                    @Nullable NotificationId duplicateOf, Set<Channel> unreachable) {
        List<ChannelDecision> decisions = new ArrayList<>();
        for (Channel channel : notification.channelList()) {
            decisions.add(decide(channel, notification, preferences, now, duplicateOf, unreachable));
        }
        return new DeliveryPlan(decisions);
    }

    private static ChannelDecision decide(Channel channel, Notification n, DeliveryPreferences prefs, Instant now,
                                          @Nullable NotificationId duplicateOf, Set<Channel> unreachable) {
        if (n.isExpiredAt(now)) {
            return new ChannelDecision.Skip(channel, "expired at " + n.expiresAt());
        }
        if (duplicateOf != null) {
            return new ChannelDecision.Skip(channel, "duplicate of notification " + duplicateOf + " (key "
                    + n.dedupKey() + ")");
        }
        if (unreachable.contains(channel)) {
            return new ChannelDecision.Skip(channel, "the member's " + channel + " address was rejected as undeliverable");
        }
        boolean critical = n.isCritical();
        boolean accepted = prefs.accepts(channel, n.category());
        if (!accepted && !critical) {
            return new ChannelDecision.Skip(channel, "member opted out of " + channel + " for " + n.category());
        }
        Instant due = n.dueAt().isAfter(now) ? n.dueAt() : now;
        String because = critical ? (accepted ? "critical " + n.type() : "critical " + n.type() + " bypasses the opt-out")
                : (due.equals(now) ? "due now" : "scheduled for " + due);
        if (channel == Channel.IN_APP || critical) {
            return new ChannelDecision.Send(channel, due, because);
        }
        if (prefs.digests(n.category())) {
            Instant windowEnd = prefs.digestWindowEnd(due);
            Instant at = prefs.nextAllowed(windowEnd);
            return new ChannelDecision.Digest(channel, at, "bundled with other " + n.category() + " alerts until "
                    + windowEnd + (at.equals(windowEnd) ? "" : ", then held for quiet hours " + prefs.quietHours()
                    + " " + prefs.timeZone()));
        }
        if (prefs.isQuietAt(due)) {
            return new ChannelDecision.Send(channel, prefs.nextAllowed(due), "held for quiet hours "
                    + prefs.quietHours() + " " + prefs.timeZone());
        }
        return new ChannelDecision.Send(channel, due, because);
    }
}
