package org.namc.benchmarks.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.InsuranceType;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.matching.Candidate;
import org.namc.projects.matching.HeldCertification;
import org.namc.projects.matching.MatchCriteria;
import org.namc.projects.matching.MatchTime;
import org.namc.projects.matching.StandingTimeline;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * A reproducible population of contractors around the Bay Area (seeded, so every run ranks
 * the same members) and a typical project asking for three skills, a certification, five
 * years, a bond and liability cover.
 */
public final class Contractors {
    public static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");
    public static final MatchTime TIME = new MatchTime(NOW, LocalDate.ofInstant(NOW, ZoneOffset.UTC));
    public static final GeoPoint OAKLAND = GeoPoint.of(37.8044, -122.2712);

    static final List<String> SKILLS = List.of("electrical", "plumbing", "hvac", "roofing", "framing", "concrete",
            "drywall", "painting", "solar pv", "masonry", "carpentry", "landscaping", "excavation", "paving",
            "steel erection", "glazing", "insulation", "flooring", "tile", "demolition", "fire protection",
            "low voltage", "welding", "surveying", "cabinetry", "waterproofing", "elevator", "signage",
            "fencing", "site utilities", "traffic control", "scaffolding");
    static final List<String> CERTIFICATIONS = List.of("OSHA 30", "OSHA 10", "LEED AP", "NABCEP PV Installer",
            "EPA Lead-Safe", "DBE", "SBE", "First Aid/CPR");

    private Contractors() {
    }

    public static List<Candidate> generate(int count, long seed) {
        Random random = new Random(seed);
        RenewalPolicy policy = RenewalPolicy.standard();
        List<Candidate> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Set<String> skills = new HashSet<>();
            int skillCount = 1 + random.nextInt(6);
            while (skills.size() < skillCount) {
                skills.add(SKILLS.get(random.nextInt(SKILLS.size())));
            }
            List<HeldCertification> certifications = new ArrayList<>();
            for (String name : CERTIFICATIONS) {
                if (random.nextInt(4) == 0) {
                    LocalDate issued = TIME.today().minusDays(random.nextInt(2000));
                    LocalDate expires = random.nextBoolean() ? null : issued.plusDays(365 + random.nextInt(1500));
                    certifications.add(new HeldCertification(CertificationRequirement.keyOf(name), name, issued,
                            expires));
                }
            }
            // Within roughly 250 km of Oakland; one in fifty has no location on file.
            GeoPoint location = random.nextInt(50) == 0 ? null : GeoPoint.of(
                    OAKLAND.latitude() + (random.nextDouble() - 0.5) * 4.5,
                    OAKLAND.longitude() + (random.nextDouble() - 0.5) * 5.5);
            List<InsuranceCoverage> insurance = new ArrayList<>();
            if (random.nextInt(3) > 0) {
                insurance.add(new InsuranceCoverage(InsuranceType.GENERAL_LIABILITY,
                        Money.ofMinor((250_000L + random.nextInt(3_000_000)) * 100, Money.of("0", "USD").currency()),
                        TIME.today().plusDays(random.nextInt(400) - 60)));
            }
            // Most members are current; some expiring, in grace, lapsed or cancelled.
            Instant expires = NOW.plusSeconds((random.nextInt(420) - 60) * 86_400L);
            StandingTimeline standing = random.nextInt(40) == 0
                    ? new StandingTimeline(NOW.minusSeconds(86_400), expires, policy.expiringNotice(), policy.grace())
                    : StandingTimeline.activeUntil(expires, policy);
            Money bonding = random.nextInt(4) == 0 ? null : Money.of(String.valueOf(10_000 * random.nextInt(60)), "USD");
            candidates.add(new Candidate(new MemberId(new UUID(random.nextLong(), random.nextLong())),
                    "Contractor " + i, skills, certifications, location, random.nextInt(30), bonding, insurance,
                    standing));
        }
        return candidates;
    }

    public static MatchCriteria project() {
        return new MatchCriteria(new ProjectId(new UUID(1, 1)), List.of("electrical", "solar pv", "roofing"),
                List.of(CertificationRequirement.preferred("OSHA 30")), OAKLAND, null, 5,
                Money.of("100000", "USD"),
                List.of(new InsuranceRequirement(InsuranceType.GENERAL_LIABILITY, Money.of("1000000", "USD"))));
    }
}
