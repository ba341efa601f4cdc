package org.namc.persistence.jpa.events;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.Visibility;
import org.namc.events.spi.Events;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Events in the {@code events} table.
 *
 * <p>Concurrency: inside a unit of work {@link #findById} locks the row until the unit ends. Every
 * registration change loads its event first and saves it (with recounted counters) last, so
 * concurrent registrations for one event queue up on that lock and each counts the seats the
 * previous one left: capacity and waiting list stay exact without a unit failing and retrying.
 * The version check stays for events read outside a unit and saved later.
 */
public final class JpaEvents implements Events {
    private final JpaTransactions transactions;

    public JpaEvents(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Event save(Event event) {
        return transactions.withEntityManager(em -> event.atVersion(RowWrites.saveVersioned(em,
                EventJpaEntity.class, event.id().value(), event.version(), "event " + event.id(),
                () -> new EventJpaEntity(event.id().value(), event.createdBy().value(), event.createdAt()),
                row -> EventMapper.copyInto(event, row))));
    }

    @Override
    public Optional<Event> findById(EventId id) {
        LockModeType lock = transactions.lockForChange();
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(EventJpaEntity.class, id.value(), lock))
                        .filter(entity -> entity.deletedAt == null)
                        .map(EventMapper::toDomain));
    }

    @Override
    public Page<Event> startingFrom(Instant from, Set<EventStatus> statuses, Set<Visibility> visibilities,
                                    PageRequest page) {
        if (statuses.isEmpty() || visibilities.isEmpty()) {
            return new Page<>(List.of(), page, 0);
        }
        String where = " from EventJpaEntity e where e.startDate >= :from and e.status in :statuses"
                + " and e.visibility in :visibilities and e.deletedAt is null";
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(e)" + where, Long.class).setParameter("from", from)
                        .setParameter("statuses", statuses).setParameter("visibilities", visibilities),
                em.createQuery("select e" + where + " order by e.startDate, e.id", EventJpaEntity.class)
                        .setParameter("from", from).setParameter("statuses", statuses)
                        .setParameter("visibilities", visibilities),
                page, EventMapper::toDomain));
    }
}
