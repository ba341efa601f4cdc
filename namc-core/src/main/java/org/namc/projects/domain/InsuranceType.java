package org.namc.projects.domain;

/** Kinds of insurance a project may require and a contractor may carry. */
public enum InsuranceType {
    GENERAL_LIABILITY,
    WORKERS_COMPENSATION,
    COMMERCIAL_AUTO,
    PROFESSIONAL_LIABILITY,
    UMBRELLA,
    BUILDERS_RISK,
    POLLUTION_LIABILITY
}
