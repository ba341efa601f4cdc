package org.namc.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.projects.Refusals.assertIllegal;
import static org.namc.projects.Refusals.refusal;
import static org.namc.projects.domain.ProjectSamples.DEADLINE;
import static org.namc.projects.domain.ProjectSamples.NOW;
import static org.namc.projects.domain.ProjectSamples.OWNER;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;

class ProjectTest {
    private final Project draft = ProjectSamples.draft();

    @Test
    void aDraftIsPublishedThenClosedThenAwarded() {
        Project published = draft.published(OWNER, NOW);
        Project closed = published.closed(OWNER, NOW.plusSeconds(60));
        Project awarded = closed.awarded(ProjectSamples.applicationId(1), OWNER, NOW.plusSeconds(120));

        assertThat(published.status()).isEqualTo(ProjectStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(NOW);
        assertThat(closed.closedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(awarded.status()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(awarded.awardedApplication()).isEqualTo(ProjectSamples.applicationId(1));
        assertThat(awarded.closedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void publishingAnIncompleteDraftNamesEveryMissingField() {
        Project bare = Project.draft(draft.id(), ProjectOrigin.manual(),
                ProjectDetails.draft(new ProjectBrief("Bare", null, ProjectCategory.OTHER, null, List.of(), List.of())),
                OWNER, NOW);

        NamcException e = refusal(() -> bare.published(OWNER, NOW), ErrorCode.VALIDATION_FAILED);

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("brief.description",
                "timeline.deadline", "location.coordinates", "contact.organization", "contact.email");
        assertThat(e.violations()).extracting(FieldViolation::rule).containsOnly("required-to-publish");
    }

    @Test
    void aDeadlineAlreadyPassedCannotBePublished() {
        NamcException e = refusal(() -> draft.published(OWNER, DEADLINE), ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("timeline.deadline", "future"));
    }

    @Test
    void eachIllegalTransitionIsRefusedSayingWhereTheProjectStands() {
        Project published = draft.published(OWNER, NOW);
        Project cancelled = published.cancelled(OWNER, NOW);
        Project awarded = published.awarded(ProjectSamples.applicationId(1), OWNER, NOW);

        assertIllegal(() -> draft.closed(OWNER, NOW), ProjectsRefusal.PROJECT_STATUS_FORBIDS, "is DRAFT and cannot be closed", "[PUBLISHED, CANCELLED]");
        assertIllegal(() -> draft.awarded(ProjectSamples.applicationId(1), OWNER, NOW), ProjectsRefusal.PROJECT_STATUS_FORBIDS, "is DRAFT and cannot be awarded");
        assertIllegal(() -> published.published(OWNER, NOW), ProjectsRefusal.PROJECT_STATUS_FORBIDS, "is PUBLISHED and cannot be published");
        assertIllegal(() -> cancelled.published(OWNER, NOW), ProjectsRefusal.PROJECT_STATUS_FORBIDS, "is CANCELLED and cannot be published", "it is final");
        assertIllegal(() -> cancelled.closed(OWNER, NOW), ProjectsRefusal.PROJECT_STATUS_FORBIDS, "is CANCELLED and cannot be closed");
        assertIllegal(() -> awarded.cancelled(OWNER, NOW), ProjectsRefusal.PROJECT_STATUS_FORBIDS, "is AWARDED and cannot be cancelled", "it is final");
        assertIllegal(() -> awarded.closed(OWNER, NOW), ProjectsRefusal.PROJECT_STATUS_FORBIDS, "is AWARDED");
        assertIllegal(() -> published.closed(OWNER, NOW).closed(OWNER, NOW), ProjectsRefusal.PROJECT_STATUS_FORBIDS, "is CLOSED and cannot be closed");
        assertIllegal(() -> cancelled.withDetails(ProjectSamples.complete(), OWNER, NOW), ProjectsRefusal.PROJECT_NOT_EDITABLE,
                "only a DRAFT or PUBLISHED project can be edited");
    }

    @Test
    void aPublishedProjectMustStayCompleteWhenEdited() {
        Project published = draft.published(OWNER, NOW);
        ProjectDetails withoutContact = new ProjectDetails(published.details().brief(), published.details().budget(),
                published.details().location(), published.details().timeline(), published.details().requirements(),
                ProjectContact.NONE, ProjectPriority.LOW, ProjectVisibility.PUBLIC, null);

        refusal(() -> published.withDetails(withoutContact, OWNER, NOW), ErrorCode.VALIDATION_FAILED);
        assertThat(draft.withDetails(withoutContact, OWNER, NOW).details()).isEqualTo(withoutContact);
    }

    @Test
    void applicationsAreTakenUntilTheDeadlineAndUpToTheLimit() {
        Project published = draft.published(OWNER, NOW);

        assertThat(draft.applicationRefusal(NOW)).hasValueSatisfying(r -> assertThat(r)
                .hasMessageContaining("project " + draft.id() + " is DRAFT and takes no applications")
                .extracting(NamcException::reason).isEqualTo(ProjectsRefusal.PROJECT_CLOSED_TO_APPLICATIONS));
        assertThat(published.applicationRefusal(DEADLINE.minusMillis(1))).isEmpty();
        assertThat(published.applicationRefusal(DEADLINE)).hasValueSatisfying(r -> assertThat(r.reason())
                .isEqualTo(ProjectsRefusal.APPLICATION_DEADLINE_PASSED));
        assertThat(published.applicationRefusal(DEADLINE.plus(Duration.ofDays(1)))).isPresent();
        assertThat(published.withApplicationCount(2).applicationRefusal(NOW)).isEmpty();
        assertThat(published.withApplicationCount(3).applicationRefusal(NOW))
                .hasValueSatisfying(r -> assertThat(r).hasMessageContaining("limit of 3 applications")
                        .extracting(NamcException::reason).isEqualTo(ProjectsRefusal.APPLICATION_LIMIT_REACHED));
        assertThat(published.closed(OWNER, NOW).applicationRefusal(NOW)).isPresent();
    }
}
