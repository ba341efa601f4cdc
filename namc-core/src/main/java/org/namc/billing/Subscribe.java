package org.namc.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.billing.domain.BillingInterval;
import org.namc.shared.domain.MemberId;

/**
 * Subscribes a member to a tier. Without a trial the first period is charged at once to the
 * payment method on file. With {@code trial}, the tier's own trial offer applies (its length, and
 * whether a payment method is needed); a member takes a tier's trial once, ever.
 */
public record Subscribe(@NotNull MemberId member, @NotBlank @Size(max = 50) String tier,
                        @NotNull BillingInterval interval, boolean trial) {

    public static Subscribe monthly(MemberId member, String tier) {
        return new Subscribe(member, tier, BillingInterval.MONTHLY, false);
    }

    public static Subscribe yearly(MemberId member, String tier) {
        return new Subscribe(member, tier, BillingInterval.YEARLY, false);
    }

    /** Starts with the tier's free trial. */
    public static Subscribe withTrial(MemberId member, String tier, BillingInterval interval) {
        return new Subscribe(member, tier, interval, true);
    }
}
