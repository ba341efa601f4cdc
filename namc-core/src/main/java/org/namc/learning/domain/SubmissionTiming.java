package org.namc.learning.domain;

/** How a graded attempt came to be submitted. */
public enum SubmissionTiming {
    /** By the learner, at or before the deadline. */
    ON_TIME,
    /** By the learner, after the deadline but within the grace. */
    WITHIN_GRACE,
    /** By the rules, after the effective deadline, with the answers saved until then. */
    AUTO_SUBMITTED
}
