package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collections;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Profile;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/**
 * What a contractor needs to qualify. {@code requirements} are free-text conditions shown to
 * applicants; the rest is what matching checks. Skills use the members' canonical form
 * (trimmed, lower case, each once) so that they compare as keys. {@code bonding} is the bond
 * amount a contractor must be able to post, or null when no bond is required.
 */
public record Requirements(List<String> requirements, List<String> skills,
                           List<CertificationRequirement> certifications, int yearsOfExperience,
                           @Nullable Money bonding, List<InsuranceRequirement> insurance) {

    public static final Requirements NONE = new Requirements(List.of(), List.of(), List.of(), 0, null, List.of());

    public Requirements {
        Violations violations = Violations.collect();
        TextLists.check(violations, requirements, "requirements", 50, 500);
        TextLists.check(violations, skills, "skills", 50, 100);
        violations.maxSize(certifications, "certifications", 30)
                .check(certifications.stream().map(CertificationRequirement::key).distinct().count()
                        == certifications.size(), "certifications", "distinct", "each certification once")
                .check(yearsOfExperience >= 0 && yearsOfExperience <= 60, "yearsOfExperience", ViolationRule.RANGE,
                        "must be between 0 and 60")
                .check(bonding == null || bonding.isPositive(), "bonding", ViolationRule.RANGE, "must be positive")
                .check(insurance.stream().map(InsuranceRequirement::type).distinct().count() == insurance.size(),
                        "insurance", "distinct", "each kind of insurance once")
                .throwIfAny();
        requirements = TextLists.distinct(requirements);
        skills = Profile.canonicalSkills(skills);
        certifications = List.copyOf(certifications);
        insurance = List.copyOf(insurance);
    }

    public static Requirements skills(String... skills) {
        return new Requirements(List.of(), List.of(skills), List.of(), 0, null, List.of());
    }

    public boolean bondingRequired() {
        return bonding != null;
    }

    /** The amounts present, by field name (for currency checks). */
    public Map<String, Money> amounts() {
        Map<String, Money> present = new LinkedHashMap<>();
        if (bonding != null) {
            present.put("requirements.bonding", bonding);
        }
        for (int i = 0; i < insurance.size(); i++) {
            present.put("requirements.insurance[" + i + "].minimumCoverage", insurance.get(i).minimumCoverage());
        }
        return Collections.unmodifiableMap(present);
    }
}
