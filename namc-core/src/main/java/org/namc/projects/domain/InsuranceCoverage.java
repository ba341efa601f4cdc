package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/** A policy a contractor carries: the kind, its limit and, when known, when it runs out. */
public record InsuranceCoverage(InsuranceType type, Money coverage, @Nullable LocalDate expiresOn) {
    public InsuranceCoverage {
        Objects.requireNonNull(type, "type");
        Violations.collect().required(coverage, "coverage").throwIfAny();
        Violations.collect().check(coverage.isPositive(), "coverage", ViolationRule.RANGE, "must be positive").throwIfAny();
    }

    /** In force on {@code day}: the expiry day itself still counts. */
    public boolean isValidOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
