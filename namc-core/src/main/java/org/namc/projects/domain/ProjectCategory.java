package org.namc.projects.domain;

/** The seed's {@code project_category_enum}, derived from the work NAMC members bid on. */
public enum ProjectCategory {
    GENERAL_CONSTRUCTION,
    CIVIL_INFRASTRUCTURE,
    TRANSPORTATION,
    ELECTRICAL,
    MECHANICAL,
    PLUMBING,
    ENVIRONMENTAL,
    DEMOLITION,
    SPECIALTY_TRADES,
    MAINTENANCE,
    PROFESSIONAL_SERVICES,
    SUPPLIES,
    OTHER
}
