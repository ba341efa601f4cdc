package org.namc.projects.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** Complete project details and ids for the domain tests. */
final class ProjectSamples {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-04-01T17:00:00Z");
    static final MemberId OWNER = new MemberId(UUID.fromString("00000000-0000-7000-8000-000000000001"));

    private ProjectSamples() {
    }

    static ProjectDetails complete() {
        return new ProjectDetails(
                new ProjectBrief("Oakland library solar retrofit", "Install a 120 kW rooftop PV array.",
                        ProjectCategory.ELECTRICAL, "Solar", List.of("public"), List.of("solar", "pv")),
                new Budget(Money.of("250000", "USD"), Money.of("400000", "USD"), null, "City of Oakland"),
                ProjectLocation.at("Oakland, CA", GeoPoint.of(37.8044, -122.2712)),
                new Timeline(null, null, DEADLINE, 90),
                Requirements.skills("Electrical", "Solar PV"),
                new ProjectContact("Dana Park", EmailAddress.of("bids@oaklandca.example"), null, "City of Oakland"),
                ProjectPriority.HIGH, ProjectVisibility.PUBLIC, 3);
    }

    static Project draft() {
        return Project.draft(new ProjectId(UUID.fromString("00000000-0000-7000-8000-0000000000a1")),
                ProjectOrigin.manual(), complete(), OWNER, NOW);
    }

    static ApplicationId applicationId(int n) {
        return new ApplicationId(new UUID(0x7000L, 0x8000_0000_0000_0b00L + n));
    }
}
