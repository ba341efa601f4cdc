package org.namc.persistence.jpa.notifications;

import org.jspecify.annotations.Nullable;

/**
 * One channel's entry in {@code notifications.delivery_status}, keyed by channel:
 * {@code {"EMAIL": {"state": "PENDING", "attempts": 2, "at": "2026-02-01T10:01:00Z", "detail": "timeout"}}}.
 * The instant is ISO-8601 text, exact to the nanosecond, as the mapper has no java.time module.
 */
record ChannelDeliveryJson(String state, int attempts, @Nullable String at, @Nullable String detail) {
}
