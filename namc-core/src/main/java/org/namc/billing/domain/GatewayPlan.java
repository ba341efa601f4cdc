package org.namc.billing.domain;

import java.util.Objects;
import org.namc.shared.domain.Money;

/** What a subscription at the gateway bills: a tier, at a price per interval. */
public record GatewayPlan(String tier, BillingInterval interval, Money unitAmount) {
    public GatewayPlan {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(unitAmount, "unitAmount");
    }
}
