package org.namc.persistence.jpa.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestSchema;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectFilter;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectOrigin;
import org.namc.projects.domain.ProjectQuery;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.data.ProjectBuilder;
import org.namc.testing.data.ProposalBuilder;

/** Search and the application listings cost the same few statements for 2 rows as for 40: nothing is loaded per row. */
class ProjectListingStatementsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private MemberId owner;
    private MemberId applicant;

    @BeforeEach
    void emptyStores() {
        db.truncateAll();
        owner = member();
        applicant = member();
    }

    @Test
    void searchDoesNotQueryOncePerHit() {
        publish(2);
        long fewRows = statementsOf(() -> search("construction"));
        publish(38);
        long manyRows = statementsOf(() -> search("construction"));

        assertThat(fewRows).isPositive();
        assertThat(manyRows).isEqualTo(fewRows);
        assertThat(statementsOf(() -> search(null))).isEqualTo(fewRows);
    }

    @Test
    void applicationListingsDoNotQueryOncePerApplication() {
        ProjectId project = publish(1);
        apply(project, 2);
        long fewForProject = statementsOf(() -> persistence().projectApplications().forProject(project,
                PageRequest.first(100)));
        long fewForApplicant = statementsOf(() -> persistence().projectApplications().byApplicant(applicant,
                PageRequest.first(100)));
        apply(project, 38);

        assertThat(fewForProject).isPositive();
        assertThat(statementsOf(() -> persistence().projectApplications().forProject(project,
                PageRequest.first(100)))).isEqualTo(fewForProject);
        assertThat(statementsOf(() -> persistence().projectApplications().byApplicant(applicant,
                PageRequest.first(100)))).isEqualTo(fewForApplicant);
    }

    private Page<?> search(String text) {
        return persistence().projectSearch().search(ProjectQuery.of(ProjectFilter.ANY.withText(text),
                EnumSet.allOf(ProjectVisibility.class), NOW), PageRequest.first(100));
    }

    /** Statements of a listing that must find rows, inside one unit of work. */
    private static long statementsOf(Supplier<Page<?>> listing) {
        return db.statementsOf(() -> assertThat(persistence().transactions().inTransaction(listing).items())
                .isNotEmpty());
    }

    /** Publishes {@code count} projects and returns the last one. */
    private ProjectId publish(int count) {
        ProjectId last = null;
        for (int i = 0; i < count; i++) {
            Project draft = persistence().projects().save(Project.draft(new ProjectId(UUID.randomUUID()),
                    ProjectOrigin.manual(), ProjectBuilder.aProject().details(), owner, NOW));
            last = persistence().projects().save(draft.published(owner, NOW)).id();
        }
        return last;
    }

    /** {@code count} applications: the first by {@link #applicant} to new projects, the rest by new members to {@code project}. */
    private void apply(ProjectId project, int count) {
        for (int i = 0; i < count; i++) {
            boolean own = i == 0;
            persistence().projectApplications().save(ProjectApplication.submit(new ApplicationId(UUID.randomUUID()),
                    own ? publish(1) : project, own ? applicant : member(), ProposalBuilder.aProposal().build(),
                    new MatchScore(i * 100), NOW.plusSeconds(i)));
        }
    }

    private static MemberId member() {
        return persistence().members().save(aMember().withEmail(UUID.randomUUID() + "@listing.example")
                .member(new MemberId(UUID.randomUUID()), NOW)).id();
    }

    private static JpaPersistence persistence() {
        return db.persistence();
    }
}
