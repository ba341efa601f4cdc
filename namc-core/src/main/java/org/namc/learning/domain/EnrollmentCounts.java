package org.namc.learning.domain;

/**
 * A course's enrolment figures, counted from the enrolments themselves so they stay true
 * under concurrent writers.
 *
 * @param enrolled  enrolments activated and not cancelled (active, completed or expired)
 * @param completed enrolments completed
 */
public record EnrollmentCounts(long enrolled, long completed) {
    public EnrollmentCounts {
        if (enrolled < 0 || completed < 0 || completed > enrolled) {
            throw new IllegalArgumentException("counts must satisfy 0 <= completed <= enrolled");
        }
    }
}
