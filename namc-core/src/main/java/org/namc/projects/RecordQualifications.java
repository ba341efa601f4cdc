package org.namc.projects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** Replaces a member's contractor qualifications: experience, bonding capacity and insurance. */
public record RecordQualifications(@NotNull MemberId memberId, @Min(0) @Max(70) int yearsOfExperience,
                                   @Nullable Money bondingCapacity,
                                   @NotNull @Size(max = 20) List<InsuranceCoverage> insurance) {
}
