package org.namc.testing.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.notifications.spi.Outbox;

/** The outbox in memory. */
public final class InMemoryOutbox implements Outbox {
    private final InMemoryTable<UUID, OutboxEntry> table;

    public InMemoryOutbox(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public void save(OutboxEntry entry) {
        table.put(entry.id(), entry);
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        List<OutboxEntry> due = table.where(e -> e.isDueAt(now));
        due.sort(Comparator.comparing(OutboxEntry::releaseAt).thenComparing(OutboxEntry::createdAt)
                .thenComparing(e -> e.id().toString()));
        return OutboxEntry.firstWholeGroups(due, limit);
    }

    @Override
    public Optional<OutboxEntry> findById(UUID id) {
        return table.get(id);
    }

    @Override
    public List<OutboxEntry> forNotification(NotificationId notification) {
        List<OutboxEntry> found = table.where(e -> e.notificationId().equals(notification));
        found.sort(Comparator.comparing(OutboxEntry::createdAt).thenComparing(e -> e.channel()));
        return found;
    }

    /** Everything in the outbox, for tests. */
    public List<OutboxEntry> all() {
        return List.copyOf(table.all());
    }
}
