package org.namc.projects.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.Profile;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * A member as matching sees them: skills (canonical), certifications, where they are based,
 * their contractor qualifications and their membership standing over time.
 */
public record Candidate(MemberId memberId, String name, Set<String> skills, List<HeldCertification> certifications,
                        @Nullable GeoPoint location, int yearsOfExperience, @Nullable Money bondingCapacity,
                        List<InsuranceCoverage> insurance, StandingTimeline standing) {

    public Candidate {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(standing, "standing");
        skills = Set.copyOf(new LinkedHashSet<>(Profile.canonicalSkills(List.copyOf(skills))));
        certifications = List.copyOf(certifications);
        insurance = List.copyOf(insurance);
        if (yearsOfExperience < 0) {
            throw new IllegalArgumentException("yearsOfExperience must not be negative");
        }
    }

    /** The member's profile and standing, with their qualifications when they recorded any. */
    public static Candidate of(Member member, @Nullable ContractorQualifications qualifications,
                               RenewalPolicy policy) {
        Profile profile = member.profile();
        return new Candidate(member.id(), profile.displayName(), Set.copyOf(profile.skills()),
                profile.certifications().stream().map(HeldCertification::of).toList(), profile.location(),
                qualifications == null ? 0 : qualifications.yearsOfExperience(),
                qualifications == null ? null : qualifications.bondingCapacity(),
                qualifications == null ? List.of() : qualifications.insurance(), StandingTimeline.of(member, policy));
    }

    long bondingCapacityMinor() {
        return bondingCapacity == null ? 0 : bondingCapacity.minorUnits();
    }
}
