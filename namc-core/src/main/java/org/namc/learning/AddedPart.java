package org.namc.learning;

import java.util.UUID;

/** The id of a module or lesson just added, and the course as it now stands. */
public record AddedPart(UUID id, CourseView course) {
}
