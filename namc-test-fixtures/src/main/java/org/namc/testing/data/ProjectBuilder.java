package org.namc.testing.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.namc.projects.CreateProject;
import org.namc.projects.ProjectView;
import org.namc.projects.ProjectsApi;
import org.namc.projects.domain.Budget;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.ProjectBrief;
import org.namc.projects.domain.ProjectCategory;
import org.namc.projects.domain.ProjectContact;
import org.namc.projects.domain.ProjectDetails;
import org.namc.projects.domain.ProjectLocation;
import org.namc.projects.domain.ProjectPriority;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.projects.domain.Requirements;
import org.namc.projects.domain.Timeline;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.Money;

/**
 * Project details complete enough to publish, each project titled uniquely:
 * {@code aProject().titled("Bridge").requiringSkills("concrete").publish(projects, owner)}.
 * The default site is downtown Oakland, the deadline 30 June 2026, 17:00 UTC.
 */
public final class ProjectBuilder {
    public static final Instant DEFAULT_DEADLINE = Instant.parse("2026-06-30T17:00:00Z");
    public static final GeoPoint OAKLAND = GeoPoint.of(37.8044, -122.2712);
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private String title;
    private @Nullable String description = "Construction work for a public agency in the Bay Area.";
    private ProjectCategory category = ProjectCategory.GENERAL_CONSTRUCTION;
    private final List<String> keywords = new ArrayList<>();
    private Budget budget = new Budget(Money.of("100000", "USD"), Money.of("250000", "USD"), null, null);
    private @Nullable GeoPoint site = OAKLAND;
    private @Nullable GeoPolygon serviceArea;
    private @Nullable Instant deadline = DEFAULT_DEADLINE;
    private final List<String> skills = new ArrayList<>();
    private final List<CertificationRequirement> certifications = new ArrayList<>();
    private int years;
    private @Nullable Money bond;
    private final List<InsuranceRequirement> insurance = new ArrayList<>();
    private @Nullable String organization = "Bay Area Transit Authority";
    private @Nullable EmailAddress contactEmail = EmailAddress.of("bids@transit.example");
    private ProjectVisibility visibility = ProjectVisibility.PUBLIC;
    private @Nullable Integer maxApplications;

    private ProjectBuilder() {
        this.title = "Project " + SERIAL.incrementAndGet();
    }

    public static ProjectBuilder aProject() {
        return new ProjectBuilder();
    }

    public ProjectBuilder titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public ProjectBuilder described(@Nullable String newDescription) {
        this.description = newDescription;
        return this;
    }

    public ProjectBuilder inCategory(ProjectCategory newCategory) {
        this.category = newCategory;
        return this;
    }

    public ProjectBuilder withKeywords(String... words) {
        keywords.addAll(List.of(words));
        return this;
    }

    public ProjectBuilder withBudget(Budget newBudget) {
        this.budget = newBudget;
        return this;
    }

    public ProjectBuilder at(@Nullable GeoPoint newSite) {
        this.site = newSite;
        return this;
    }

    public ProjectBuilder servingOnly(@Nullable GeoPolygon area) {
        this.serviceArea = area;
        return this;
    }

    public ProjectBuilder closingAt(@Nullable Instant newDeadline) {
        this.deadline = newDeadline;
        return this;
    }

    public ProjectBuilder requiringSkills(String... newSkills) {
        skills.addAll(List.of(newSkills));
        return this;
    }

    public ProjectBuilder requiringCertification(CertificationRequirement requirement) {
        certifications.add(requirement);
        return this;
    }

    public ProjectBuilder requiringYears(int newYears) {
        this.years = newYears;
        return this;
    }

    public ProjectBuilder requiringBond(@Nullable Money amount) {
        this.bond = amount;
        return this;
    }

    public ProjectBuilder requiringInsurance(InsuranceRequirement requirement) {
        insurance.add(requirement);
        return this;
    }

    public ProjectBuilder offeredBy(@Nullable String newOrganization) {
        this.organization = newOrganization;
        return this;
    }

    public ProjectBuilder withContactEmail(@Nullable String email) {
        this.contactEmail = email == null ? null : EmailAddress.of(email);
        return this;
    }

    public ProjectBuilder visibleTo(ProjectVisibility newVisibility) {
        this.visibility = newVisibility;
        return this;
    }

    public ProjectBuilder takingAtMost(@Nullable Integer applications) {
        this.maxApplications = applications;
        return this;
    }

    public ProjectDetails details() {
        return new ProjectDetails(new ProjectBrief(title, description, category, null, List.of(), keywords), budget,
                new ProjectLocation(null, null, site, serviceArea), new Timeline(null, null, deadline, null),
                new Requirements(List.of(), skills, certifications, years, bond, insurance),
                new ProjectContact(null, contactEmail, null, organization), ProjectPriority.MEDIUM, visibility,
                maxApplications);
    }

    /** Drafts the project through the API. */
    public ProjectView draft(ProjectsApi projects, Actor owner) {
        return projects.createProject(owner, new CreateProject(details()));
    }

    /** Drafts and publishes the project through the API. */
    public ProjectView publish(ProjectsApi projects, Actor owner) {
        return projects.publishProject(owner, draft(projects, owner).id());
    }
}
