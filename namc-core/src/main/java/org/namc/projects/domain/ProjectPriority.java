package org.namc.projects.domain;

/** The seed's {@code project_priority_enum}: how prominently the association promotes a project. */
public enum ProjectPriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
