package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.LearningStoreFixtures.NOW;
import static org.namc.testing.contract.LearningStoreFixtures.certificate;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.learning.domain.Certificate;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.VerificationCode;
import org.namc.learning.spi.Certificates;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

/** What every {@link Certificates} adapter must do. */
public abstract class CertificatesContract {
    private final SecureRandom random = new SecureRandom();
    private LearningStores stores;
    private LearningStoreFixtures fixtures;

    /** Empty stores, new for each test. */
    protected abstract LearningStores stores();

    @BeforeEach
    void openStores() {
        stores = stores();
        fixtures = new LearningStoreFixtures(stores);
    }

    private Certificates certificates() {
        return stores.certificates();
    }

    private VerificationCode code() {
        return VerificationCode.generate(random);
    }

    @Test
    void keepsEveryFieldAndFindsByCodeAndByMemberAndCourse() {
        MemberId member = fixtures.member();
        CourseId course = fixtures.publishedCourse("Certified").id();
        Certificate issued = certificate(member, course, 1, code());
        Certificate saved = certificates().save(issued.revoked("issued in error", NOW.plusSeconds(5)));

        Certificate loaded = certificates().findByCode(issued.verificationCode()).orElseThrow();
        assertThat(loaded.content()).isEqualTo(issued.content());
        assertThat(loaded.contentHash()).isEqualTo(issued.contentHash());
        assertThat(loaded.signature()).isEqualTo(issued.signature());
        assertThat(loaded.signingKeyId()).isEqualTo(issued.signingKeyId());
        assertThat(loaded.completionMinutes()).isEqualTo(42);
        assertThat(loaded.revokedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(loaded.revocationReason()).isEqualTo("issued in error");
        assertThat(loaded.isIntact()).isTrue();
        assertThat(loaded.rowVersion()).isEqualTo(saved.rowVersion());
        assertThat(certificates().find(member, course).map(Certificate::id)).contains(issued.id());
        assertThat(certificates().findById(issued.id())).isPresent();
        assertThat(certificates().findByCode(code())).isEmpty();
    }

    @Test
    void refusesADuplicateMemberAndCourseNumberOrCode() {
        MemberId member = fixtures.member();
        CourseId course = fixtures.publishedCourse("Unique").id();
        Certificate first = certificates().save(certificate(member, course, 1, code()));
        CourseId another = fixtures.publishedCourse("Another").id();

        assertThatNamcException(() -> certificates().save(certificate(member, course, 2, code())))
                .hasReason(CommonRefusal.DUPLICATE);
        assertThatNamcException(() -> certificates().save(certificate(member, another, 1, code())))
                .hasReason(CommonRefusal.DUPLICATE);
        assertThatNamcException(() -> certificates().save(certificate(member, another, 3, first.verificationCode())))
                .hasReason(CommonRefusal.DUPLICATE);
        certificates().save(certificate(member, another, 3, code()));
    }

    @Test
    void refusesAStaleRowVersion() {
        Certificate saved = certificates().save(certificate(fixtures.member(), fixtures.publishedCourse("S").id(), 1,
                code()));
        certificates().save(saved.revoked("first", NOW));
        assertThatNamcException(() -> certificates().save(saved.revoked("second", NOW))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
    }

    @Test
    void serialsStartAtOnePerYearAndAreNeverHandedOutTwice() throws Exception {
        assertThat(certificates().nextSerial(2031)).isEqualTo(1);
        assertThat(certificates().nextSerial(2031)).isEqualTo(2);
        assertThat(certificates().nextSerial(2032)).isEqualTo(1);
        try {
            stores.transactions().run(() -> {
                certificates().nextSerial(2031);
                throw new IllegalStateException("fail the unit");
            });
        } catch (IllegalStateException expected) {
            // a rolled-back unit may leave a gap, never a repeat
        }
        List<Long> concurrent = Concurrently.run(16, () -> stores.transactions().inTransaction(
                () -> certificates().nextSerial(2031)));
        HashSet<Long> distinct = new HashSet<>(concurrent);
        assertThat(distinct).hasSize(16).allMatch(serial -> serial > 2);
    }
}
