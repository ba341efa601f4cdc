package org.namc.persistence.jpa.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.domain.Certification;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.Membership;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestSchema;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.matching.Candidate;
import org.namc.projects.matching.CandidateIndex;
import org.namc.projects.matching.MatchCriteria;
import org.namc.projects.matching.MatchEngine;
import org.namc.projects.matching.MatchTime;
import org.namc.projects.matching.MatchWeights;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.data.MemberBuilder;
import org.namc.testing.inmemory.InMemoryMatchProspects;

/**
 * Ranking only the SQL prospects gives the ranking of every member, entry for entry and with
 * the same eligible count, while the prospects are fewer than all members.
 */
class PreFilteredRankingTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final MatchTime TIME = new MatchTime(NOW, LocalDate.ofInstant(NOW, ZoneOffset.UTC));
    private static final RenewalPolicy POLICY = RenewalPolicy.standard();
    private static final String CLASS_A = "Class A General Engineering";
    private static final GeoPolygon EAST_BAY = GeoPolygon.of(GeoPoint.of(37.60, -122.35),
            GeoPoint.of(37.95, -122.35), GeoPoint.of(37.95, -121.95), GeoPoint.of(37.60, -121.95));
    private static final GeoPoint OAKLAND = GeoPoint.of(37.8044, -122.2712);
    private static final MatchEngine ENGINE = new MatchEngine(MatchWeights.defaults());

    private static CandidateIndex everyone;

    @BeforeAll
    static void members() {
        db.truncateAll();
        Random random = new Random(42);
        for (int i = 0; i < 400; i++) {
            Member member = persistence().members().save(member(i, random));
            if (i % 3 == 0) {
                persistence().qualifications().save(new ContractorQualifications(member.id(), random.nextInt(25),
                        Money.of(String.valueOf(random.nextInt(5_000_000)), "USD"), List.of(), NOW, 0));
            }
        }
        Map<MemberId, ContractorQualifications> qualifications = persistence().qualifications()
                .list(PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .collect(Collectors.toMap(ContractorQualifications::memberId, Function.identity()));
        List<Candidate> candidates = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            persistence().members().list(new PageRequest(page, 200)).items().forEach(m ->
                    candidates.add(Candidate.of(m, qualifications.get(m.id()), POLICY)));
        }
        everyone = CandidateIndex.of(candidates);
        assertThat(everyone.size()).isEqualTo(400);
    }

    @Test
    void anOpenProjectRanksTheSameAndSkipsMembersNotInGoodStanding() {
        assertSameRanking(criteria(List.of(), null), 280);
    }

    @Test
    void aServiceAreaRanksTheSameFromFarFewerProspects() {
        assertSameRanking(criteria(List.of(), EAST_BAY), 40);
    }

    @Test
    void aMandatoryCertificationRanksTheSameWhateverItsSpellingInProfiles() {
        assertSameRanking(criteria(List.of(CertificationRequirement.mandatory(CLASS_A),
                CertificationRequirement.preferred("DBE")), null), 140);
    }

    @Test
    void allHardRequirementsTogetherRankTheSame() {
        assertSameRanking(criteria(List.of(CertificationRequirement.mandatory(CLASS_A)), EAST_BAY), 20);
    }

    private static void assertSameRanking(MatchCriteria criteria, int atMostProspects) {
        Set<MemberId> prospects = persistence().matchProspects().prospectsFor(criteria, NOW, POLICY.grace());
        Set<MemberId> inMemory = new InMemoryMatchProspects(persistence().members())
                .prospectsFor(criteria, NOW, POLICY.grace());

        CandidateIndex.Ranking full = ENGINE.rank(everyone, criteria, TIME, 0, 400);
        CandidateIndex.Ranking preFiltered = ENGINE.rank(everyone.restrictedTo(prospects), criteria, TIME, 0, 400);
        CandidateIndex.Ranking topTen = ENGINE.rank(everyone.restrictedTo(prospects), criteria, TIME, 5, 10);

        assertThat(full.eligible()).isPositive();
        assertThat(preFiltered).isEqualTo(full);
        int size = full.entries().size();
        assertThat(topTen.entries()).isEqualTo(full.entries().subList(Math.min(5, size), Math.min(15, size)));
        assertThat(ENGINE.rank(everyone.restrictedTo(inMemory), criteria, TIME, 0, 400)).isEqualTo(full);
        assertThat(prospects).hasSizeLessThanOrEqualTo(atMostProspects).hasSizeLessThan(inMemory.size());
    }

    private static MatchCriteria criteria(List<CertificationRequirement> certifications, GeoPolygon area) {
        return new MatchCriteria(new ProjectId(UUID.randomUUID()), List.of("electrical", "solar pv", "concrete"),
                certifications, OAKLAND, area, 5, Money.of("1000000", "USD"), List.of());
    }

    /**
     * Members spread over the Bay Area and beyond, with every standing (unverified, active,
     * expiring, in grace, lapsed, cancelled), the mandatory certification under several
     * spellings, some of them expired, and assorted skills.
     */
    private static Member member(int i, Random random) {
        MemberBuilder builder = MemberBuilder.aMember().withEmail("member" + i + "@prospects.example")
                .at(i % 17 == 0 ? null : GeoPoint.of(37.2 + random.nextDouble() * 1.4, -122.8 + random.nextDouble() * 1.5))
                .withSkills(List.of("electrical", "solar pv", "concrete", "paving", "hvac").stream()
                        .filter(s -> random.nextInt(3) == 0).toArray(String[]::new));
        int spelling = random.nextInt(6);
        if (spelling < 3) {
            String name = List.of(CLASS_A, "  class a   GENERAL engineering ", "CLASS A\tGeneral Engineering")
                    .get(spelling);
            LocalDate expires = random.nextInt(4) == 0 ? LocalDate.of(2026, 1, 1) : null;
            builder.withCertification(new Certification(name, "CSLB", null, null, expires));
        }
        if (random.nextInt(4) == 0) {
            builder.withCertification(new Certification("DBE", "Caltrans", null, null, null));
        }
        Instant registered = NOW.minus(Duration.ofDays(500));
        Member member = builder.member(new MemberId(UUID.randomUUID()), registered);
        return switch (i % 8) {
            case 0 -> member;
            case 1 -> member.verifiedEmail(NOW.minus(Duration.ofDays(350)), POLICY);
            case 2 -> member.verifiedEmail(NOW.minus(Duration.ofDays(380)), POLICY);
            case 3 -> member.verifiedEmail(NOW.minus(Duration.ofDays(420)), POLICY);
            case 4 -> cancelled(member.verifiedEmail(NOW.minus(Duration.ofDays(100)), POLICY),
                    NOW.minus(Duration.ofDays(i % 16 == 4 ? 3 : -3)));
            default -> member.verifiedEmail(NOW.minus(Duration.ofDays(random.nextInt(300))), POLICY);
        };
    }

    private static Member cancelled(Member member, Instant at) {
        Membership m = member.membership();
        return member.withMembership(new Membership(m.type(), m.tier(), m.memberSince(), m.expiresAt(), at), at);
    }

    private static JpaPersistence persistence() {
        return db.persistence();
    }
}
