package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.ProjectStoreFixtures.NOW;
import static org.namc.testing.contract.ProjectStoreFixtures.application;
import static org.namc.testing.contract.ProjectStoreFixtures.draft;
import static org.namc.testing.contract.ProjectStoreFixtures.member;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.membership.spi.Members;
import org.namc.projects.domain.ApplicationDecision;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.ApplicationStatus;
import org.namc.projects.domain.ClientReference;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.domain.PortfolioItem;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.Proposal;
import org.namc.projects.domain.TeamMember;
import org.namc.projects.spi.ProjectApplications;
import org.namc.projects.spi.Projects;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.spi.Transactions;

/**
 * What every {@link ProjectApplications} adapter must do. An adapter's test supplies fresh,
 * empty stores sharing one set of transactions (applications refer to projects and members).
 */
public abstract class ProjectApplicationsContract {

    protected abstract ProjectApplications applications();

    protected abstract Projects projects();

    protected abstract Members members();

    protected abstract Transactions transactions();

    private ProjectId project;
    private MemberId owner;

    @BeforeEach
    void aProject() {
        owner = member(members());
        project = projects().save(draft(owner)).id();
    }

    @Test
    void keepsEveryFieldThroughAReview() {
        MemberId applicant = member(members());
        Proposal proposal = new Proposal("Full proposal.", "Twenty years of bridges.", "Ten weeks.",
                Money.of("1250000.75", "USD"), List.of(new TeamMember("Rosa Diaz", "Superintendent", 22)),
                List.of(new PortfolioItem("Bay Bridge retrofit", "Seismic work", 2019, Money.of("3000000", "USD"),
                        URI.create("https://portfolio.example/bay"))),
                List.of(new ClientReference("Pat Kim", "Port of Oakland", EmailAddress.of("pat@port.example"),
                        PhoneNumber.parse("510-555-0177"))), List.of("DBE", "OSHA 30"));
        ProjectApplication submitted = applications().save(ProjectApplication.submit(new ApplicationId(UUID.randomUUID()),
                project, applicant, proposal, new MatchScore(8_125), NOW));
        ProjectApplication reviewed = applications().save(submitted
                .shortlisted(owner, "internal note", NOW.plusSeconds(1))
                .informationRequested(owner, "Bonding letter?", NOW.plusSeconds(2))
                .informationProvided("Attached.", NOW.plusSeconds(3))
                .decided(ApplicationDecision.ACCEPTED, owner, "Best value", "Well done", NOW.plusSeconds(4)));

        ProjectApplication found = applications().findById(submitted.id()).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(reviewed);
        assertThat(found.proposal()).isEqualTo(proposal);
        assertThat(found.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(found.version()).isEqualTo(1);
        assertThat(applications().findByProjectAndApplicant(project, applicant)).map(ProjectApplication::id)
                .contains(submitted.id());
    }

    @Test
    void aMemberAppliesOncePerProjectEvenAfterWithdrawing() {
        MemberId applicant = member(members());
        ProjectApplication first = applications().save(application(project, applicant, new MatchScore(5_000), NOW));
        applications().save(first.withdrawn(NOW.plusSeconds(1)));

        assertThatNamcException(() -> applications().save(application(project, applicant, new MatchScore(5_000), NOW)))
                .hasReason(CommonRefusal.DUPLICATE);
        ProjectId other = projects().save(draft(owner)).id();
        applications().save(application(other, applicant, new MatchScore(5_000), NOW));
    }

    @Test
    void aStaleVersionIsAConflict() {
        ProjectApplication saved = applications().save(application(project, member(members()), new MatchScore(1), NOW));
        applications().save(saved.withdrawn(NOW));

        assertThatNamcException(() -> applications().save(saved.shortlisted(owner, null, NOW)))
                .hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(applications().findById(saved.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void reviewersSeeTheBestMatchFirstThenTheOldest() {
        ProjectApplication low = applications().save(application(project, member(members()), new MatchScore(4_000), NOW));
        ProjectApplication highLate = applications().save(application(project, member(members()), new MatchScore(9_000),
                NOW.plusSeconds(20)));
        ProjectApplication highEarly = applications().save(application(project, member(members()),
                new MatchScore(9_000), NOW.plusSeconds(10)));
        ProjectApplication unscored = applications().save(application(project, member(members()), null, NOW));
        applications().save(application(projects().save(draft(owner)).id(), member(members()), new MatchScore(9_900),
                NOW));

        var all = applications().forProject(project, PageRequest.first(10));

        assertThat(all.items()).extracting(ProjectApplication::id)
                .containsExactly(highEarly.id(), highLate.id(), low.id(), unscored.id());
        assertThat(applications().forProject(project, new PageRequest(1, 3)).items()).extracting(ProjectApplication::id)
                .containsExactly(unscored.id());
    }

    @Test
    void aMemberSeesTheirOwnApplicationsNewestFirst() {
        MemberId applicant = member(members());
        ProjectApplication older = applications().save(application(project, applicant, new MatchScore(1), NOW));
        ProjectApplication newer = applications().save(application(projects().save(draft(owner)).id(), applicant,
                new MatchScore(1), NOW.plusSeconds(60)));
        applications().save(application(project, member(members()), new MatchScore(1), NOW));

        var mine = applications().byApplicant(applicant, PageRequest.first(10));

        assertThat(mine.items()).extracting(ProjectApplication::id).containsExactly(newer.id(), older.id());
        assertThat(mine.totalItems()).isEqualTo(2);
    }

    @Test
    void aRolledBackUnitLeavesNoApplication() {
        ProjectApplication dropped = application(project, member(members()), new MatchScore(1), NOW);

        assertThatThrownBy(() -> transactions().run(() -> {
            applications().save(dropped);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(applications().findById(dropped.id())).isEmpty();
        assertThat(applications().findByProjectAndApplicant(project, dropped.applicant())).isEmpty();
    }
}
