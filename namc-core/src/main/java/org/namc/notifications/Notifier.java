package org.namc.notifications;

/**
 * How other contexts notify members from inside their own use cases: the notification and its
 * outbox entries join the caller's unit of work, so they commit with the change that caused
 * them, or not at all. It checks no permission: the calling use case already did.
 */
public interface Notifier {

    NotifyResult enqueue(NotifyMember request);
}
