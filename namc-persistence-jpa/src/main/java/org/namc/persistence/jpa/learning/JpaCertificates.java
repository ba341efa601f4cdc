package org.namc.persistence.jpa.learning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.namc.learning.domain.Certificate;
import org.namc.learning.domain.CertificateContent;
import org.namc.learning.domain.CertificateFormat;
import org.namc.learning.domain.CertificateId;
import org.namc.learning.domain.CertificateNumber;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.VerificationCode;
import org.namc.learning.spi.Certificates;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * Certificates in {@code certificates}, unique per member and course, number and code by the
 * table's keys. Serials come from one database sequence per year
 * ({@code certificate_serial_<year>}): {@code nextval} is never rolled back, so a failed unit
 * leaves a gap but no serial is handed out twice. A year's sequence is created the first time
 * it is asked for, in a transaction of its own: created inside the caller's unit, a rollback
 * would drop it and the year would start again at 1.
 */
public final class JpaCertificates implements Certificates {
    private final JpaTransactions transactions;
    private final EntityManagerFactory entityManagerFactory;
    private final String schema;
    private final Set<Integer> yearsWithSequence = ConcurrentHashMap.newKeySet();

    /** @param schema the library's schema, already validated as a plain lower-case identifier */
    public JpaCertificates(JpaTransactions transactions, EntityManagerFactory entityManagerFactory, String schema) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    @Override
    public Certificate save(Certificate certificate) {
        return transactions.withEntityManager(em -> {
            CertificateJpaEntity row = RowWrites.saveVersioned(em,
                    em.find(CertificateJpaEntity.class, certificate.id().value()),
                    () -> newEntity(certificate), c -> {
                        // Only revocation changes after issue; the signed content never does.
                        c.revokedAt = certificate.revokedAt();
                        c.revocationReason = certificate.revocationReason();
                    }, c -> c.version, certificate.rowVersion(), "certificate " + certificate.id());
            return certificate.atRowVersion(row.version);
        });
    }

    @Override
    public Optional<Certificate> findById(CertificateId id) {
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(CertificateJpaEntity.class, id.value())).map(JpaCertificates::toDomain));
    }

    @Override
    public Optional<Certificate> findByCode(VerificationCode code) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select c from CertificateJpaEntity c where c.verificationCode = :code",
                        CertificateJpaEntity.class)
                .setParameter("code", code.value())
                .getResultStream()
                .findFirst()
                .map(JpaCertificates::toDomain));
    }

    @Override
    public Optional<Certificate> find(MemberId member, CourseId course) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select c from CertificateJpaEntity c where c.userId = :member and c.courseId = :course",
                        CertificateJpaEntity.class)
                .setParameter("member", member.value())
                .setParameter("course", course.value())
                .getResultStream()
                .findFirst()
                .map(JpaCertificates::toDomain));
    }

    @Override
    public long nextSerial(int year) {
        if (year < 1 || year > 9999) {
            throw NamcException.invalid("year", "range", "must be between 1 and 9999");
        }
        String sequence = schema + ".certificate_serial_" + year;
        if (!yearsWithSequence.contains(year)) {
            createSequence(sequence);
            yearsWithSequence.add(year);
        }
        return transactions.withEntityManager(em -> ((Number) em.createNativeQuery("select nextval(:sequence)")
                .setParameter("sequence", sequence)
                .getSingleResult()).longValue());
    }

    /** Creates the sequence, committed on its own connection whatever becomes of the caller's unit. */
    private void createSequence(String sequence) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            // A concurrent creator makes this wait, then find the sequence there.
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:sequence))")
                    .setParameter("sequence", sequence).getSingleResult();
            em.createNativeQuery("create sequence if not exists " + sequence + " minvalue 1").executeUpdate();
            transaction.commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static CertificateJpaEntity newEntity(Certificate certificate) {
        CertificateContent content = certificate.content();
        CertificateJpaEntity e = new CertificateJpaEntity();
        e.id = certificate.id().value();
        e.userId = content.memberId().value();
        e.courseId = content.courseId().value();
        e.certificateNumber = content.number().value();
        e.verificationCode = certificate.verificationCode().value();
        e.recipientName = content.recipientName();
        e.courseTitle = content.courseTitle();
        e.completedOn = content.completedOn();
        e.finalScore = content.finalScore();
        e.issuedAt = content.issuedAt();
        e.expiresAt = content.expiresAt();
        e.certificateHash = certificate.contentHash();
        e.signature = certificate.signature();
        e.signingKeyId = certificate.signingKeyId();
        e.contentFormat = (short) content.format().version();
        e.completionTime = certificate.completionMinutes();
        return e;
    }

    private static Certificate toDomain(CertificateJpaEntity e) {
        CertificateContent content = new CertificateContent(new CertificateNumber(e.certificateNumber),
                new MemberId(e.userId), e.recipientName, new CourseId(e.courseId), e.courseTitle, e.completedOn,
                e.finalScore, e.issuedAt, e.expiresAt, CertificateFormat.ofVersion(e.contentFormat));
        return Certificate.restore(new CertificateId(e.id), content, new VerificationCode(e.verificationCode),
                e.certificateHash, e.signature, e.signingKeyId, e.completionTime, e.revokedAt, e.revocationReason,
                e.version);
    }
}
