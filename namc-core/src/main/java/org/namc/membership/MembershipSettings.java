package org.namc.membership;

import org.namc.membership.domain.LockoutPolicy;
import org.namc.membership.domain.RenewalPolicy;

/** Settings a host may tune; every one has a safe default. */
public record MembershipSettings(RenewalPolicy renewalPolicy, LockoutPolicy lockoutPolicy, String totpIssuer) {
    public static MembershipSettings defaults() {
        return new MembershipSettings(RenewalPolicy.standard(), LockoutPolicy.standard(), "NAMC NorCal");
    }
}
