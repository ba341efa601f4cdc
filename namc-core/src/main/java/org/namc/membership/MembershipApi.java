package org.namc.membership;

import java.util.Optional;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Membership and account security: what a visitor, a member or staff does with accounts.
 * Every method validates its command ({@code VALIDATION_FAILED} names the fields), runs in
 * one transaction and is audited. Methods that act on an existing member take the
 * {@link Actor}; a member may act on themselves, the system on anyone.
 */
public interface MembershipApi {

    /** Registers a visitor; the returned token goes to the member's inbox. */
    Registration register(RegisterMember command);

    /** Issues a fresh verification token (earlier ones stop working). */
    IssuedToken resendVerification(ResendVerification command);

    /** Verifies the email address and starts the first membership term. */
    MemberView verifyEmail(VerifyEmail command);

    /**
     * Checks email and password. Unknown email and wrong password fail alike with
     * {@code INVALID_CREDENTIALS}; a locked account fails with {@code ACCOUNT_LOCKED} and the
     * unlock time. Members with a second factor get a challenge to complete.
     */
    LoginResult logIn(LogIn command);

    /** Completes a login with a TOTP code or a recovery code. */
    LoginResult.Authenticated completeLogIn(CompleteLogIn command);

    /** Starts TOTP enrolment: the secret to show once (as text and QR URI). */
    TwoFactorEnrollment beginTwoFactorEnrollment(Actor actor, MemberId memberId);

    /** Confirms enrolment with a first code; returns the recovery codes, shown once. */
    RecoveryCodes confirmTwoFactor(Actor actor, ConfirmTwoFactor command);

    void disableTwoFactor(Actor actor, DisableTwoFactor command);

    /** Empty for an unknown email: the caller answers the visitor the same way in both cases. */
    Optional<IssuedToken> requestPasswordReset(RequestPasswordReset command);

    /** Sets a new password with a reset token; also lifts a login lock. */
    void resetPassword(ResetPassword command);

    void changePassword(Actor actor, ChangePassword command);

    MemberView updateProfile(Actor actor, UpdateProfile command);

    MemberView updateNotificationPreferences(Actor actor, UpdateNotificationPreferences command);

    /** Adds one term from the later of now and the current expiry. */
    MemberView renew(Actor actor, MemberId memberId);

    MemberView cancel(Actor actor, MemberId memberId);

    /** Soft-deletes: the member disappears from queries and the email can be registered again. */
    void delete(Actor actor, MemberId memberId);

    /** Lifts a login lock before it runs out (staff). */
    MemberView unlock(Actor actor, MemberId memberId);

    MemberView find(Actor actor, MemberId memberId);

    Page<MemberView> list(Actor actor, PageRequest page);

    /** Re-encrypts every stored secret that is not under the current key; returns how many. */
    int reencryptSecrets(Actor actor);
}
