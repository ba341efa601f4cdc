package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** Someone the applicant would put on the job. */
public record TeamMember(String name, String role, @Nullable Integer yearsOfExperience) {
    public TeamMember {
        Violations.collect()
                .notBlank(name, "name", 200)
                .notBlank(role, "role", 200)
                .check(yearsOfExperience == null || yearsOfExperience >= 0 && yearsOfExperience <= 70,
                        "yearsOfExperience", ViolationRule.RANGE, "must be between 0 and 70")
                .throwIfAny();
        name = name.strip();
        role = role.strip();
    }
}
