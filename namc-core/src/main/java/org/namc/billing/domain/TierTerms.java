package org.namc.billing.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.access.domain.PermissionRule;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/**
 * What a membership tier offers and costs, as the seed's {@code membership_tiers} row holds it.
 * Prices share one currency; the yearly price is optional (no yearly billing without it).
 * {@code permissions} are the rules the tier's members implicitly hold in access control;
 * {@code trial} is the free trial the tier offers ({@link TrialOffer#NONE} for none).
 */
public record TierTerms(String displayName, String description, Money monthlyPrice, @Nullable Money yearlyPrice,
                        Money setupFee, List<String> benefits, Map<String, String> features,
                        Map<String, Integer> limits, Set<PermissionRule> permissions, int priorityLevel,
                        boolean popular, int sortOrder, TrialOffer trial) {
    public static final int MAX_PRIORITY = 999;

    public TierTerms {
        Violations violations = Violations.collect()
                .singleLineText(displayName, "displayName", 100)
                .notBlank(description, "description", 2000)
                .required(monthlyPrice, "monthlyPrice")
                .required(setupFee, "setupFee")
                .required(benefits, "benefits").maxSize(benefits, "benefits", 50)
                .required(features, "features").maxSize(features == null ? null : features.keySet(), "features", 50)
                .required(limits, "limits").maxSize(limits == null ? null : limits.keySet(), "limits", 50)
                .required(permissions, "permissions").maxSize(permissions, "permissions", 100)
                .check(priorityLevel >= 0 && priorityLevel <= MAX_PRIORITY, "priorityLevel", ViolationRule.RANGE,
                        "must be between 0 and " + MAX_PRIORITY)
                .required(trial, "trial");
        if (monthlyPrice != null) {
            violations.check(!monthlyPrice.isNegative(), "monthlyPrice", ViolationRule.RANGE, "must not be negative");
            checkPrice(violations, yearlyPrice, monthlyPrice, "yearlyPrice");
            checkPrice(violations, setupFee, monthlyPrice, "setupFee");
        }
        if (benefits != null) {
            for (int i = 0; i < benefits.size(); i++) {
                violations.notBlank(benefits.get(i), "benefits[" + i + "]", 200);
            }
        }
        violations.throwIfAny();
        displayName = displayName.strip();
        description = description.strip();
        benefits = benefits.stream().map(String::strip).toList();
        features = Map.copyOf(features);
        limits = Map.copyOf(limits);
        permissions = Set.copyOf(permissions);
    }

    private static void checkPrice(Violations violations, @Nullable Money price, Money monthly, String field) {
        if (price == null) {
            return;
        }
        violations.check(!price.isNegative(), field, ViolationRule.RANGE, "must not be negative")
                .check(price.currency().equals(monthly.currency()), field, "currency",
                        "must be in the monthly price's currency");
    }

    /** The price of one period, when the interval is offered. */
    public @Nullable Money priceFor(BillingInterval interval) {
        return interval == BillingInterval.MONTHLY ? monthlyPrice : yearlyPrice;
    }

    public boolean offers(BillingInterval interval) {
        return priceFor(interval) != null;
    }

    public Money price(BillingInterval interval) {
        return Objects.requireNonNull(priceFor(interval), () -> "no " + interval.adjective() + " price");
    }
}
