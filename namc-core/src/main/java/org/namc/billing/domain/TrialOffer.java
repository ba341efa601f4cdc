package org.namc.billing.domain;

import org.namc.shared.domain.ViolationRule;
import org.namc.shared.domain.NamcException;

/**
 * The free trial a tier offers: how many days, and whether a payment method must be on file to
 * start one (so the trial converts into a paid period by itself). The association sets it per
 * tier; members only choose to take it, once per tier.
 */
public record TrialOffer(int days, boolean needsPaymentMethod) {
    public static final int MAX_DAYS = 90;
    public static final TrialOffer NONE = new TrialOffer(0, true);

    public TrialOffer {
        if (days < 0 || days > MAX_DAYS) {
            throw NamcException.invalid("trial.days", ViolationRule.RANGE, "must be between 0 and " + MAX_DAYS);
        }
    }

    /** {@code days} long, with a payment method required. */
    public static TrialOffer ofDays(int days) {
        return new TrialOffer(days, true);
    }

    public boolean isOffered() {
        return days > 0;
    }
}
