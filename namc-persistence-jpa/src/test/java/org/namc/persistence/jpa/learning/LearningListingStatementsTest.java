package org.namc.persistence.jpa.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.CourseBuilder.aCourse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.learning.domain.CourseQuery;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.MutableClock;
import org.namc.testing.data.Classroom;
import org.namc.testing.data.CourseBuilder.PublishedCourse;

/**
 * Listings cost the same few statements for a few rows as for many: courses are read whole
 * (modules, lessons) without a statement per course, module or lesson, and a member's
 * enrolments without one per enrolment.
 */
class LearningListingStatementsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private JpaPortal fixture;
    private Classroom classroom;

    @BeforeEach
    void startPortal() {
        fixture = JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), NamcPortal.builder());
        classroom = new Classroom(fixture);
    }

    @Test
    void theCataloguePageDoesNotQueryPerCourseModuleOrLesson() {
        publishCourses(2, 1);
        long fewRows = statementsOfCatalogue(2);
        publishCourses(10, 4);
        long manyRows = statementsOfCatalogue(12);

        assertThat(fewRows).isPositive();
        assertThat(manyRows).isEqualTo(fewRows);
    }

    @Test
    void theStoreReadsACataloguePageInFourStatementsAndACourseInTwo() {
        PublishedCourse course = publishCourses(8, 5);
        CourseQuery catalogue = CourseQuery.catalogue();

        assertThat(db.statementsOf(() -> assertThat(db.persistence().transactions().inTransaction(() ->
                db.persistence().courses().search(catalogue, PageRequest.first(100)).items())).hasSize(8)))
                .isEqualTo(4);
        assertThat(db.statementsOf(() -> assertThat(db.persistence().courses().findById(course.id()).orElseThrow()
                .modules().get(0).lessons()).hasSize(5))).isEqualTo(2);
    }

    @Test
    void listingAMembersEnrolmentsDoesNotQueryPerEnrolment() {
        MemberId learner = classroom.learner();
        enrolIn(learner, 2);
        long fewRows = statementsOfEnrolments(learner, 2);
        enrolIn(learner, 10);
        long manyRows = statementsOfEnrolments(learner, 12);

        assertThat(fewRows).isEqualTo(2);
        assertThat(manyRows).isEqualTo(fewRows);
    }

    private long statementsOfEnrolments(MemberId learner, int expected) {
        return db.statementsOf(() -> assertThat(db.persistence().transactions().inTransaction(() ->
                db.persistence().enrollments().listByMember(learner, PageRequest.first(100)).items()))
                .hasSize(expected));
    }

    private void enrolIn(MemberId learner, int courses) {
        for (int i = 0; i < courses; i++) {
            classroom.enrol(learner, classroom.publish(aCourse().titled("Enrolled " + i + "-" + courses)));
        }
    }

    private long statementsOfCatalogue(int expected) {
        return db.statementsOf(() -> assertThat(fixture.portal().learning()
                .catalogue(Actor.anonymous(), CourseQuery.catalogue(), PageRequest.first(100)).items())
                .hasSize(expected));
    }

    /** @return the last course published */
    private PublishedCourse publishCourses(int count, int lessonsEach) {
        PublishedCourse last = null;
        for (int i = 0; i < count; i++) {
            last = classroom.publish(aCourse().titled("Course " + i + "-" + lessonsEach).withTextLessons(lessonsEach));
        }
        return last;
    }
}
