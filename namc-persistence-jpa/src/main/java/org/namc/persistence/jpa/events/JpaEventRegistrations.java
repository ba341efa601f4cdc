package org.namc.persistence.jpa.events;

import org.namc.shared.domain.CommonRefusal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.namc.events.domain.EventId;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationCounts;
import org.namc.events.domain.RegistrationId;
import org.namc.events.domain.RegistrationStatus;
import org.namc.events.spi.EventRegistrations;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Registrations in {@code event_registrations}: optimistic versions, and the unique
 * (event, member) pair and payment id of the table answer {@code CONFLICT}. Capacity is kept by
 * {@link JpaEvents}: the event's row lock serialises the units that change its registrations.
 */
public final class JpaEventRegistrations implements EventRegistrations {
    private static final List<RegistrationStatus> SEATED = Arrays.stream(RegistrationStatus.values())
            .filter(RegistrationStatus::holdsSeat).toList();

    private final JpaTransactions transactions;

    public JpaEventRegistrations(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Registration save(Registration registration) {
        return transactions.withEntityManager(em -> {
            RegistrationJpaEntity entity = em.find(RegistrationJpaEntity.class, registration.id().value());
            if (entity == null ? registration.version() != 0 : entity.version != registration.version()) {
                throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "registration " + registration.id() + " was changed concurrently");
            }
            if (entity == null) {
                entity = RegistrationMapper.newEntity(registration);
                em.persist(entity);
            } else {
                RegistrationMapper.copyInto(registration, entity);
            }
            em.flush(); // a second registration of the member surfaces from save itself, not at commit
            return registration.atVersion(entity.version);
        });
    }

    @Override
    public Optional<Registration> findById(RegistrationId id) {
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(RegistrationJpaEntity.class, id.value())).map(RegistrationMapper::toDomain));
    }

    @Override
    public Optional<Registration> find(EventId event, MemberId member) {
        return first(em -> em.createQuery("select r from RegistrationJpaEntity r where r.eventId = :event"
                        + " and r.userId = :member", RegistrationJpaEntity.class)
                .setParameter("event", event.value()).setParameter("member", member.value()));
    }

    @Override
    public Optional<Registration> findByPaymentId(String paymentId) {
        return first(em -> em.createQuery("select r from RegistrationJpaEntity r where r.paymentId = :payment",
                RegistrationJpaEntity.class).setParameter("payment", paymentId));
    }

    @Override
    public RegistrationCounts countsFor(EventId event) {
        return transactions.withEntityManager(em -> {
            Object[] counts = em.createQuery("""
                            select count(case when r.status in :seated then 1 end),
                                   count(case when r.attended = true then 1 end),
                                   count(case when r.status = :waitlisted then 1 end)
                            from RegistrationJpaEntity r where r.eventId = :event""", Object[].class)
                    .setParameter("seated", SEATED).setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                    .setParameter("event", event.value()).getSingleResult();
            return new RegistrationCounts(Math.toIntExact((Long) counts[0]), Math.toIntExact((Long) counts[1]),
                    Math.toIntExact((Long) counts[2]));
        });
    }

    @Override
    public Optional<Registration> nextWaitlisted(EventId event) {
        return first(em -> em.createQuery("select r from RegistrationJpaEntity r where r.eventId = :event"
                        + " and r.status = :waitlisted order by r.waitlistTicket, r.id", RegistrationJpaEntity.class)
                .setParameter("event", event.value()).setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setMaxResults(1));
    }

    @Override
    public List<Registration> expiredHolds(EventId event, Instant now) {
        return transactions.withEntityManager(em -> em.createQuery("select r from RegistrationJpaEntity r"
                        + " where r.eventId = :event and r.status = :pending and r.holdExpiresAt <= :now"
                        + " order by r.holdExpiresAt, r.id", RegistrationJpaEntity.class)
                .setParameter("event", event.value()).setParameter("pending", RegistrationStatus.PENDING_PAYMENT)
                .setParameter("now", now).getResultStream().map(RegistrationMapper::toDomain).toList());
    }

    @Override
    public Page<Registration> forEvent(EventId event, PageRequest page) {
        return page(" where r.eventId = :event", "r.registrationDate, r.id", "event", event.value(), page);
    }

    @Override
    public Page<Registration> forMember(MemberId member, PageRequest page) {
        return page(" where r.userId = :member", "r.registrationDate desc, r.id", "member", member.value(), page);
    }

    private Optional<Registration> first(Function<EntityManager, TypedQuery<RegistrationJpaEntity>> query) {
        return transactions.withEntityManager(em ->
                query.apply(em).getResultStream().findFirst().map(RegistrationMapper::toDomain));
    }

    /** One page and the total, in two statements whatever the page holds. */
    private Page<Registration> page(String where, String order, String parameter, Object value, PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(r) from RegistrationJpaEntity r" + where, Long.class)
                        .setParameter(parameter, value),
                em.createQuery("select r from RegistrationJpaEntity r" + where + " order by " + order,
                                RegistrationJpaEntity.class)
                        .setParameter(parameter, value),
                page, RegistrationMapper::toDomain));
    }
}
