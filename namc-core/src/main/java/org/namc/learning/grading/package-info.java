/**
 * Pure grading: questions and answer keys, the {@link org.namc.learning.grading.Grader}
 * (a pure function of an assessment version and answers), and the course-level grading
 * policy (attempt policy, retry penalty, weighted categories with drop-lowest-N). Nothing
 * here reads a clock, a store or randomness, so every result can be replayed.
 */
@NullMarked
package org.namc.learning.grading;

import org.jspecify.annotations.NullMarked;
