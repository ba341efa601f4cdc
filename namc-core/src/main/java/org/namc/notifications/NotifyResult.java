package org.namc.notifications;

import org.namc.notifications.domain.DeliveryPlan;
import org.namc.notifications.domain.NotificationId;

/** A notification was queued with its plan, or suppressed as a duplicate. */
public sealed interface NotifyResult {

    record Queued(NotificationId id, DeliveryPlan plan) implements NotifyResult {
    }

    /** An earlier notification with the same deduplication key stands; nothing new was stored. */
    record Suppressed(NotificationId existing, String reason) implements NotifyResult {
    }
}
