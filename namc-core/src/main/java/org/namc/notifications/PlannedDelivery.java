package org.namc.notifications;

import java.time.Instant;
import java.util.List;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.NotificationId;
import org.namc.shared.domain.MemberId;

/** One message a dispatch would send: to whom, where, what, carrying which notifications. */
public record PlannedDelivery(MemberId recipient, Channel channel, String subject, String body,
                              List<NotificationId> sources, int attempt, Instant releasedAt) {
    public PlannedDelivery {
        sources = List.copyOf(sources);
    }

    public boolean isDigest() {
        return sources.size() > 1;
    }
}
