package org.namc.notifications.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.OutboxEntry;

/**
 * Deliveries waiting to go out. Entries are written in the unit of work that created their
 * notification; the dispatcher updates each after trying it.
 */
public interface Outbox {

    /** Inserts or replaces by id. */
    void save(OutboxEntry entry);

    /**
     * Pending entries due at {@code now} (next attempt not after it), oldest release first,
     * at most {@code limit} of them; entries of one digest group are never split by the limit.
     * Concurrent units of work never both receive an entry: one that another unit holds is
     * skipped, not waited for (the dispatcher claims what it receives before its unit ends).
     */
    List<OutboxEntry> due(Instant now, int limit);

    Optional<OutboxEntry> findById(UUID id);

    /** Every entry of the notification, any status. */
    List<OutboxEntry> forNotification(NotificationId notification);
}
