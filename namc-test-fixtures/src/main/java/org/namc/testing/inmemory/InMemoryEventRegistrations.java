package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    public InMemoryEventRegistrations(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Registration save(Registration registration) {
        Optional<Registration> stored = table.get(registration.id());
        if (stored.isPresent() ? stored.get().version() != registration.version() : registration.version() != 0) {
            throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "registration " + registration.id() + " was changed concurrently");
        }
        boolean duplicate = !table.where(r -> r.eventId().equals(registration.eventId())
                && r.memberId().equals(registration.memberId()) && !r.id().equals(registration.id())).isEmpty();
        if (duplicate) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "member " + registration.memberId() + " already has a registration for event "
                    + registration.eventId());
        }
        Registration saved = registration.atVersion(stored.map(s -> s.version() + 1).orElse(0L));
        table.put(registration.id(), saved);
        return saved;
    }

    @Override
    public Optional<Registration> findById(RegistrationId id) {
        return table.get(id);
    }

    @Override
    public Optional<Registration> find(EventId event, MemberId member) {
        return table.where(r -> r.eventId().equals(event) && r.memberId().equals(member)).stream().findFirst();
    }

    @Override
    public Optional<Registration> findByPaymentId(String paymentId) {
        return table.where(r -> paymentId.equals(r.paymentId())).stream().findFirst();
    }

    @Override
    public RegistrationCounts countsFor(EventId event) {
        List<Registration> all = table.where(r -> r.eventId().equals(event));
        return new RegistrationCounts((int) all.stream().filter(Registration::holdsSeat).count(),
                (int) all.stream().filter(Registration::attended).count(),
                (int) all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count());
    }

    @Override
    public Optional<Registration> nextWaitlisted(EventId event) {
        return table.where(r -> r.eventId().equals(event) && r.status() == RegistrationStatus.WAITLISTED).stream()
                .min(Comparator.comparing(Registration::waitlistTicket));
    }

    @Override
    public List<Registration> expiredHolds(EventId event, Instant now) {
        return table.where(r -> r.eventId().equals(event) && r.isHoldExpiredAt(now)).stream()
                .sorted(Comparator.comparing(Registration::holdExpiresAt)).toList();
    }

    @Override
    public Page<Registration> forEvent(EventId event, PageRequest page) {
        List<Registration> found = table.where(r -> r.eventId().equals(event));
        found.sort(Comparator.comparing(Registration::registeredAt).thenComparing(r -> r.id().value()));
        return Page.slice(found, page);
    }

    @Override
    public Page<Registration> forMember(MemberId member, PageRequest page) {
        List<Registration> found = table.where(r -> r.memberId().equals(member));
        found.sort(Comparator.comparing(Registration::registeredAt).reversed().thenComparing(r -> r.id().value()));
        return Page.slice(found, page);
    }
}
