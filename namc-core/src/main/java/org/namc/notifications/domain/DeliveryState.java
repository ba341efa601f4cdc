package org.namc.notifications.domain;

/** Where a notification stands on one channel. */
public enum DeliveryState {
    /** In the outbox, due now or at a later time (scheduled, quiet hours). */
    PENDING,
    /** Held in the outbox until its digest window closes. */
    HELD_FOR_DIGEST,
    /** The channel accepted it. */
    DELIVERED,
    /** Not sent: the member opted out, or the channel was not asked for. */
    SKIPPED,
    /** Gave up after the last retry, or the channel refused it for good. */
    FAILED,
    /** It expired before it could be sent. */
    EXPIRED
}
