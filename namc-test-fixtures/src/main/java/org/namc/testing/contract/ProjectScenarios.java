package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.projects.domain.ProjectsRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;
import static org.namc.testing.data.ProjectBuilder.aProject;
import static org.namc.testing.data.ProposalBuilder.aProposal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.AccessApi;
import org.namc.access.CreateRole;
import org.namc.access.GrantRole;
import org.namc.billing.DefineTier;
import org.namc.billing.TierDetails;
import org.namc.membership.MembershipApi;
import org.namc.membership.RegisterMember;
import org.namc.membership.VerifyEmail;
import org.namc.membership.domain.Certification;
import org.namc.projects.ApplicationResult;
import org.namc.projects.ApplicationView;
import org.namc.projects.AwardProject;
import org.namc.projects.CancelProject;
import org.namc.projects.CreateProject;
import org.namc.projects.DecideApplication;
import org.namc.projects.FoundProject;
import org.namc.projects.ImportProject;
import org.namc.projects.ImportResult;
import org.namc.projects.MemberMatch;
import org.namc.projects.ProjectMatch;
import org.namc.projects.ProjectView;
import org.namc.projects.ProjectsApi;
import org.namc.projects.ProvideInformation;
import org.namc.projects.RankMembers;
import org.namc.projects.RankProjects;
import org.namc.projects.RecordQualifications;
import org.namc.projects.RequestInformation;
import org.namc.projects.SearchProjects;
import org.namc.projects.ShortlistApplication;
import org.namc.projects.SubmitApplication;
import org.namc.projects.UpdateProject;
import org.namc.projects.domain.ApplicationStatus;
import org.namc.projects.domain.Budget;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.ProjectFilter;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectStatus;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.projects.matching.Criterion;
import org.namc.projects.matching.CriterionScore;
import org.namc.projects.matching.Ineligibility;
import org.namc.projects.matching.MatchResult;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;

/**
 * Project stories through {@link NamcPortal}: publishing, applying up to the deadline and the
 * limit, the review down to the award, imports, visibility, and matching both ways.
 */
public abstract class ProjectScenarios {
    /** The East Bay: Oakland and its neighbours, not San Francisco. */
    protected static final GeoPolygon EAST_BAY = GeoPolygon.of(GeoPoint.of(37.60, -122.35),
            GeoPoint.of(37.95, -122.35), GeoPoint.of(37.95, -121.95), GeoPoint.of(37.60, -121.95));
    protected static final GeoPoint BERKELEY = GeoPoint.of(37.8715, -122.2730);
    protected static final GeoPoint SAN_FRANCISCO = GeoPoint.of(37.7749, -122.4194);

    protected PortalFixture fixture;
    protected ProjectsApi projects;
    protected MembershipApi membership;
    protected AccessApi access;
    protected MutableClock clock;
    protected MemberId ownerId;
    protected Actor owner;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        projects = fixture.portal().projects();
        membership = fixture.portal().membership();
        access = fixture.portal().access();
        clock = fixture.clock();
        ownerId = aMember().named("Olga", "Owner").registerVerified(membership);
        access.grantRole(Actor.system(), new GrantRole(ownerId, "PROJECT_OWNER", null));
        owner = Actor.member(ownerId);
    }

    private MemberId electrician() {
        return aMember().withSkills("Electrical", "Solar PV").at(BERKELEY).registerVerified(membership);
    }

    private ApplicationResult.Submitted submit(MemberId member, ProjectId project) {
        ApplicationResult result = projects.apply(Actor.member(member),
                new SubmitApplication(project, aProposal().build()));
        assertThat(result).isInstanceOf(ApplicationResult.Submitted.class);
        return (ApplicationResult.Submitted) result;
    }

    private List<AuditRecord> audited(String action) {
        return fixture.auditRecords().stream().filter(r -> r.action().equals(action)).toList();
    }

    @Test
    void anApplicationGoesFromSubmissionToAward() {
        ProjectView project = aProject().requiringSkills("electrical", "solar pv").servingOnly(EAST_BAY)
                .publish(projects, owner);
        MemberId ana = electrician();

        ApplicationResult.Submitted submitted = submit(ana, project.id());
        assertThat(submitted.application().status()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(submitted.application().matchScore()).isEqualTo(submitted.match().score());
        assertThat(submitted.match().breakdown()).extracting(CriterionScore::criterion)
                .containsExactly(Criterion.values());
        var applicationId = submitted.application().id();

        projects.shortlistApplication(owner, new ShortlistApplication(applicationId, "Closest crew"));
        projects.requestInformation(owner, new RequestInformation(applicationId, "Can you start on 1 May?"));
        ApplicationView answered = projects.provideInformation(Actor.member(ana),
                new ProvideInformation(applicationId, "Yes, with two crews."));
        assertThat(answered.status()).isEqualTo(ApplicationStatus.INFO_PROVIDED);
        assertThat(answered.review().notes()).as("reviewers' notes stay with them").isNull();
        projects.acceptApplication(owner, new DecideApplication(applicationId, "Best value", "Welcome aboard"));
        ProjectView awarded = projects.awardProject(owner, new AwardProject(project.id(), applicationId));

        assertThat(awarded.status()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(awarded.awardedApplication()).isEqualTo(applicationId);
        ApplicationView asOwner = projects.findApplication(owner, applicationId);
        ApplicationView asApplicant = projects.findApplication(Actor.member(ana), applicationId);
        assertThat(asOwner.review().notes()).isEqualTo("Closest crew");
        assertThat(asApplicant.review().notes()).isNull();
        assertThat(asApplicant.review().feedback()).isEqualTo("Welcome aboard");
        assertThat(asApplicant.verdict().reason()).isEqualTo("Best value");
        assertThat(projects.applicationsOf(Actor.member(ana), ana, PageRequest.first(10)).items())
                .extracting(ApplicationView::id).containsExactly(applicationId);
        assertThat(fixture.auditRecords()).extracting(AuditRecord::action).contains("project.create",
                "project.publish", "application.submit", "application.shortlist", "application.request-information",
                "application.provide-information", "application.accept", "project.award");
    }

    @Test
    void publishingNamesEveryMissingFieldAndLeavesTheDraft() {
        ProjectView draft = aProject().described(null).at(null).offeredBy(null).draft(projects, owner);

        assertThatNamcException(() -> projects.publishProject(owner, draft.id()))
                .hasViolation("brief.description", "required-to-publish")
                .hasViolation("location.coordinates", "required-to-publish")
                .hasViolation("contact.organization", "required-to-publish");

        assertThat(projects.findProject(owner, draft.id()).status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(audited("project.publish")).extracting(AuditRecord::outcome)
                .containsExactly(AuditRecord.Outcome.FAILURE);
    }

    @Test
    void illegalTransitionsAndStrangersAreRefused() {
        ProjectView draft = aProject().draft(projects, owner);
        MemberId stranger = electrician();

        assertThatNamcException(() -> projects.closeProject(owner, draft.id())).hasReason(ProjectsRefusal.PROJECT_STATUS_FORBIDS);
        assertThatNamcException(() -> projects.publishProject(Actor.member(stranger), draft.id()))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> projects.createProject(Actor.member(stranger),
                new CreateProject(aProject().details()))).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> projects.findProject(Actor.member(stranger), draft.id()))
                .hasReason(CommonRefusal.PERMISSION_DENIED);

        projects.cancelProject(owner, new CancelProject(draft.id(), "Funding withdrawn"));
        assertThatNamcException(() -> projects.publishProject(owner, draft.id()))
                .hasReason(ProjectsRefusal.PROJECT_STATUS_FORBIDS);
        assertThatNamcException(() -> projects.updateProject(owner, new UpdateProject(draft.id(),
                aProject().details()))).hasReason(ProjectsRefusal.PROJECT_NOT_EDITABLE);
    }

    @Test
    void applicationsStopAtTheDeadline() {
        ProjectView project = aProject().closingAt(clock.instant().plus(Duration.ofDays(2))).publish(projects, owner);
        MemberId early = electrician();
        MemberId late = electrician();

        clock.set(project.details().timeline().deadline().minusMillis(1));
        submit(early, project.id());
        clock.set(project.details().timeline().deadline());

        assertThatNamcException(() -> projects.apply(Actor.member(late),
                new SubmitApplication(project.id(), aProposal().build())))
                .hasReason(ProjectsRefusal.APPLICATION_DEADLINE_PASSED).hasMessageContaining("deadline");
        assertThat(projects.findProject(owner, project.id()).applicationCount()).isEqualTo(1);
        assertThat(projects.findProject(owner, project.id()).acceptingApplications()).isFalse();
    }

    @Test
    void theApplicationLimitHoldsExactlyUnderConcurrentApplicants() throws Exception {
        ProjectView project = aProject().takingAtMost(5).publish(projects, owner);
        List<MemberId> applicants = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            applicants.add(electrician());
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<String> outcomes = Concurrently.run(applicants.size(), () -> {
            MemberId me = applicants.get(next.getAndIncrement());
            try {
                return projects.apply(Actor.member(me), new SubmitApplication(project.id(), aProposal().build()))
                        .getClass().getSimpleName();
            } catch (org.namc.shared.domain.NamcException e) {
                return e.reason().code();
            }
        });

        assertThat(outcomes).filteredOn("Submitted"::equals).hasSize(5);
        assertThat(outcomes).filteredOn(ProjectsRefusal.APPLICATION_LIMIT_REACHED.code()::equals).hasSize(11);
        assertThat(projects.findProject(owner, project.id()).applicationCount()).isEqualTo(5);
        assertThat(projects.applicationsForProject(owner, project.id(), PageRequest.first(50)).totalItems())
                .isEqualTo(5);
    }

    @Test
    void aMemberAppliesOnceAndMayWithdrawOnlyBeforeReview() {
        ProjectView project = aProject().takingAtMost(1).publish(projects, owner);
        MemberId ana = electrician();
        MemberId ben = electrician();
        var first = submit(ana, project.id()).application();

        assertThatNamcException(() -> projects.apply(Actor.member(ana),
                new SubmitApplication(project.id(), aProposal().build()))).hasReason(ProjectsRefusal.ALREADY_APPLIED);
        assertThatNamcException(() -> projects.withdrawApplication(Actor.member(ben), first.id()))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        projects.withdrawApplication(Actor.member(ana), first.id());
        assertThat(projects.findProject(owner, project.id()).applicationCount()).isZero();
        assertThatNamcException(() -> projects.apply(Actor.member(ana),
                new SubmitApplication(project.id(), aProposal().build()))).hasReason(ProjectsRefusal.ALREADY_APPLIED);

        var second = submit(ben, project.id()).application();
        projects.shortlistApplication(owner, new ShortlistApplication(second.id(), null));
        assertThatNamcException(() -> projects.withdrawApplication(Actor.member(ben), second.id()))
                .hasReason(ProjectsRefusal.APPLICATION_NOT_WITHDRAWABLE).hasMessageContaining("only before review");
    }

    @Test
    void aMemberMissingAHardRequirementIsToldWhyAndNothingIsStored() {
        ProjectView project = aProject().requiringCertification(CertificationRequirement.mandatory("C-10 Electrical"))
                .publish(projects, owner);
        MemberId uncertified = electrician();

        ApplicationResult result = projects.apply(Actor.member(uncertified),
                new SubmitApplication(project.id(), aProposal().build()));

        assertThat(result).isInstanceOfSatisfying(ApplicationResult.Ineligible.class, i -> assertThat(i.reasons())
                .extracting(Ineligibility::criterion).containsExactly(Criterion.CERTIFICATIONS));
        assertThat(projects.applicationsOf(Actor.member(uncertified), uncertified, PageRequest.first(5)).items())
                .isEmpty();
        assertThat(projects.findProject(owner, project.id()).applicationCount()).isZero();
        assertThat(audited("application.submit")).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.FAILURE);
            assertThat(r.error()).isEqualTo(ErrorCode.NOT_ELIGIBLE);
        });
    }

    @Test
    void aLapsedMemberMayNoLongerApply() {
        ProjectView project = aProject().closingAt(clock.instant().plus(Duration.ofDays(800))).publish(projects, owner);
        MemberId ana = electrician();
        clock.advance(Duration.ofDays(365 + 31));

        assertThatNamcException(() -> projects.apply(Actor.member(ana),
                new SubmitApplication(project.id(), aProposal().build()))).hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void membersOnlyAndTierRestrictedProjectsAreReadThroughAccessControl() {
        ProjectView open = aProject().titled("Open bid for depot paving").publish(projects, owner);
        ProjectView membersOnly = aProject().titled("Members bid for depot lighting")
                .visibleTo(ProjectVisibility.MEMBERS_ONLY).publish(projects, owner);
        ProjectView restricted = aProject().titled("Premier bid for depot roofing")
                .visibleTo(ProjectVisibility.TIER_RESTRICTED).publish(projects, owner);
        MemberId ana = electrician();
        SearchProjects depot = new SearchProjects(ProjectFilter.text("depot"), PageRequest.first(10));

        assertThat(projects.searchProjects(Actor.anonymous(), depot).items()).extracting(f -> f.project().id())
                .containsExactly(open.id());
        assertThat(projects.searchProjects(Actor.member(ana), depot).items()).extracting(f -> f.project().id())
                .containsExactlyInAnyOrder(open.id(), membersOnly.id());
        assertThatNamcException(() -> projects.findProject(Actor.anonymous(), membersOnly.id()))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> projects.findProject(Actor.member(ana), restricted.id()))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> projects.apply(Actor.member(ana),
                new SubmitApplication(restricted.id(), aProposal().build()))).hasReason(CommonRefusal.PERMISSION_DENIED);

        access.createRole(Actor.system(), new CreateRole("PREMIER_BIDDER", "Sees tier-restricted bids",
                List.of("project:read-restricted active-member"), List.of()));
        access.grantRole(Actor.system(), new GrantRole(ana, "PREMIER_BIDDER", null));

        assertThat(projects.findProject(Actor.member(ana), restricted.id()).id()).isEqualTo(restricted.id());
        assertThat(projects.searchProjects(Actor.member(ana), depot).totalItems()).isEqualTo(3);
        assertThat(projects.findProject(owner, restricted.id()).id()).as("owners read their own").isEqualTo(restricted.id());
    }

    @Test
    void aTierWithAHighEnoughLevelOpensTierRestrictedProjects() {
        ProjectView restricted = aProject().visibleTo(ProjectVisibility.TIER_RESTRICTED).publish(projects, owner);
        fixture.portal().billing().defineTier(Actor.system(), new DefineTier("GOLD", tier("Gold", 3)));
        fixture.portal().billing().defineTier(Actor.system(), new DefineTier("BASIC", tier("Basic", 1)));
        access.createRole(Actor.system(), new CreateRole("TIERED_BIDDER", "Reads restricted bids from tier level 2",
                List.of("project:read-restricted active-member tier>=2"), List.of()));
        MemberId gold = registerWithTier("GOLD");
        MemberId basic = registerWithTier("BASIC");
        access.grantRole(Actor.system(), new GrantRole(gold, "TIERED_BIDDER", null));
        access.grantRole(Actor.system(), new GrantRole(basic, "TIERED_BIDDER", null));

        assertThat(projects.findProject(Actor.member(gold), restricted.id()).id()).isEqualTo(restricted.id());
        assertThat(submit(gold, restricted.id()).application().status()).isEqualTo(ApplicationStatus.PENDING);
        assertThatNamcException(() -> projects.findProject(Actor.member(basic), restricted.id()))
                .hasReason(CommonRefusal.PERMISSION_DENIED).hasMessageContaining("tier level 2");
    }

    private static TierDetails tier(String name, int level) {
        return new TierDetails(name, name + " membership", Money.of("40", "USD"), null, null, List.of(),
                java.util.Map.of(), java.util.Map.of(), List.of(), level, false, level, null);
    }

    private MemberId registerWithTier(String tier) {
        RegisterMember base = aMember().at(BERKELEY).command();
        var registration = membership.register(new RegisterMember(base.email(), base.password(), base.firstName(),
                base.lastName(), base.company(), base.title(), base.phone(), base.address(), base.location(),
                base.memberType(), tier, base.skills(), base.certifications()));
        membership.verifyEmail(new VerifyEmail(registration.verification().token()));
        return registration.memberId();
    }

    @Test
    void rankingMembersLeavesOutTheIneligibleAndExplainsEachScore() {
        ProjectView project = aProject().requiringSkills("electrical", "solar pv", "roofing")
                .servingOnly(EAST_BAY).publish(projects, owner);
        MemberId both = aMember().named("Ana", "Both").withSkills("electrical", "solar pv").at(BERKELEY)
                .registerVerified(membership);
        MemberId one = aMember().named("Ben", "One").withSkills("electrical").at(BERKELEY).registerVerified(membership);
        MemberId acrossTheBay = aMember().named("Cy", "Across").withSkills("electrical", "solar pv", "roofing")
                .at(SAN_FRANCISCO).registerVerified(membership);

        var ranked = projects.rankMembers(owner, new RankMembers(project.id(), PageRequest.first(10)));

        assertThat(ranked.items()).extracting(MemberMatch::memberId).startsWith(both, one)
                .doesNotContain(acrossTheBay);
        assertThat(ranked.items().get(0).score()).isGreaterThan(ranked.items().get(1).score());
        assertThat(ranked.items().get(0).breakdown().get(0).explanation())
                .isEqualTo("Covers 2 of 3 required skills (electrical, solar pv); missing roofing.");
        assertThat(ranked.items().get(0).name()).isEqualTo("Ana Both");
        assertThat(projects.explainMatch(owner, project.id(), acrossTheBay))
                .isInstanceOfSatisfying(MatchResult.Ineligible.class, i -> assertThat(i.reasons())
                        .extracting(Ineligibility::reason).containsExactly("Is based outside the project's service area."));
        assertThat(projects.explainMatch(Actor.member(one), project.id(), one)).isInstanceOf(MatchResult.Eligible.class);
        assertThatNamcException(() -> projects.explainMatch(Actor.member(one), project.id(), both))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> projects.rankMembers(Actor.member(one),
                new RankMembers(project.id(), PageRequest.first(10)))).hasReason(CommonRefusal.PERMISSION_DENIED);

        var secondPage = projects.rankMembers(owner, new RankMembers(project.id(), new PageRequest(1, 1)));
        assertThat(secondPage.items()).extracting(MemberMatch::memberId).containsExactly(one);
        assertThat(secondPage.totalItems()).isEqualTo(ranked.totalItems());
    }

    @Test
    void recordedQualificationsCountAtOnce() {
        ProjectView project = aProject().requiringYears(10).requiringBond(Money.of("1000000", "USD"))
                .publish(projects, owner);
        MemberId ana = electrician();
        MemberId ben = electrician();
        var before = projects.rankMembers(owner, new RankMembers(project.id(), PageRequest.first(10)));
        assertThat(before.items()).extracting(MemberMatch::score).containsOnly(before.items().get(0).score());

        projects.recordQualifications(Actor.member(ben), new RecordQualifications(ben, 12,
                Money.of("1500000", "USD"), List.of()));

        var after = projects.rankMembers(owner, new RankMembers(project.id(), PageRequest.first(10)));
        assertThat(after.items().get(0).memberId()).isEqualTo(ben);
        assertThat(after.items()).filteredOn(m -> m.memberId().equals(ana)).singleElement()
                .extracting(MemberMatch::score).isEqualTo(before.items().get(0).score());
        assertThat(projects.qualificationsOf(Actor.member(ben), ben).yearsOfExperience()).isEqualTo(12);
        assertThat(projects.qualificationsOf(Actor.member(ana), ana).yearsOfExperience()).isZero();
        assertThatNamcException(() -> projects.recordQualifications(Actor.member(ana),
                new RecordQualifications(ben, 40, null, List.of()))).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> projects.recordQualifications(Actor.member(ben),
                new RecordQualifications(ben, 80, Money.of("5", "EUR"), List.of())))
                .hasViolation("yearsOfExperience", "range").hasViolation("bondingCapacity", "currency");
    }

    @Test
    void projectsAreRankedForAMemberByRelevanceThenMatchThenRecency() {
        MemberId ana = aMember().withSkills("electrical", "solar pv").at(BERKELEY).registerVerified(membership);
        ProjectView weakMatch = aProject().titled("Transit depot solar canopy").requiringSkills("solar pv", "roofing",
                "steel erection", "concrete").publish(projects, owner);
        clock.advance(Duration.ofMinutes(1));
        ProjectView strongMatch = aProject().titled("Library solar retrofit").requiringSkills("solar pv", "electrical")
                .publish(projects, owner);
        clock.advance(Duration.ofMinutes(1));
        ProjectView titleMatch = aProject().titled("Solar farm and solar storage").requiringSkills("concrete")
                .publish(projects, owner);
        ProjectView barred = aProject().titled("Solar for the certified")
                .requiringCertification(CertificationRequirement.mandatory("NABCEP PV")).publish(projects, owner);

        var everything = projects.rankProjects(Actor.member(ana), new RankProjects(ana, ProjectFilter.ANY,
                PageRequest.first(10)));
        var solar = projects.rankProjects(Actor.member(ana), new RankProjects(ana, ProjectFilter.text("solar"),
                PageRequest.first(10)));

        assertThat(everything.items()).extracting(m -> m.project().id())
                .containsExactly(strongMatch.id(), weakMatch.id(), titleMatch.id());
        assertThat(solar.items()).extracting(m -> m.project().id())
                .containsExactly(titleMatch.id(), strongMatch.id(), weakMatch.id()).doesNotContain(barred.id());
        assertThat(solar.items()).extracting(ProjectMatch::relevance).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThatNamcException(() -> projects.rankProjects(Actor.member(ana), new RankProjects(ownerId,
                ProjectFilter.ANY, PageRequest.first(10)))).hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void importsAreIdempotentOnTheSourceAndItsId() {
        ImportProject command = new ImportProject("SAM.gov", "W912P7-26-R-0042", aProject().titled("Levee repair")
                .details());

        ImportResult created = projects.importProject(Actor.system(), command);
        ImportResult again = projects.importProject(Actor.system(), command);
        ImportResult renamed = projects.importProject(Actor.system(), new ImportProject("sam gov", "W912P7-26-R-0042",
                aProject().titled("Levee repair, phase 2").details()));

        assertThat(created).isInstanceOf(ImportResult.Created.class);
        assertThat(again).isInstanceOf(ImportResult.Unchanged.class);
        assertThat(again.project().id()).isEqualTo(created.project().id());
        assertThat(renamed).isInstanceOfSatisfying(ImportResult.Updated.class,
                u -> assertThat(u.changed()).containsExactly("brief"));
        assertThat(renamed.project().title()).isEqualTo("Levee repair, phase 2");
        assertThat(renamed.project().origin().source()).isEqualTo("SAM_GOV");
        assertThat(renamed.project().owner()).isNull();

        projects.publishProject(Actor.system(), created.project().id());
        projects.cancelProject(Actor.system(), new CancelProject(created.project().id(), "Withdrawn by agency"));
        assertThat(projects.importProject(Actor.system(), command)).isInstanceOf(ImportResult.Unchanged.class);
        assertThatNamcException(() -> projects.importProject(owner, command)).hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void concurrentImportsOfOneRecordCreateOneProject() throws Exception {
        ImportProject command = new ImportProject("Caltrans", "04-1A2345", aProject().details());

        List<ImportResult> results = Concurrently.run(8, () -> projects.importProject(Actor.system(), command));

        assertThat(results).filteredOn(r -> r instanceof ImportResult.Created).hasSize(1);
        assertThat(results).extracting(r -> r.project().id()).containsOnly(results.get(0).project().id());
    }

    @Test
    void commandsAreValidatedAndNothingIsStored() {
        assertThatNamcException(() -> projects.createProject(owner, new CreateProject(aProject()
                .withBudget(new Budget(Money.of("10", "EUR"), null, null, null)).details())))
                .hasViolation("budget.min", "currency");
        assertThatNamcException(() -> projects.apply(Actor.member(electrician()), new SubmitApplication(null, null)))
                .hasViolationOn("projectId", "proposal");
        assertThatNamcException(() -> projects.cancelProject(owner, new CancelProject(null, " ")))
                .hasViolationOn("projectId", "reason");
        assertThat(projects.projectsOwnedBy(owner, ownerId, PageRequest.first(10)).items()).isEmpty();
        assertThat(audited("project.create")).isEmpty();
    }

    @Test
    void aMemberWithAnExpiredCertificateIsIneligibleUntilRenewed() {
        ProjectView project = aProject().requiringCertification(CertificationRequirement.mandatory("OSHA 30"))
                .closingAt(clock.instant().plus(Duration.ofDays(300))).publish(projects, owner);
        MemberId ana = aMember().at(BERKELEY).withCertification(new Certification("OSHA 30", "OSHA", null, null,
                LocalDate.of(2026, 2, 28))).registerVerified(membership);

        assertThat(projects.explainMatch(Actor.member(ana), project.id(), ana))
                .isInstanceOf(MatchResult.Eligible.class);
        clock.set(java.time.Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(projects.explainMatch(Actor.member(ana), project.id(), ana))
                .isInstanceOf(MatchResult.Ineligible.class);
        assertThat(projects.rankMembers(owner, new RankMembers(project.id(), PageRequest.first(5))).items())
                .extracting(MemberMatch::memberId).doesNotContain(ana);
    }

    @Test
    void searchFindsOpenProjectsByTextForAnyone() {
        ProjectView bridge = aProject().titled("Pedestrian bridges over the creek").publish(projects, owner);
        aProject().titled("Parking lot").publish(projects, owner);

        var found = projects.searchProjects(Actor.anonymous(), new SearchProjects(ProjectFilter.text("bridge"),
                PageRequest.first(10)));

        assertThat(found.items()).extracting(FoundProject::project).extracting(ProjectView::id)
                .containsExactly(bridge.id());
        assertThat(found.items().get(0).relevance()).isPositive();
        assertThat(found.items().get(0).project().status()).isEqualTo(ProjectStatus.PUBLISHED);
    }
}
