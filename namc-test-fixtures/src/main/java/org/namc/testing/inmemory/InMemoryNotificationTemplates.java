package org.namc.testing.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.spi.NotificationTemplates;

/** Templates in memory, one per name and locale. */
public final class InMemoryNotificationTemplates implements NotificationTemplates {
    private record Key(String name, String locale) {
    }

    private final InMemoryTable<Key, NotificationTemplate> table;

    public InMemoryNotificationTemplates(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public void save(NotificationTemplate template) {
        table.put(new Key(template.name(), template.locale()), template);
    }

    @Override
    public Optional<NotificationTemplate> find(String name, String locale) {
        return table.get(new Key(name, locale));
    }

    @Override
    public List<NotificationTemplate> versionsOf(String name) {
        List<NotificationTemplate> found = table.where(t -> t.name().equals(name));
        found.sort(Comparator.comparing(NotificationTemplate::locale));
        return found;
    }
}
