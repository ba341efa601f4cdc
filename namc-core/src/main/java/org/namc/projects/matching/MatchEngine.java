package org.namc.projects.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.namc.membership.domain.MembershipStatus;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.MatchScore;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.Money;

/**
 * Scores a member against a project from 0 to 100 and says why, criterion by criterion (see
 * {@link MatchWeights} for the points and their defaults). Hard requirements make a member
 * {@link MatchResult.Ineligible} with the reason instead of lowering the score:
 * <ul>
 *   <li>a mandatory certification not held, or not valid today;</li>
 *   <li>being based outside the project's service area (or having no location to check);</li>
 *   <li>a membership not in good standing (lapsed, cancelled, not yet verified).</li>
 * </ul>
 * Pure: no clock, no stores; the same inputs always give the same result. {@link #rank}
 * ranks many members with the same formulas through a {@link CandidateIndex}.
 */
public final class MatchEngine {
    private final MatchWeights weights;

    public MatchEngine(MatchWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    public MatchWeights weights() {
        return weights;
    }

    public MatchResult match(Candidate candidate, MatchCriteria criteria, MatchTime time) {
        List<Ineligibility> reasons = new ArrayList<>();
        List<CriterionScore> breakdown = List.of(
                skills(candidate, criteria),
                certifications(candidate, criteria, time, reasons),
                distance(candidate, criteria, reasons),
                experience(candidate, criteria),
                bonding(candidate, criteria),
                insurance(candidate, criteria, time),
                standing(candidate, time, reasons));
        if (!reasons.isEmpty()) {
            return new MatchResult.Ineligible(candidate.memberId(), criteria.projectId(), reasons, breakdown);
        }
        int total = breakdown.stream().mapToInt(CriterionScore::earnedHundredths).sum();
        return new MatchResult.Eligible(candidate.memberId(), criteria.projectId(), new MatchScore(total), breakdown);
    }

    /** The {@code limit} best eligible members from {@code offset} on: score, then member id. */
    public CandidateIndex.Ranking rank(CandidateIndex index, MatchCriteria criteria, MatchTime time, int offset,
                                       int limit) {
        return index.rank(criteria, weights, time, offset, limit);
    }

    private CriterionScore skills(Candidate c, MatchCriteria criteria) {
        int possible = weights.possible(Criterion.SKILLS);
        List<String> required = criteria.skills();
        if (required.isEmpty()) {
            return new CriterionScore(Criterion.SKILLS, possible, possible, "The project asks for no particular skills.");
        }
        List<String> covered = required.stream().filter(c.skills()::contains).toList();
        List<String> missing = required.stream().filter(s -> !c.skills().contains(s)).toList();
        String sentence = "Covers " + covered.size() + " of " + required.size() + " required skills"
                + (covered.isEmpty() ? "" : " (" + String.join(", ", covered) + ")")
                + (missing.isEmpty() ? "." : "; missing " + String.join(", ", missing) + ".");
        return new CriterionScore(Criterion.SKILLS, Scoring.share(possible, covered.size(), required.size()), possible,
                sentence);
    }

    private CriterionScore certifications(Candidate c, MatchCriteria criteria, MatchTime time,
                                          List<Ineligibility> reasons) {
        int possible = weights.possible(Criterion.CERTIFICATIONS);
        List<CertificationRequirement> requested = criteria.certifications();
        if (requested.isEmpty()) {
            return new CriterionScore(Criterion.CERTIFICATIONS, possible, possible,
                    "The project asks for no certifications.");
        }
        List<String> held = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        for (CertificationRequirement requirement : requested) {
            boolean valid = c.certifications().stream()
                    .anyMatch(h -> h.key().equals(requirement.key()) && h.isValidOn(time.today()));
            (valid ? held : lacking).add(requirement.name());
            if (!valid && requirement.mandatory()) {
                reasons.add(new Ineligibility(Criterion.CERTIFICATIONS, "Lacks the mandatory certification "
                        + requirement.name() + " (not held, or not valid on " + time.today() + ")."));
            }
        }
        String sentence = "Holds " + held.size() + " of " + requested.size() + " requested certifications, valid on "
                + time.today() + (held.isEmpty() ? "" : " (" + String.join(", ", held) + ")")
                + (lacking.isEmpty() ? "." : "; lacking " + String.join(", ", lacking) + ".");
        return new CriterionScore(Criterion.CERTIFICATIONS, Scoring.share(possible, held.size(), requested.size()),
                possible, sentence);
    }

    private CriterionScore distance(Candidate c, MatchCriteria criteria, List<Ineligibility> reasons) {
        int possible = weights.possible(Criterion.DISTANCE);
        GeoPoint home = c.location();
        GeoPolygon area = criteria.serviceArea();
        if (area != null) {
            if (home != null && area.contains(home.latitude(), home.longitude())) {
                return new CriterionScore(Criterion.DISTANCE, possible, possible,
                        "Based inside the project's service area.");
            }
            String reason = home == null
                    ? "Has no location on file, so being inside the project's service area cannot be checked."
                    : "Is based outside the project's service area.";
            reasons.add(new Ineligibility(Criterion.DISTANCE, reason));
            return new CriterionScore(Criterion.DISTANCE, 0, possible, reason);
        }
        GeoPoint site = criteria.site();
        if (site == null) {
            return new CriterionScore(Criterion.DISTANCE, possible, possible,
                    "The project names no site, so distance does not count.");
        }
        if (home == null) {
            return new CriterionScore(Criterion.DISTANCE, 0, possible, "Has no location on file.");
        }
        double km = Distances.km(home, site);
        int earned = Scoring.distance(possible, km, weights.fullPointsWithinKm(), weights.noPointsBeyondKm());
        return new CriterionScore(Criterion.DISTANCE, earned, possible,
                String.format(Locale.ROOT, "Based %.1f km from the site (full points within %s km, none beyond %s km).",
                        km, plain(weights.fullPointsWithinKm()), plain(weights.noPointsBeyondKm())));
    }

    private CriterionScore experience(Candidate c, MatchCriteria criteria) {
        int possible = weights.possible(Criterion.EXPERIENCE);
        int required = criteria.yearsOfExperience();
        if (required == 0) {
            return new CriterionScore(Criterion.EXPERIENCE, possible, possible,
                    "The project asks for no minimum experience.");
        }
        return new CriterionScore(Criterion.EXPERIENCE, Scoring.share(possible, c.yearsOfExperience(), required),
                possible, c.yearsOfExperience() + " years of experience against " + required + " required.");
    }

    private CriterionScore bonding(Candidate c, MatchCriteria criteria) {
        int possible = weights.possible(Criterion.BONDING);
        Money required = criteria.bonding();
        if (required == null) {
            return new CriterionScore(Criterion.BONDING, possible, possible, "No bond is required.");
        }
        int earned = Scoring.bonding(possible, c.bondingCapacityMinor(), criteria.bondingMinor());
        Money capacity = c.bondingCapacity();
        String sentence = capacity == null || !capacity.isPositive()
                ? "Has no bonding capacity on record; a bond of " + required + " is required."
                : "Bonding capacity of " + capacity + (earned == possible ? " covers" : " falls short of")
                        + " the required bond of " + required + ".";
        return new CriterionScore(Criterion.BONDING, earned, possible, sentence);
    }

    private CriterionScore insurance(Candidate c, MatchCriteria criteria, MatchTime time) {
        int possible = weights.possible(Criterion.INSURANCE);
        List<InsuranceRequirement> required = criteria.insurance();
        if (required.isEmpty()) {
            return new CriterionScore(Criterion.INSURANCE, possible, possible, "No insurance is required.");
        }
        List<String> met = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        for (InsuranceRequirement requirement : required) {
            boolean ok = c.insurance().stream().anyMatch(cover -> covers(cover, requirement, time));
            (ok ? met : lacking).add(label(requirement));
        }
        String sentence = "Carries " + met.size() + " of " + required.size() + " required coverages"
                + (met.isEmpty() ? "" : " (" + String.join(", ", met) + ")")
                + (lacking.isEmpty() ? "." : "; missing, too low or expired: " + String.join(", ", lacking) + ".");
        return new CriterionScore(Criterion.INSURANCE, Scoring.share(possible, met.size(), required.size()), possible,
                sentence);
    }

    private CriterionScore standing(Candidate c, MatchTime time, List<Ineligibility> reasons) {
        int possible = weights.possible(Criterion.STANDING);
        MembershipStatus status = c.standing().statusAt(time.instant());
        if (!status.isInGoodStanding()) {
            String reason = "Membership is " + status + "; only members in good standing can take on projects.";
            reasons.add(new Ineligibility(Criterion.STANDING, reason));
            return new CriterionScore(Criterion.STANDING, 0, possible, reason);
        }
        return new CriterionScore(Criterion.STANDING, Scoring.standing(possible, status), possible,
                "Membership is " + status + ".");
    }

    /** The rule the index applies too: same kind, valid today, at least the required limit. */
    static boolean covers(InsuranceCoverage cover, InsuranceRequirement requirement, MatchTime time) {
        return cover.type() == requirement.type() && cover.isValidOn(time.today())
                && cover.coverage().minorUnits() >= requirement.minimumCoverage().minorUnits();
    }

    private static String label(InsuranceRequirement requirement) {
        return requirement.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of "
                + requirement.minimumCoverage();
    }

    private static String plain(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }
}
