package org.namc.membership;

import org.namc.membership.domain.LockoutPolicy;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.security.PasswordPolicy;
import org.namc.membership.security.TokenBucketLoginThrottle;
import org.namc.membership.spi.LoginThrottle;

/**
 * Settings a host may tune; every one has a safe default. The {@link LoginThrottle} and the
 * {@link PasswordPolicy} (with its {@code BreachedPasswords} source) are the host's to replace.
 */
public record MembershipSettings(RenewalPolicy renewalPolicy, LockoutPolicy lockoutPolicy, String totpIssuer,
                                 PasswordPolicy passwordPolicy, LoginThrottle loginThrottle) {
    public MembershipSettings(RenewalPolicy renewalPolicy, LockoutPolicy lockoutPolicy, String totpIssuer) {
        this(renewalPolicy, lockoutPolicy, totpIssuer, new PasswordPolicy(), TokenBucketLoginThrottle.standard());
    }

    public static MembershipSettings defaults() {
        return new MembershipSettings(RenewalPolicy.standard(), LockoutPolicy.standard(), "NAMC NorCal");
    }

    public MembershipSettings withPasswordPolicy(PasswordPolicy policy) {
        return new MembershipSettings(renewalPolicy, lockoutPolicy, totpIssuer, policy, loginThrottle);
    }

    public MembershipSettings withLoginThrottle(LoginThrottle throttle) {
        return new MembershipSettings(renewalPolicy, lockoutPolicy, totpIssuer, passwordPolicy, throttle);
    }

    public MembershipSettings withLockoutPolicy(LockoutPolicy policy) {
        return new MembershipSettings(renewalPolicy, policy, totpIssuer, passwordPolicy, loginThrottle);
    }
}
