package org.namc.projects;

/** A search hit: the project and its text relevance (0 without a text query). */
public record FoundProject(ProjectView project, double relevance) {
}
