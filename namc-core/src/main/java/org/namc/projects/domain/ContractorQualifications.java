package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/**
 * What a member's firm can take on, as bidding requires: years in the trade, the bonding
 * capacity a surety backs (the largest single bond), and the insurance carried. Kept by the
 * projects context, keyed by member, rather than in the membership profile: only matching
 * and bidding use these facts, they change with sureties and insurers rather than with the
 * member's account, and the profile stays what a member tells about themselves.
 */
public record ContractorQualifications(MemberId memberId, int yearsOfExperience, @Nullable Money bondingCapacity,
                                       List<InsuranceCoverage> insurance, Instant updatedAt, long version) {

    public ContractorQualifications {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Violations.collect()
                .check(yearsOfExperience >= 0 && yearsOfExperience <= 70, "yearsOfExperience", ViolationRule.RANGE,
                        "must be between 0 and 70")
                .check(bondingCapacity == null || !bondingCapacity.isNegative(), "bondingCapacity", ViolationRule.RANGE,
                        "must not be negative")
                .maxSize(insurance, "insurance", 20)
                .throwIfAny();
        insurance = List.copyOf(insurance);
    }

    /** What a member without any record is assumed to have: nothing. */
    public static ContractorQualifications none(MemberId memberId, Instant now) {
        return new ContractorQualifications(memberId, 0, null, List.of(), now, 0);
    }

    public ContractorQualifications atVersion(long storedVersion) {
        return new ContractorQualifications(memberId, yearsOfExperience, bondingCapacity, insurance, updatedAt,
                storedVersion);
    }
}
