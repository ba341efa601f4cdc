package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.projects.SearchProjects;
import org.namc.projects.domain.ProjectFilter;
import org.namc.projects.domain.ProjectId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.PageRequest;

class ProjectsWiringTest {

    @Test
    void theBuilderNamesTheProjectsPortsWhenMissing() {
        assertThatThrownBy(() -> NamcPortal.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("projects", "projectApplications", "projectSearch", "qualifications",
                        "matchProspects");
    }

    @Test
    void theInMemoryAdaptersWireTheProjectsContext() {
        InMemoryPortal runtime = InMemoryPortal.create();

        assertThat(runtime.portal().projects().searchProjects(Actor.anonymous(),
                new SearchProjects(ProjectFilter.ANY, PageRequest.first(5))).totalItems()).isZero();
        assertThat(runtime.adapters().projects().findById(new ProjectId(UUID.randomUUID()))).isEmpty();
    }
}
