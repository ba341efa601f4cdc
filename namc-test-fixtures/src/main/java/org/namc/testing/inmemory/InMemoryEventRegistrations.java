package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.namc.events.domain.EventId;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationCounts;
import org.namc.events.domain.RegistrationId;
import org.namc.events.domain.RegistrationStatus;
import org.namc.events.spi.EventRegistrations;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Registrations in memory, with the version check and the (event, member) uniqueness of the database. */
public final class InMemoryEventRegistrations implements EventRegistrations {
    private final InMemoryTable<RegistrationId, Registration> table;
    /**
     * Registrations by event, then member: the keys every registration looks up, so a busy event
     * does not scan everyone's registrations. Entries are only added; one whose row a rollback
     * removed is skipped on reading, and replaced when the member registers again.
     */
    private final Map<EventId, Map<MemberId, RegistrationId>> byEvent = new ConcurrentHashMap<>();

    public InMemoryEventRegistrations(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Registration save(Registration registration) {
        Optional<Registration> stored = table.get(registration.id());
        if (stored.isPresent() ? stored.get().version() != registration.version() : registration.version() != 0) {
            throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "registration " + registration.id() + " was changed concurrently");
        }
        boolean duplicate = find(registration.eventId(), registration.memberId())
                .filter(r -> !r.id().equals(registration.id())).isPresent();
        if (duplicate) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "member " + registration.memberId() + " already has a registration for event "
                    + registration.eventId());
        }
        Registration saved = registration.atVersion(stored.map(s -> s.version() + 1).orElse(0L));
        table.put(registration.id(), saved);
        byEvent.computeIfAbsent(saved.eventId(), e -> new ConcurrentHashMap<>()).put(saved.memberId(), saved.id());
        return saved;
    }

    @Override
    public Optional<Registration> findById(RegistrationId id) {
        return table.get(id);
    }

    @Override
    public Optional<Registration> find(EventId event, MemberId member) {
        RegistrationId id = byEvent.getOrDefault(event, Map.of()).get(member);
        return id == null ? Optional.empty() : table.get(id);
    }

    @Override
    public Optional<Registration> findByPaymentId(String paymentId) {
        return table.where(r -> paymentId.equals(r.paymentId())).stream().findFirst();
    }

    @Override
    public RegistrationCounts countsFor(EventId event) {
        List<Registration> all = ofEvent(event);
        return new RegistrationCounts((int) all.stream().filter(Registration::holdsSeat).count(),
                (int) all.stream().filter(Registration::attended).count(),
                (int) all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count());
    }

    @Override
    public Optional<Registration> nextWaitlisted(EventId event) {
        return ofEvent(event).stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .min(Comparator.comparing(Registration::waitlistTicket));
    }

    @Override
    public List<Registration> expiredHolds(EventId event, Instant now) {
        return ofEvent(event).stream().filter(r -> r.isHoldExpiredAt(now))
                .sorted(Comparator.comparing(Registration::holdExpiresAt)).toList();
    }

    @Override
    public Page<Registration> forEvent(EventId event, PageRequest page) {
        List<Registration> found = ofEvent(event);
        found.sort(Comparator.comparing(Registration::registeredAt).thenComparing(r -> r.id().value()));
        return Page.slice(found, page);
    }

    @Override
    public Page<Registration> forMember(MemberId member, PageRequest page) {
        List<Registration> found = table.where(r -> r.memberId().equals(member));
        found.sort(Comparator.comparing(Registration::registeredAt).reversed().thenComparing(r -> r.id().value()));
        return Page.slice(found, page);
    }

    /** The event's stored registrations, through the index. */
    private List<Registration> ofEvent(EventId event) {
        List<Registration> found = new ArrayList<>();
        for (RegistrationId id : byEvent.getOrDefault(event, Map.of()).values()) {
            table.get(id).ifPresent(found::add);
        }
        return found;
    }
}
