package org.namc.notifications.spi;

import java.time.Instant;
import java.util.Optional;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** The notifications store. */
public interface Notifications {

    /** Inserts or replaces by id. */
    void save(Notification notification);

    Optional<Notification> findById(NotificationId id);

    /** The latest notification to the member with this deduplication key created at or after {@code since}. */
    Optional<Notification> findByDedupKey(MemberId recipient, String dedupKey, Instant since);

    /** The member's in-app notifications visible at {@code now} (due, not expired), newest first. */
    Page<Notification> inbox(MemberId recipient, Instant now, PageRequest page);

    /** How many of those are unread. */
    long unreadCount(MemberId recipient, Instant now);
}
