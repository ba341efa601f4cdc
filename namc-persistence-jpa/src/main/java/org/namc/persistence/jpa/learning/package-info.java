/**
 * The learning stores: courses with their modules and lessons, enrolments, lesson progress,
 * assessments with every version of their questions, attempts and certificates, mapped to the
 * seed's learning tables (V5) and what V15 adds to them.
 */
@NullMarked
package org.namc.persistence.jpa.learning;

import org.jspecify.annotations.NullMarked;
