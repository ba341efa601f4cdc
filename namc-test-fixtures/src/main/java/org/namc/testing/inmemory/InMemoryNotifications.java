package org.namc.testing.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.spi.Notifications;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Notifications in memory. */
public final class InMemoryNotifications implements Notifications {
    private static final Comparator<Notification> NEWEST_FIRST = Comparator.comparing(Notification::dueAt)
            .thenComparing(Notification::createdAt).thenComparing(n -> n.id().value()).reversed();

    private final InMemoryTable<NotificationId, Notification> table;

    public InMemoryNotifications(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public void save(Notification notification) {
        table.put(notification.id(), notification);
    }

    @Override
    public Optional<Notification> findById(NotificationId id) {
        return table.get(id);
    }

    @Override
    public Optional<Notification> findByDedupKey(MemberId recipient, String dedupKey, Instant since) {
        return table.where(n -> n.recipient().equals(recipient) && dedupKey.equals(n.dedupKey())
                && !n.createdAt().isBefore(since)).stream().max(Comparator.comparing(Notification::createdAt));
    }

    @Override
    public Page<Notification> inbox(MemberId recipient, Instant now, PageRequest page) {
        List<Notification> found = table.where(n -> n.recipient().equals(recipient) && n.isVisibleAt(now));
        found.sort(NEWEST_FIRST);
        return Page.slice(found, page);
    }

    @Override
    public long unreadCount(MemberId recipient, Instant now) {
        return table.where(n -> n.recipient().equals(recipient) && n.isVisibleAt(now) && !n.isRead()).size();
    }

    /** Everything stored, for tests. */
    public List<Notification> all() {
        return List.copyOf(table.all());
    }
}
