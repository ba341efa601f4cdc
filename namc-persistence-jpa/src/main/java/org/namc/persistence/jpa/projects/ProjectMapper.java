package org.namc.persistence.jpa.projects;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.geolatte.geom.G2D;
import org.geolatte.geom.Polygon;
import org.geolatte.geom.PositionSequenceBuilder;
import org.geolatte.geom.PositionSequenceBuilders;
import org.geolatte.geom.crs.CoordinateReferenceSystems;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.GeographyPoints;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.Budget;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectBrief;
import org.namc.projects.domain.ProjectContact;
import org.namc.projects.domain.ProjectDetails;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectLocation;
import org.namc.projects.domain.ProjectOrigin;
import org.namc.projects.domain.Requirements;
import org.namc.projects.domain.Timeline;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PhoneNumber;

/** Copies between the core's {@link Project} and its {@code projects} row, field by field. */
final class ProjectMapper {
    private ProjectMapper() {
    }

    static ProjectJpaEntity newEntity(Project project) {
        ProjectJpaEntity entity = new ProjectJpaEntity(project.id().value(), project.createdAt(),
                project.owner() == null ? null : project.owner().value());
        copyInto(project, entity);
        return entity;
    }

    /** Everything but the id, owner, creation time, application count and version, which the store owns. */
    static void copyInto(Project project, ProjectJpaEntity entity) {
        entity.source = project.origin().source();
        entity.externalId = project.origin().externalId();
        ProjectDetails details = project.details();
        copyBrief(details.brief(), entity);
        copyMoney(details, entity);
        ProjectLocation location = details.location();
        entity.location = location.description();
        entity.address = AddressJson.of(location.address());
        entity.coordinates = GeographyPoints.toGeography(location.coordinates());
        entity.serviceArea = toGeography(location.serviceArea());
        Timeline timeline = details.timeline();
        entity.startDate = timeline.startDate();
        entity.endDate = timeline.endDate();
        entity.deadline = timeline.deadline();
        entity.estimatedDurationDays = timeline.estimatedDurationDays();
        Requirements requirements = details.requirements();
        entity.requirements = requirements.requirements().toArray(String[]::new);
        entity.skills = requirements.skills().toArray(String[]::new);
        entity.certifications = requirements.certifications().stream().map(CertificationRequirement::name)
                .toArray(String[]::new);
        entity.mandatoryCertifications = requirements.certifications().stream()
                .filter(CertificationRequirement::mandatory).map(CertificationRequirement::name).toArray(String[]::new);
        entity.yearsOfExperience = requirements.yearsOfExperience();
        entity.insurance = requirements.insurance().stream().map(InsuranceJson::of).toList();
        ProjectContact contact = details.contact();
        entity.contactName = contact.name();
        entity.contactEmail = contact.email() == null ? null : contact.email().value();
        entity.contactPhone = contact.phone() == null ? null : contact.phone().e164();
        entity.organization = contact.organization();
        entity.priority = details.priority();
        entity.visibility = details.visibility();
        entity.maxApplications = details.maxApplications();
        entity.status = project.status();
        entity.updatedBy = project.updatedBy() == null ? null : project.updatedBy().value();
        entity.awardedApplication = project.awardedApplication() == null ? null
                : project.awardedApplication().value();
        entity.updatedAt = project.updatedAt();
        entity.publishedAt = project.publishedAt();
        entity.closedAt = project.closedAt();
    }

    static Project toDomain(ProjectJpaEntity e) {
        ProjectBrief brief = new ProjectBrief(e.title, e.description, e.category, e.subcategory,
                List.of(e.sectors), List.of(e.keywords));
        Budget budget = new Budget(money(e.budgetMin, e), money(e.budgetMax, e), money(e.estimatedValue, e),
                e.fundingSource);
        ProjectLocation location = new ProjectLocation(e.location, e.address == null ? null : e.address.toDomain(),
                GeographyPoints.toGeoPoint(e.coordinates), toGeoPolygon(e.serviceArea));
        Timeline timeline = new Timeline(e.startDate, e.endDate, e.deadline, e.estimatedDurationDays);
        Set<String> mandatory = Set.of(e.mandatoryCertifications);
        Requirements requirements = new Requirements(List.of(e.requirements), List.of(e.skills),
                Arrays.stream(e.certifications).map(name -> new CertificationRequirement(name, mandatory.contains(name)))
                        .toList(),
                e.yearsOfExperience, money(e.bonding, e), e.insurance.stream().map(InsuranceJson::toRequirement).toList());
        ProjectContact contact = new ProjectContact(e.contactName,
                e.contactEmail == null ? null : EmailAddress.of(e.contactEmail),
                e.contactPhone == null ? null : PhoneNumber.parse(e.contactPhone), e.organization);
        ProjectDetails details = new ProjectDetails(brief, budget, location, timeline, requirements, contact,
                e.priority, e.visibility, e.maxApplications);
        return Project.restore(new ProjectId(e.id), new ProjectOrigin(e.source, e.externalId), details, e.status,
                e.owner == null ? null : new MemberId(e.owner), e.updatedBy == null ? null : new MemberId(e.updatedBy),
                e.applicationCount, e.awardedApplication == null ? null : new ApplicationId(e.awardedApplication),
                e.createdAt, e.updatedAt, e.publishedAt, e.closedAt, e.version);
    }

    private static void copyBrief(ProjectBrief brief, ProjectJpaEntity entity) {
        entity.title = brief.title();
        entity.description = brief.description() == null ? "" : brief.description();
        entity.category = brief.category();
        entity.subcategory = brief.subcategory();
        entity.sectors = brief.sectors().toArray(String[]::new);
        entity.keywords = brief.keywords().toArray(String[]::new);
    }

    /** The row's amounts share one currency column; the core keeps a project's money in one currency. */
    private static void copyMoney(ProjectDetails details, ProjectJpaEntity entity) {
        Set<Currency> currencies = details.amounts().values().stream().map(Money::currency).collect(Collectors.toSet());
        if (currencies.size() > 1) {
            throw new IllegalArgumentException("a project's amounts must share one currency, not " + currencies);
        }
        entity.currency = currencies.isEmpty() ? null : currencies.iterator().next().getCurrencyCode();
        Budget budget = details.budget();
        entity.budgetMin = amount(budget.min());
        entity.budgetMax = amount(budget.max());
        entity.estimatedValue = amount(budget.estimatedValue());
        entity.fundingSource = budget.fundingSource();
        entity.bonding = amount(details.requirements().bonding());
    }

    private static @Nullable BigDecimal amount(@Nullable Money money) {
        return money == null ? null : money.amount();
    }

    private static @Nullable Money money(@Nullable BigDecimal amount, ProjectJpaEntity entity) {
        if (amount == null) {
            return null;
        }
        if (entity.currency == null) {
            throw new IllegalStateException("project " + entity.id + " has an amount but no currency");
        }
        return Money.of(amount, Currency.getInstance(entity.currency));
    }

    static @Nullable Polygon<G2D> toGeography(@Nullable GeoPolygon polygon) {
        if (polygon == null) {
            return null;
        }
        List<GeoPoint> ring = polygon.vertices();
        PositionSequenceBuilder<G2D> positions = PositionSequenceBuilders.fixedSized(ring.size() + 1, G2D.class);
        ring.forEach(v -> positions.add(v.longitude(), v.latitude()));
        positions.add(ring.get(0).longitude(), ring.get(0).latitude());
        return new Polygon<>(positions.toPositionSequence(), CoordinateReferenceSystems.WGS84);
    }

    private static @Nullable GeoPolygon toGeoPolygon(@Nullable Polygon<G2D> polygon) {
        if (polygon == null || polygon.isEmpty()) {
            return null;
        }
        List<GeoPoint> ring = new java.util.ArrayList<>();
        polygon.getExteriorRing().getPositions().forEach(p -> ring.add(GeoPoint.of(p.getLat(), p.getLon())));
        return new GeoPolygon(ring);
    }
}
