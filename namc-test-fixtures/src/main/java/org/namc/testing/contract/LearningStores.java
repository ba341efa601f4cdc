package org.namc.testing.contract;

import org.namc.learning.spi.Assessments;
import org.namc.learning.spi.Attempts;
import org.namc.learning.spi.Certificates;
import org.namc.learning.spi.Courses;
import org.namc.learning.spi.Enrollments;
import org.namc.learning.spi.LessonProgressRecords;
import org.namc.membership.spi.Members;
import org.namc.shared.spi.Transactions;

/**
 * The learning stores of one adapter, empty, with the members store their rows refer to and
 * the transactions they share: what every learning store contract runs against.
 */
public record LearningStores(Transactions transactions, Members members, Courses courses, Enrollments enrollments,
                             LessonProgressRecords progress, Assessments assessments, Attempts attempts,
                             Certificates certificates) {
}
