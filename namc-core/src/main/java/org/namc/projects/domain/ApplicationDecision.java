package org.namc.projects.domain;

/** The seed's {@code application_decision_enum}: how the review ended. */
public enum ApplicationDecision {
    ACCEPTED,
    REJECTED
}
