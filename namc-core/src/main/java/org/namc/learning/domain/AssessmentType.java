package org.namc.learning.domain;

/** What kind of assessment it is; informational, the rules live in the settings. */
public enum AssessmentType {
    QUIZ,
    EXAM,
    ASSIGNMENT
}
