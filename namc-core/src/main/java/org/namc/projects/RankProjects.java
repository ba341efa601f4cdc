package org.namc.projects;

import jakarta.validation.constraints.NotNull;
import org.namc.projects.domain.ProjectFilter;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

/** The projects that suit a member best, narrowed by {@code filter}. */
public record RankProjects(@NotNull MemberId memberId, @NotNull ProjectFilter filter, @NotNull PageRequest page) {
}
