package org.namc.learning.spi;

import java.util.Optional;
import org.namc.learning.domain.Certificate;
import org.namc.learning.domain.CertificateId;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.VerificationCode;
import org.namc.shared.domain.MemberId;

/** Issued certificates. */
public interface Certificates {

    /**
     * Inserts (row version 0) or updates when the row version matches, returning the
     * certificate at its new row version. Fails with {@code CONFLICT} on a stale row version,
     * or when another certificate has the same member and course, number or verification code.
     */
    Certificate save(Certificate certificate);

    Optional<Certificate> findById(CertificateId id);

    Optional<Certificate> findByCode(VerificationCode code);

    Optional<Certificate> find(MemberId member, CourseId course);

    /**
     * The next serial number for certificates issued in {@code year}, from 1. Never hands out
     * the same serial twice, even to concurrent callers and across rolled-back units (gaps are
     * allowed, as with a database sequence).
     */
    long nextSerial(int year);
}
