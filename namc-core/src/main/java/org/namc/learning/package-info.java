/**
 * Learning: the course catalogue, enrolments, lesson progress, assessments with automatic
 * grading, and certificates a third party can verify. {@link org.namc.learning.LearningApi}
 * is the primary port.
 */
@NullMarked
package org.namc.learning;

import org.jspecify.annotations.NullMarked;
