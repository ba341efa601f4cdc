package org.namc.projects.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seed's {@code project_status_enum}: a project is drafted, published, and ends closed
 * (no more applications), awarded (to an accepted application) or cancelled.
 */
public enum ProjectStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    AWARDED,
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<ProjectStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> EnumSet.of(CLOSED, AWARDED, CANCELLED);
            case CLOSED -> EnumSet.of(AWARDED, CANCELLED);
            case AWARDED, CANCELLED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean canMoveTo(ProjectStatus next) {
        return successors().contains(next);
    }

    /** Awarded and cancelled projects never change again. */
    public boolean isFinal() {
        return successors().isEmpty();
    }
}
