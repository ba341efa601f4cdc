package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.namc.learning.domain.Certificate;
import org.namc.learning.domain.CertificateId;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.VerificationCode;
import org.namc.learning.spi.Certificates;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * Certificates in memory, unique per member and course, number and code. Serials come from a
 * counter per year outside the transaction journal, like a database sequence: a rolled-back
 * unit leaves a gap but no serial is ever handed out twice.
 */
public final class InMemoryCertificates implements Certificates {
    private final InMemoryTable<CertificateId, Certificate> table;
    private final ConcurrentHashMap<Integer, AtomicLong> serials = new ConcurrentHashMap<>();

    public InMemoryCertificates(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Certificate save(Certificate certificate) {
        Optional<Certificate> stored = table.get(certificate.id());
        long next = InMemoryTable.nextVersion(stored, certificate.rowVersion(), Certificate::rowVersion,
                "certificate " + certificate.id());
        boolean clash = !table.where(c -> !c.id().equals(certificate.id())
                && (c.content().memberId().equals(certificate.content().memberId())
                && c.content().courseId().equals(certificate.content().courseId())
                || c.content().number().equals(certificate.content().number())
                || c.verificationCode().equals(certificate.verificationCode()))).isEmpty();
        if (clash) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "a certificate with the same member and course, number or code exists");
        }
        Certificate saved = certificate.atRowVersion(next);
        table.put(certificate.id(), saved);
        return saved;
    }

    @Override
    public Optional<Certificate> findById(CertificateId id) {
        return table.get(id);
    }

    @Override
    public Optional<Certificate> findByCode(VerificationCode code) {
        return table.where(c -> c.verificationCode().equals(code)).stream().findFirst();
    }

    @Override
    public Optional<Certificate> find(MemberId member, CourseId course) {
        return table.where(c -> c.content().memberId().equals(member) && c.content().courseId().equals(course))
                .stream().findFirst();
    }

    @Override
    public long nextSerial(int year) {
        return serials.computeIfAbsent(year, y -> new AtomicLong()).incrementAndGet();
    }
}
