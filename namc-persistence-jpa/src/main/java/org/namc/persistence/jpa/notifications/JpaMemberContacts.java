package org.namc.persistence.jpa.notifications;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.spi.MemberContacts;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PhoneNumber;

/** Members' email and phone, read from {@code users} (deleted members have none). */
public final class JpaMemberContacts implements MemberContacts {
    private final JpaTransactions transactions;

    public JpaMemberContacts(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Optional<ContactPoints> find(MemberId member) {
        return transactions.withEntityManager(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select first_name, last_name, email, phone from users
                            where id = :id and deleted_at is null""")
                    .setParameter("id", member.value()).getResultList();
            return rows.stream().findFirst().map(r -> new ContactPoints(member, r[0] + " " + r[1],
                    new EmailAddress((String) r[2]), r[3] == null ? null : new PhoneNumber((String) r[3])));
        });
    }

    @Override
    public Optional<MemberId> findByPhone(PhoneNumber phone) {
        return transactions.withEntityManager(em -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("select id from users where phone = :phone and deleted_at is null "
                            + "limit 2", UUID.class)
                    .setParameter("phone", phone.e164()).getResultList();
            return ids.size() == 1 ? Optional.of(new MemberId(ids.get(0))) : Optional.empty();
        });
    }
}
