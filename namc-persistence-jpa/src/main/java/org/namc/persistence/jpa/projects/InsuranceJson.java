package org.namc.persistence.jpa.projects;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.InsuranceType;

/**
 * One entry of {@code projects.insurance_required} (a required limit, no expiry) or of
 * {@code contractor_qualifications.insurance} (a policy carried, expiry as an ISO day when known).
 */
record InsuranceJson(InsuranceType type, MoneyJson limit, @Nullable String expiresOn) {

    static InsuranceJson of(InsuranceRequirement requirement) {
        return new InsuranceJson(requirement.type(), MoneyJson.of(requirement.minimumCoverage()), null);
    }

    static InsuranceJson of(InsuranceCoverage coverage) {
        return new InsuranceJson(coverage.type(), MoneyJson.of(coverage.coverage()),
                coverage.expiresOn() == null ? null : coverage.expiresOn().toString());
    }

    InsuranceRequirement toRequirement() {
        return new InsuranceRequirement(type, limit.toDomain());
    }

    InsuranceCoverage toCoverage() {
        return new InsuranceCoverage(type, limit.toDomain(), expiresOn == null ? null : LocalDate.parse(expiresOn));
    }
}
