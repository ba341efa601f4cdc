package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.ProjectStoreFixtures.NOW;
import static org.namc.testing.contract.ProjectStoreFixtures.draft;
import static org.namc.testing.contract.ProjectStoreFixtures.member;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.membership.spi.Members;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.Budget;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.InsuranceType;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectBrief;
import org.namc.projects.domain.ProjectCategory;
import org.namc.projects.domain.ProjectContact;
import org.namc.projects.domain.ProjectDetails;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectLocation;
import org.namc.projects.domain.ProjectOrigin;
import org.namc.projects.domain.ProjectPriority;
import org.namc.projects.domain.ProjectStatus;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.projects.domain.Requirements;
import org.namc.projects.domain.Timeline;
import org.namc.projects.spi.ProjectApplications;
import org.namc.projects.spi.Projects;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.spi.Transactions;
import org.namc.testing.data.ProjectBuilder;

/**
 * What every {@link Projects} adapter must do. An adapter's test supplies fresh, empty stores
 * sharing one set of transactions (projects refer to their owners and to the awarded application,
 * which must exist).
 */
public abstract class ProjectsContract {

    protected abstract Projects projects();

    protected abstract Members members();

    /** Applications, for the awarded one a project refers to. */
    protected abstract ProjectApplications applications();

    protected abstract Transactions transactions();

    /** Every field the seed's {@code projects} row holds. */
    static ProjectDetails everything() {
        return new ProjectDetails(
                new ProjectBrief("I-880 interchange widening", "Widen ramps and rebuild the overcrossing.",
                        ProjectCategory.TRANSPORTATION, "Highway", List.of("public", "transportation"),
                        List.of("caltrans", "interchange")),
                new Budget(Money.of("12000000.00", "USD"), Money.of("15500000.50", "USD"),
                        Money.of("14000000", "USD"), "Federal Highway Administration"),
                new ProjectLocation("Hayward, CA", new PostalAddress("1 Main St", "Yard 2", "Hayward", "CA", "94541",
                        "US"), GeoPoint.of(37.6688, -122.0808), GeoPolygon.of(GeoPoint.of(37.5, -122.2),
                        GeoPoint.of(37.8, -122.2), GeoPoint.of(37.8, -121.9), GeoPoint.of(37.5, -121.9))),
                new Timeline(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 12, 31),
                        Instant.parse("2026-05-15T22:00:00Z"), 540),
                new Requirements(List.of("Prevailing wage", "Caltrans-prequalified"), List.of("Paving", "Concrete"),
                        List.of(CertificationRequirement.mandatory("Class A General Engineering"),
                                CertificationRequirement.preferred("DBE")), 10, Money.of("5000000", "USD"),
                        List.of(new InsuranceRequirement(InsuranceType.GENERAL_LIABILITY, Money.of("2000000", "USD")),
                                new InsuranceRequirement(InsuranceType.WORKERS_COMPENSATION,
                                        Money.of("1000000", "USD")))),
                new ProjectContact("Lee Chan", EmailAddress.of("lee.chan@dot.example"),
                        PhoneNumber.parse("(510) 555-0133"), "Caltrans District 4"),
                ProjectPriority.URGENT, ProjectVisibility.TIER_RESTRICTED, 25);
    }

    @Test
    void keepsEveryFieldThroughARoundTrip() {
        MemberId owner = member(members());
        Project imported = Project.draft(new ProjectId(UUID.randomUUID()),
                ProjectOrigin.imported("Caltrans", "04-0A1234"), everything(), owner, NOW);
        Project published = projects().save(imported).published(owner, NOW.plusSeconds(5));

        Project saved = projects().save(published);
        Project found = projects().findById(saved.id()).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(saved);
        assertThat(found.details()).isEqualTo(everything());
        assertThat(found.origin()).isEqualTo(new ProjectOrigin("CALTRANS", "04-0A1234"));
        assertThat(found.status()).isEqualTo(ProjectStatus.PUBLISHED);
        assertThat(found.publishedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(found.owner()).isEqualTo(owner);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void findsImportsByTheirCanonicalOriginAndRefusesASecondProjectWithTheSameOne() {
        MemberId owner = member(members());
        Project first = projects().save(Project.draft(new ProjectId(UUID.randomUUID()),
                ProjectOrigin.imported("SAM.gov", "W912-1"), ProjectBuilder.aProject().details(), null, NOW));

        assertThat(projects().findByOrigin("SAM_GOV", "W912-1")).map(Project::id).contains(first.id());
        assertThat(projects().findByOrigin("SAM_GOV", "W912-2")).isEmpty();
        assertThat(projects().findByOrigin("CALTRANS", "W912-1")).isEmpty();
        assertThatNamcException(() -> projects().save(Project.draft(new ProjectId(UUID.randomUUID()),
                ProjectOrigin.imported("sam gov", "W912-1"), ProjectBuilder.aProject().details(), owner, NOW)))
                .hasReason(CommonRefusal.DUPLICATE);
        // Manual projects have no external id and never collide.
        projects().save(draft(owner));
        projects().save(draft(owner));
    }

    @Test
    void aStaleVersionIsAConflict() {
        Project saved = projects().save(draft(member(members())));
        projects().save(saved.published(null, NOW));

        assertThatNamcException(() -> projects().save(saved.cancelled(null, NOW))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(projects().findById(saved.id()).orElseThrow().status()).isEqualTo(ProjectStatus.PUBLISHED);
    }

    @Test
    void slotsStopAtTheLimitAndComeBackWhenReleased() {
        Project project = projects().save(draft(member(members()), ProjectBuilder.aProject().takingAtMost(2).details(),
                NOW));

        assertThat(projects().takeApplicationSlot(project.id())).isTrue();
        assertThat(projects().takeApplicationSlot(project.id())).isTrue();
        assertThat(projects().takeApplicationSlot(project.id())).isFalse();
        projects().releaseApplicationSlot(project.id());
        assertThat(projects().findById(project.id()).orElseThrow().applicationCount()).isEqualTo(1);
        assertThat(projects().takeApplicationSlot(project.id())).isTrue();
        assertThat(projects().takeApplicationSlot(new ProjectId(UUID.randomUUID()))).isFalse();
    }

    @Test
    void releasingNeverGoesBelowZero() {
        Project project = projects().save(draft(member(members())));
        projects().releaseApplicationSlot(project.id());
        assertThat(projects().findById(project.id()).orElseThrow().applicationCount()).isZero();
    }

    @Test
    void savingNeverOverwritesTheApplicationCount() {
        Project saved = projects().save(draft(member(members())));
        projects().takeApplicationSlot(saved.id());
        projects().takeApplicationSlot(saved.id());

        Project edited = projects().save(saved.withDetails(ProjectBuilder.aProject().titled("Renamed").details(), null,
                NOW));

        assertThat(edited.applicationCount()).isEqualTo(2);
        assertThat(projects().findById(saved.id()).orElseThrow().applicationCount()).isEqualTo(2);
        assertThat(projects().findById(saved.id()).orElseThrow().details().brief().title()).isEqualTo("Renamed");
    }

    @Test
    void slotsStayExactUnderConcurrentApplicants() throws Exception {
        Project project = projects().save(draft(member(members()), ProjectBuilder.aProject().takingAtMost(7).details(),
                NOW));

        List<Boolean> taken = Concurrently.run(24,
                () -> transactions().inTransaction(() -> projects().takeApplicationSlot(project.id())));

        assertThat(taken.stream().filter(t -> t).count()).isEqualTo(7);
        assertThat(projects().findById(project.id()).orElseThrow().applicationCount()).isEqualTo(7);
    }

    @Test
    void aRolledBackUnitLeavesNoProjectAndNoSlot() {
        Project kept = projects().save(draft(member(members())));
        Project dropped = draft(member(members()));

        assertThatThrownBy(() -> transactions().run(() -> {
            projects().save(dropped);
            projects().takeApplicationSlot(kept.id());
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(projects().findById(dropped.id())).isEmpty();
        assertThat(projects().findById(kept.id()).orElseThrow().applicationCount()).isZero();
    }

    @Test
    void listsAnOwnersProjectsNewestFirst() {
        MemberId owner = member(members());
        Project older = projects().save(draft(owner, ProjectBuilder.aProject().details(), NOW));
        Project newer = projects().save(draft(owner, ProjectBuilder.aProject().details(), NOW.plus(Duration.ofHours(1))));
        projects().save(draft(member(members())));

        var page = projects().ownedBy(owner, PageRequest.first(1));

        assertThat(page.items()).extracting(Project::id).containsExactly(newer.id());
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(projects().ownedBy(owner, new PageRequest(1, 1)).items()).extracting(Project::id)
                .containsExactly(older.id());
    }

    @Test
    void keepsTheAwardedApplication() {
        MemberId owner = member(members());
        Project published = projects().save(projects().save(draft(owner)).published(owner, NOW));
        ApplicationId winner = applications().save(ProjectStoreFixtures.application(published.id(),
                member(members()), new MatchScore(7_000), NOW)).id();

        projects().save(published.awarded(winner, owner, NOW.plusSeconds(1)));

        Project found = projects().findById(published.id()).orElseThrow();
        assertThat(found.awardedApplication()).isEqualTo(winner);
        assertThat(found.closedAt()).isEqualTo(NOW.plusSeconds(1));
    }
}
