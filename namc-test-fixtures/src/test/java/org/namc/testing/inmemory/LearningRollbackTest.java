package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.data.CourseBuilder.aCourse;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.learning.LearningApi;
import org.namc.learning.OpenLesson;
import org.namc.learning.domain.EnrollmentStatus;
import org.namc.learning.security.Ed25519CertificateSigner;
import org.namc.learning.spi.CertificateSigner;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;
import org.namc.testing.RotatingKeys;
import org.namc.testing.PortalFixture;
import org.namc.testing.SequentialIds;
import org.namc.testing.data.Classroom;
import org.namc.testing.data.CourseBuilder.PublishedCourse;

/** A learning use case that fails at its last step (signing the certificate) leaves no trace but its failure record. */
class LearningRollbackTest {
    private final MutableClock clock = MutableClock.at("2026-01-15T09:00:00Z");
    private final InMemoryAdapters adapters = new InMemoryAdapters(clock, new SequentialIds());
    private final PublicKey key = Ed25519CertificateSigner.generate("k", new SecureRandom()).publicKey();

    private final CertificateSigner brokenSigner = new CertificateSigner() {
        @Override
        public String keyId() {
            return "hsm-1";
        }

        @Override
        public byte[] sign(byte[] payload) {
            throw new IllegalStateException("the key service is down");
        }

        @Override
        public PublicKey publicKey() {
            return key;
        }
    };

    @Test
    void completingTheLastLessonWithAFailingSignerCompletesNothing() {
        NamcPortal portal = adapters.applyTo(NamcPortal.builder()).certificateSigner(brokenSigner).build();
        portal.access().seedSystemRoles(Actor.system());
        PortalFixture fixture = new PortalFixture() {
            @Override
            public NamcPortal portal() {
                return portal;
            }

            @Override
            public MutableClock clock() {
                return clock;
            }

            @Override
            public List<AuditRecord> auditRecords() {
                return adapters.auditEntries().records();
            }

            @Override
            public RotatingKeys keys() {
                return adapters.keys();
            }
        };
        Classroom classroom = new Classroom(fixture);
        LearningApi learning = portal.learning();
        PublishedCourse course = classroom.publish(aCourse().withTextLessons(2));
        MemberId learner = classroom.learner();
        classroom.enrol(learner, course);
        classroom.openLessons(learner, course, course.lessons().subList(0, 1));

        assertThatThrownBy(() -> learning.openLesson(Actor.member(learner),
                new OpenLesson(learner, course.id(), course.lessons().get(1)))).hasMessageContaining("key service");

        var enrollment = learning.enrollment(Actor.member(learner), learner, course.id());
        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.progress().completedRequiredLessons()).isEqualTo(1);
        assertThat(learning.certificate(Actor.member(learner), learner, course.id())).isEmpty();
        assertThat(adapters.auditEntries().records()).last().satisfies(r -> {
            assertThat(r.action()).isEqualTo("lesson.open");
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.FAILURE);
        });
    }
}
