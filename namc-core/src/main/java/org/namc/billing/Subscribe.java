package org.namc.billing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.BillingInterval;
import org.namc.shared.domain.MemberId;

/**
 * Subscribes a member to a tier. Without a trial the first period is charged at once to the
 * payment method on file; with {@code trialDays} nothing is charged until the trial ends.
 */
public record Subscribe(@NotNull MemberId member, @NotBlank @Size(max = 50) String tier,
                        @NotNull BillingInterval interval, @Nullable @Min(1) @Max(365) Integer trialDays) {

    public static Subscribe monthly(MemberId member, String tier) {
        return new Subscribe(member, tier, BillingInterval.MONTHLY, null);
    }

    public static Subscribe yearly(MemberId member, String tier) {
        return new Subscribe(member, tier, BillingInterval.YEARLY, null);
    }
}
