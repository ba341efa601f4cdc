/** Learning aggregates and value objects: courses, enrolments, progress, assessments, attempts, certificates. */
@NullMarked
package org.namc.learning.domain;

import org.jspecify.annotations.NullMarked;
