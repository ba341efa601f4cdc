package org.namc.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.access.GrantRole;
import org.namc.membership.MembershipApi;
import org.namc.membership.RegisterMember;
import org.namc.membership.VerifyEmail;
import org.namc.membership.domain.Certification;
import org.namc.membership.domain.MemberType;
import org.namc.projects.ApplicationResult;
import org.namc.projects.AwardProject;
import org.namc.projects.CreateProject;
import org.namc.projects.DecideApplication;
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
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.Budget;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.InsuranceType;
import org.namc.projects.domain.ProjectBrief;
import org.namc.projects.domain.ProjectCategory;
import org.namc.projects.domain.ProjectContact;
import org.namc.projects.domain.ProjectDetails;
import org.namc.projects.domain.ProjectFilter;
import org.namc.projects.domain.ProjectLocation;
import org.namc.projects.domain.ProjectPriority;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.projects.domain.Proposal;
import org.namc.projects.domain.Requirements;
import org.namc.projects.domain.Timeline;
import org.namc.projects.matching.CriterionScore;
import org.namc.projects.matching.Ineligibility;
import org.namc.projects.matching.MatchResult;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Secret;

/**
 * The "Projects and matching" part of the demo: three projects published (one imported from
 * SAM.gov), members ranked with the breakdown of their scores, and one application walked from
 * submission to award. Deadlines are set relative to the demo clock, wherever earlier parts left it.
 */
final class ProjectsStory {
    private static final GeoPolygon EAST_BAY = GeoPolygon.of(GeoPoint.of(37.60, -122.35),
            GeoPoint.of(37.95, -122.35), GeoPoint.of(37.95, -121.95), GeoPoint.of(37.60, -121.95));

    private final PrintStream out;
    private final DemoRuntime runtime;
    private final ProjectsApi projects;
    private final MembershipApi membership;

    ProjectsStory(DemoRuntime runtime, PrintStream out) {
        this.out = out;
        this.runtime = runtime;
        this.projects = runtime.portal().projects();
        this.membership = runtime.portal().membership();
    }

    void run() {
        say("");
        say("== Projects and matching ==");
        Instant now = runtime.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, runtime.clock().getZone());
        MemberId dana = member("dana.whitfield@ebtransit.example", "Dana", "Whitfield", "East Bay Transit",
                GeoPoint.of(37.8044, -122.2712), List.of(), List.of());
        runtime.portal().access().grantRole(Actor.system(), new GrantRole(dana, "PROJECT_OWNER", null));
        Actor owner = Actor.member(dana);
        MemberId ana = member("ana@ruizelectric.example", "Ana", "Ruiz", "Ruiz Electric", GeoPoint.of(37.8715, -122.2730),
                List.of("Electrical", "Solar PV"), List.of(c10(today.plusYears(2))));
        MemberId ben = member("ben@okaforbuilders.example", "Ben", "Okafor", "Okafor Builders",
                GeoPoint.of(37.7799, -122.2200), List.of("Electrical", "Roofing"), List.of(c10(today.minusDays(3))));
        MemberId chen = member("chen@lisolar.example", "Chen", "Li", "Li Solar", GeoPoint.of(37.7749, -122.4194),
                List.of("Electrical", "Solar PV", "Roofing"), List.of(c10(today.plusYears(1))));
        MemberId eve = member("eve@harperpower.example", "Eve", "Harper", "Harper Power", GeoPoint.of(37.6688, -122.0808),
                List.of("Solar PV"), List.of(c10(today.plusMonths(8))));
        projects.recordQualifications(Actor.member(ana), new RecordQualifications(ana, 14, usd("3000000"),
                List.of(new InsuranceCoverage(InsuranceType.GENERAL_LIABILITY, usd("2000000"), today.plusYears(1)))));
        projects.recordQualifications(Actor.member(eve), new RecordQualifications(eve, 4, usd("400000"), List.of()));
        say("members: Ana (Berkeley), Ben (Oakland, C-10 expired 3 days ago), Chen (San Francisco), Eve (Hayward);"
                + " Ana and Eve recorded bonding, insurance and experience");

        ProjectView canopy = projects.publishProject(owner, projects.createProject(owner, new CreateProject(
                details("Fruitvale Station solar canopy", "Design-build of a 400 kW solar canopy over the BART lot.",
                        ProjectCategory.ELECTRICAL, GeoPoint.of(37.7748, -122.2241), now.plus(Duration.ofDays(30)),
                        new Requirements(List.of("Prevailing wage"), List.of("electrical", "solar pv"),
                                List.of(CertificationRequirement.mandatory("C-10 Electrical")), 8, usd("1500000"),
                                List.of(new InsuranceRequirement(InsuranceType.GENERAL_LIABILITY, usd("1000000")))),
                        EAST_BAY, ProjectVisibility.PUBLIC, List.of("solar", "canopy")))).id());
        ProjectView pathway = projects.publishProject(owner, projects.createProject(owner, new CreateProject(
                details("Lake Merritt pathway repaving", "Repave 1.2 miles of the lakeside path.",
                        ProjectCategory.TRANSPORTATION, GeoPoint.of(37.8024, -122.2583), now.plus(Duration.ofDays(21)),
                        Requirements.skills("Paving", "Concrete"), null, ProjectVisibility.MEMBERS_ONLY,
                        List.of("paving")))).id());
        ImportProject seawall = new ImportProject("SAM.gov", "W912P7-26-B-0107", details("Alameda Point seawall repairs",
                "Repair 800 feet of seawall; includes solar lighting of the promenade.",
                ProjectCategory.CIVIL_INFRASTRUCTURE, GeoPoint.of(37.7813, -122.3122), now.plus(Duration.ofDays(45)),
                Requirements.skills("Concrete", "Electrical"), null, ProjectVisibility.PUBLIC, List.of("seawall")));
        ImportResult imported = projects.importProject(Actor.system(), seawall);
        ImportResult reimported = projects.importProject(Actor.system(), seawall);
        ProjectView seawallProject = projects.publishProject(Actor.system(), imported.project().id());
        for (ProjectView p : List.of(canopy, pathway, seawallProject)) {
            say(String.format("published %-34s %-15s %-8s deadline %s", "\"" + p.title() + "\"",
                    p.details().visibility(), p.origin().source(), p.details().timeline().deadline()));
        }
        say("importing the SAM.gov record again -> " + reimported.getClass().getSimpleName()
                + " (same project " + reimported.project().id().equals(imported.project().id()) + ")");

        say("a visitor searches \"solar\": " + projects.searchProjects(Actor.anonymous(),
                        new SearchProjects(ProjectFilter.text("solar"), PageRequest.first(10))).items().stream()
                .map(f -> f.project().title() + String.format(" (relevance %.2f)", f.relevance())).toList());
        say("projects ranked for Ana (relevance, then match, then recency):");
        for (ProjectMatch m : projects.rankProjects(Actor.member(ana), new RankProjects(ana, ProjectFilter.ANY,
                PageRequest.first(5))).items()) {
            say(String.format("  %6s  %s", m.score(), m.project().title()));
        }

        say("members ranked for \"" + canopy.title() + "\" (service area: the East Bay):");
        int rank = 0;
        for (MemberMatch m : projects.rankMembers(owner, new RankMembers(canopy.id(), PageRequest.first(5))).items()) {
            say(String.format("  %d. %-12s %6s", ++rank, m.name(), m.score()));
            for (CriterionScore line : m.breakdown()) {
                say(String.format("       %-20s %6s / %5s  %s", line.criterion().label(), line.earned(),
                        line.possible(), line.explanation()));
            }
        }
        for (MemberId left : List.of(ben, chen)) {
            if (projects.explainMatch(owner, canopy.id(), left) instanceof MatchResult.Ineligible no) {
                say("  not ranked: " + membership.find(Actor.system(), left).profile().displayName() + " - "
                        + no.reasons().stream().map(Ineligibility::reason).toList());
            }
        }

        say("applications to \"" + canopy.title() + "\":");
        ApplicationResult chensTry = projects.apply(Actor.member(chen), new SubmitApplication(canopy.id(),
                Proposal.of("Canopy with bifacial panels.", "Twelve solar canopies since 2015.", "Twelve weeks.")));
        if (chensTry instanceof ApplicationResult.Ineligible no) {
            say("  Chen applies -> Ineligible: " + no.reasons().stream().map(Ineligibility::reason).toList());
        }
        ApplicationResult anas = projects.apply(Actor.member(ana), new SubmitApplication(canopy.id(), new Proposal(
                "Design-build with local apprentices.", "Fourteen years; the Richmond BART canopy in 2022.",
                "Ten weeks from notice to proceed.", usd("1380000"), List.of(), List.of(), List.of(),
                List.of("C-10 Electrical"))));
        if (!(anas instanceof ApplicationResult.Submitted submitted)) {
            throw new IllegalStateException("Ana should be eligible: " + anas);
        }
        ApplicationId id = submitted.application().id();
        say("  Ana applies -> " + submitted.application().status() + ", match score " + submitted.match().score()
                + " stored on the application");
        say("  Dana shortlists -> " + projects.shortlistApplication(owner, new ShortlistApplication(id,
                "Strongest bid; check bonding letter")).status());
        say("  Dana asks for information -> " + projects.requestInformation(owner, new RequestInformation(id,
                "Please attach your surety's bonding letter.")).status());
        say("  Ana answers -> " + projects.provideInformation(Actor.member(ana), new ProvideInformation(id,
                "Letter from Bay Surety attached: single project limit $3M.")).status());
        say("  Dana accepts -> " + projects.acceptApplication(owner, new DecideApplication(id,
                "Best value and the closest crew", "Congratulations; kickoff on the 1st.")).status());
        ProjectView awarded = projects.awardProject(owner, new AwardProject(canopy.id(), id));
        say("  project -> " + awarded.status() + " to application " + awarded.awardedApplication());
        var asAna = projects.findApplication(Actor.member(ana), id).review();
        var asDana = projects.findApplication(owner, id).review();
        say("  Ana reads the feedback \"" + asAna.feedback() + "\"; Dana's note \"" + asDana.notes() + "\" is "
                + (asAna.notes() == null ? "hidden from her" : "visible to her"));
    }

    private MemberId member(String email, String first, String last, String company, GeoPoint location,
                            List<String> skills, List<Certification> certifications) {
        var registration = membership.register(new RegisterMember(email, Secret.of("correct horse battery staple"),
                first, last, company, "Owner", null, null, location, MemberType.REGULAR, null, skills, certifications));
        membership.verifyEmail(new VerifyEmail(registration.verification().token()));
        return registration.memberId();
    }

    private static Certification c10(LocalDate expiresOn) {
        return new Certification("C-10 Electrical", "CSLB", null, null, expiresOn);
    }

    private static ProjectDetails details(String title, String description, ProjectCategory category, GeoPoint site,
                                          Instant deadline, Requirements requirements, @Nullable GeoPolygon area,
                                          ProjectVisibility visibility, List<String> keywords) {
        return new ProjectDetails(new ProjectBrief(title, description, category, null, List.of("public"), keywords),
                new Budget(usd("250000"), usd("2000000"), null, "Measure RR"),
                new ProjectLocation(null, null, site, area), new Timeline(null, null, deadline, null), requirements,
                new ProjectContact("Procurement desk", EmailAddress.of("bids@ebtransit.example"), null,
                        "East Bay Transit"), ProjectPriority.HIGH, visibility, 25);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private void say(String line) {
        out.println(line);
    }
}
