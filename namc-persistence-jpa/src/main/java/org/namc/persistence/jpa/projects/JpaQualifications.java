package org.namc.persistence.jpa.projects;

import jakarta.persistence.LockModeType;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Contractor qualifications in {@code contractor_qualifications}, one row per member. */
public final class JpaQualifications implements Qualifications {
    private final JpaTransactions transactions;

    public JpaQualifications(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public ContractorQualifications save(ContractorQualifications qualifications) {
        return transactions.withEntityManager(em -> {
            QualificationsJpaEntity stored = em.find(QualificationsJpaEntity.class,
                    qualifications.memberId().value(), LockModeType.PESSIMISTIC_WRITE);
            if (stored == null) {
                QualificationsJpaEntity created = new QualificationsJpaEntity(qualifications.memberId().value());
                copyInto(qualifications, created);
                em.persist(created);
                RowWrites.flush(em);
                return qualifications.atVersion(0);
            }
            stored.version = RowWrites.nextVersion(stored.version, qualifications.version(),
                    "the qualifications of member " + qualifications.memberId());
            copyInto(qualifications, stored);
            RowWrites.flush(em);
            return qualifications.atVersion(stored.version);
        });
    }

    @Override
    public Optional<ContractorQualifications> find(MemberId member) {
        return transactions.withEntityManager(em -> Optional.ofNullable(
                em.find(QualificationsJpaEntity.class, member.value())).map(JpaQualifications::toDomain));
    }

    @Override
    public Page<ContractorQualifications> list(PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(q) from QualificationsJpaEntity q", Long.class),
                em.createQuery("select q from QualificationsJpaEntity q order by q.memberId",
                        QualificationsJpaEntity.class),
                page, JpaQualifications::toDomain));
    }

    private static void copyInto(ContractorQualifications q, QualificationsJpaEntity entity) {
        entity.yearsOfExperience = q.yearsOfExperience();
        Money bonding = q.bondingCapacity();
        entity.bondingCapacity = bonding == null ? null : bonding.amount();
        entity.bondingCurrency = bonding == null ? null : bonding.currency().getCurrencyCode();
        entity.insurance = q.insurance().stream().map(InsuranceJson::of).toList();
        entity.updatedAt = q.updatedAt();
    }

    static ContractorQualifications toDomain(QualificationsJpaEntity e) {
        Money bonding = e.bondingCapacity == null || e.bondingCurrency == null ? null
                : Money.of(e.bondingCapacity, Currency.getInstance(e.bondingCurrency));
        return new ContractorQualifications(new MemberId(e.memberId), e.yearsOfExperience, bonding,
                e.insurance.stream().map(InsuranceJson::toCoverage).toList(), e.updatedAt, e.version);
    }
}
