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

    /**
     * Registers a visitor; the returned token goes to the member's inbox. An address that already
     * has an account gets an empty {@link Registration} (after the same work, a password hash
     * included) and its owner a security notice, so the answer never tells who is registered.
     */
    Registration register(RegisterMember command);

    /**
     * Issues a fresh verification token for the address (earlier ones stop working). Empty for an
     * unknown or already verified address: answer the visitor the same way in every case.
     */
    Optional<IssuedToken> resendVerification(ResendVerification command);

    /** Verifies the email address and starts the first membership term. */
    MemberView verifyEmail(VerifyEmail command);

    /**
     * Checks email and password. Unknown email and wrong password fail alike with
     * {@code INVALID_CREDENTIALS}, after the same work; a locked account answers
     * {@code ACCOUNT_LOCKED} with the unlock time only to someone who gave its right password
     * (anyone else gets {@code INVALID_CREDENTIALS}), so a lock never tells that an account exists.
     * Attempts beyond the {@code LoginThrottle}'s budget fail with {@code TOO_MANY_ATTEMPTS}.
     * Members with a second factor get a challenge to complete.
     */
    LoginResult logIn(LogIn command);

    /** Completes a login with a TOTP code or a recovery code. */
    LoginResult.Authenticated completeLogIn(CompleteLogIn command);

    /** Starts TOTP enrolment: the secret to show once (as text and QR URI). Only the member themselves. */
    TwoFactorEnrollment beginTwoFactorEnrollment(Actor actor, MemberId memberId);

    /** Confirms enrolment with a first code; returns the recovery codes, shown once. Only the member. */
    RecoveryCodes confirmTwoFactor(Actor actor, ConfirmTwoFactor command);

    /** The member turns their factor off with their password and a current or recovery code. */
    void disableTwoFactor(Actor actor, DisableTwoFactor command);

    /**
     * Staff turn a member's factor off (a lost device), with a reason; the member is notified.
     * Refused for accounts holding permissions the staff member lacks.
     */
    MemberView resetTwoFactor(Actor actor, ResetTwoFactor command);

    /** Replaces the member's recovery codes; needs a current TOTP code. Only the member. */
    RecoveryCodes regenerateRecoveryCodes(Actor actor, RegenerateRecoveryCodes command);

    /** Empty for an unknown email: the caller answers the visitor the same way in both cases. */
    Optional<IssuedToken> requestPasswordReset(RequestPasswordReset command);

    /** Sets a new password with a reset token; also lifts a login lock. */
    void resetPassword(ResetPassword command);

    void changePassword(Actor actor, ChangePassword command);

    MemberView updateProfile(Actor actor, UpdateProfile command);

    MemberView updateNotificationPreferences(Actor actor, UpdateNotificationPreferences command);

    MemberView cancel(Actor actor, MemberId memberId);

    /**
     * Soft-deletes: the member disappears from queries and the email can be registered again.
     * Refused for the last active administrator, and for accounts holding permissions the actor lacks.
     */
    void delete(Actor actor, MemberId memberId);

    /** Lifts a login lock before it runs out (staff, over accounts holding no more than they do). */
    MemberView unlock(Actor actor, MemberId memberId);

    MemberView find(Actor actor, MemberId memberId);

    Page<MemberView> list(Actor actor, PageRequest page);

    /** Re-encrypts every stored secret that is not under the current key; returns how many. */
    int reencryptSecrets(Actor actor);
}
