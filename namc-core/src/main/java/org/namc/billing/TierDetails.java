package org.namc.billing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.TrialOffer;
import org.namc.shared.domain.Money;

/**
 * A tier's offer as staff write it. {@code permissions} are access rules in the roles' text form
 * ({@code "project:bid active-member"}); {@code setupFee} defaults to zero, {@code trial} to none.
 */
public record TierDetails(
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(max = 2000) String description,
        @NotNull Money monthlyPrice,
        @Nullable Money yearlyPrice,
        @Nullable Money setupFee,
        @NotNull @Size(max = 50) List<String> benefits,
        @NotNull @Size(max = 50) Map<String, String> features,
        @NotNull @Size(max = 50) Map<String, Integer> limits,
        @NotNull @Size(max = 100) List<String> permissions,
        @Min(0) @Max(999) int priorityLevel,
        boolean popular,
        int sortOrder,
        @Nullable TrialOffer trial) {

    /** Just a name and prices; no benefits, features, limits or permissions. */
    public static TierDetails priced(String displayName, Money monthlyPrice, @Nullable Money yearlyPrice) {
        return new TierDetails(displayName, displayName + " membership", monthlyPrice, yearlyPrice, null, List.of(),
                Map.of(), Map.of(), List.of(), 0, false, 0, null);
    }

    /** The same offer with a free trial. */
    public TierDetails withTrial(TrialOffer offer) {
        return new TierDetails(displayName, description, monthlyPrice, yearlyPrice, setupFee, benefits, features,
                limits, permissions, priorityLevel, popular, sortOrder, offer);
    }
}
