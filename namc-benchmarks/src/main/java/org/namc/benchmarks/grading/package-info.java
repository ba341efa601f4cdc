/** B11: grading a 50-question quiz, the library's grader beside a naive map-based one. */
@NullMarked
package org.namc.benchmarks.grading;

import org.jspecify.annotations.NullMarked;
