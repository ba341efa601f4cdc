package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.Objects;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/** Insurance a project requires: a kind of cover with at least this limit. */
public record InsuranceRequirement(InsuranceType type, Money minimumCoverage) {
    public InsuranceRequirement {
        Objects.requireNonNull(type, "type");
        Violations.collect().required(minimumCoverage, "minimumCoverage").throwIfAny();
        Violations.collect().check(minimumCoverage.isPositive(), "minimumCoverage", ViolationRule.RANGE, "must be positive")
                .throwIfAny();
    }
}
