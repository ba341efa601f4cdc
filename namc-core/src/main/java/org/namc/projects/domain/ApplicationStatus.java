package org.namc.projects.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seed's {@code application_status_enum}. A member may withdraw only while the
 * application is {@link #PENDING} (before any review); reviewers shortlist, ask for more
 * information, and end with a decision.
 */
public enum ApplicationStatus {
    /** Submitted, not yet looked at. */
    PENDING,
    SHORTLISTED,
    /** A reviewer asked the applicant a question. */
    INFO_REQUESTED,
    /** The applicant answered; back with the reviewers. */
    INFO_PROVIDED,
    ACCEPTED,
    REJECTED,
    WITHDRAWN;

    public Set<ApplicationStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(SHORTLISTED, INFO_REQUESTED, ACCEPTED, REJECTED, WITHDRAWN);
            case SHORTLISTED -> EnumSet.of(INFO_REQUESTED, ACCEPTED, REJECTED);
            case INFO_REQUESTED -> EnumSet.of(INFO_PROVIDED, REJECTED);
            case INFO_PROVIDED -> EnumSet.of(SHORTLISTED, INFO_REQUESTED, ACCEPTED, REJECTED);
            case ACCEPTED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus next) {
        return successors().contains(next);
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }
}
