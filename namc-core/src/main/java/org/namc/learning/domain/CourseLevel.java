package org.namc.learning.domain;

/** Who a course is pitched at. */
public enum CourseLevel {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED,
    ALL_LEVELS
}
