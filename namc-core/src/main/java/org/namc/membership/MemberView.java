package org.namc.membership;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.Membership;
import org.namc.membership.domain.MembershipStatus;
import org.namc.membership.domain.NotificationPreferences;
import org.namc.membership.domain.Profile;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;

/**
 * A member as the outside sees them: no password hash, no second-factor secrets.
 * {@code credentialStamp} changes with every password, second-factor or recovery-code change:
 * keep it with a session and end the session when it no longer matches.
 */
public record MemberView(MemberId id, EmailAddress email, Profile profile, Membership membership,
                         MembershipStatus status, boolean emailVerified, boolean twoFactorEnabled,
                         @Nullable Instant lockedUntil, @Nullable Instant lastSuccessfulLogin,
                         NotificationPreferences notificationPreferences, Instant createdAt,
                         String credentialStamp) {

    public static MemberView of(Member member, MembershipStatus status, Instant now) {
        Instant lockedUntil = member.loginSecurity().isLockedAt(now) ? member.loginSecurity().lockedUntil() : null;
        return new MemberView(member.id(), member.email(), member.profile(), member.membership(), status,
                member.isEmailVerified(), member.twoFactor().isEnabled(), lockedUntil,
                member.loginSecurity().lastSuccessfulLogin(), member.notificationPreferences(), member.createdAt(),
                member.credentialStamp());
    }
}
