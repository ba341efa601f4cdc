package org.namc.projects.matching;

import org.namc.shared.domain.ViolationRule;
import org.namc.shared.domain.Violations;

/**
 * How many of the 100 points each criterion can earn, and how distance turns into points.
 * The points must add up to 100. Defaults, and why:
 * <ul>
 *   <li>{@code skills} 35: the trade fit matters most;</li>
 *   <li>{@code certifications} 15: requested certifications held and valid today (mandatory
 *       ones are also hard requirements);</li>
 *   <li>{@code distance} 20: full points within {@code fullPointsWithinKm} (15 km) of the site,
 *       falling linearly to none at {@code noPointsBeyondKm} (160 km, about 100 miles); inside a
 *       project's service area always earns full points;</li>
 *   <li>{@code experience} 10: years in the trade against the years required, capped;</li>
 *   <li>{@code bonding} 5 and {@code insurance} 5: bonding capacity against the bond required,
 *       and required coverages carried, valid today, at the required limit;</li>
 *   <li>{@code standing} 10: an ACTIVE membership earns all, EXPIRING three quarters, GRACE
 *       half (lapsed, cancelled or unverified members are ineligible).</li>
 * </ul>
 * A criterion the project does not ask about (no skills, no bond) earns its full points, so
 * scores stay comparable across members of one project.
 */
public record MatchWeights(int skills, int certifications, int distance, int experience, int bonding, int insurance,
                           int standing, double fullPointsWithinKm, double noPointsBeyondKm) {

    public static final int TOTAL = 100;

    public MatchWeights {
        Violations.collect()
                .check(skills >= 0 && certifications >= 0 && distance >= 0 && experience >= 0 && bonding >= 0
                        && insurance >= 0 && standing >= 0, "weights", ViolationRule.RANGE, "weights must not be negative")
                .check(skills + certifications + distance + experience + bonding + insurance + standing == TOTAL,
                        "weights", "sum", "weights must add up to " + TOTAL)
                .check(Double.isFinite(fullPointsWithinKm) && fullPointsWithinKm >= 0, "fullPointsWithinKm", ViolationRule.RANGE,
                        "must be 0 or more")
                .check(Double.isFinite(noPointsBeyondKm) && noPointsBeyondKm > fullPointsWithinKm,
                        "noPointsBeyondKm", ViolationRule.RANGE, "must be beyond fullPointsWithinKm")
                .throwIfAny();
    }

    public static MatchWeights defaults() {
        return new MatchWeights(35, 15, 20, 10, 5, 5, 10, 15, 160);
    }

    /** The points a criterion can earn, in hundredths. */
    int possible(Criterion criterion) {
        int points = switch (criterion) {
            case SKILLS -> skills;
            case CERTIFICATIONS -> certifications;
            case DISTANCE -> distance;
            case EXPERIENCE -> experience;
            case BONDING -> bonding;
            case INSURANCE -> insurance;
            case STANDING -> standing;
        };
        return points * 100;
    }
}
