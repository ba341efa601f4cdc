package org.namc.billing;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;

/** A membership tier as the catalogue shows it. */
public record TierView(String code, String displayName, String description, Money monthlyPrice,
                       @Nullable Money yearlyPrice, Money setupFee, List<String> benefits, Map<String, String> features,
                       Map<String, Integer> limits, List<String> permissions, int priorityLevel, boolean active,
                       boolean popular, int sortOrder) {
}
