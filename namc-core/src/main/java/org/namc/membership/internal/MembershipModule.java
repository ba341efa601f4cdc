package org.namc.membership.internal;

import org.namc.membership.MembershipSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.namc.membership.ChangePassword;
import org.namc.membership.CompleteLogIn;
import org.namc.membership.ConfirmTwoFactor;
import org.namc.membership.DisableTwoFactor;
import org.namc.membership.IssuedToken;
import org.namc.membership.LogIn;
import org.namc.membership.LoginResult;
import org.namc.membership.MemberView;
import org.namc.membership.MembershipApi;
import org.namc.membership.RecoveryCodes;
import org.namc.membership.RegisterMember;
import org.namc.membership.Registration;
import org.namc.membership.RequestPasswordReset;
import org.namc.membership.ResendVerification;
import org.namc.membership.ResetPassword;
import org.namc.membership.TwoFactorEnrollment;
import org.namc.membership.UpdateNotificationPreferences;
import org.namc.membership.UpdateProfile;
import org.namc.membership.VerifyEmail;
import org.namc.membership.ResetTwoFactor;
import org.namc.membership.RegenerateRecoveryCodes;
import org.namc.membership.security.TokenBucketLoginThrottle;
import org.namc.membership.spi.LoginThrottle;
import org.namc.notifications.Notifier;
import org.namc.audit.RequestContextSource;
import org.namc.membership.domain.LockoutPolicy;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.security.PasswordPolicy;
import org.namc.membership.security.SecureTokens;
import org.namc.membership.security.TotpSecrets;
import org.namc.membership.spi.Members;
import org.namc.membership.spi.PasswordHasher;
import org.namc.membership.spi.SecurityTokens;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;
import org.namc.shared.spi.SecretCipher;

/** The membership context's primary port, split by concern into the use-case classes it calls. */
public final class MembershipModule implements MembershipApi {
    private final RegistrationUseCases registrations;
    private final LoginUseCases logins;
    private final TwoFactorUseCases twoFactor;
    private final PasswordUseCases passwords;
    private final MemberUseCases memberRecords;


    /** What membership needs from the rest of the portal besides its own stores. */
    public record Collaborators(Authorizer authorizer, Notifier notifier, RequestContextSource requests) {
    }

    public MembershipModule(Members members, SecurityTokens tokens, PasswordHasher hasher, SecretCipher cipher,
                            SecureRandom random, Clock clock, IdGenerator ids, UnitOfWork unitOfWork,
                            CommandValidation validation, Collaborators collaborators, MembershipSettings settings) {
        MembershipContext ctx = new MembershipContext(members, tokens, hasher, cipher, new SecureTokens(random),
                settings.passwordPolicy(), clock, ids, unitOfWork, validation, settings.renewalPolicy(),
                settings.lockoutPolicy(), settings.totpIssuer(), collaborators.authorizer(),
                settings.loginThrottle(), collaborators.requests(), collaborators.notifier(), new TimingDummy(hasher));
        this.registrations = new RegistrationUseCases(ctx);
        this.logins = new LoginUseCases(ctx);
        this.twoFactor = new TwoFactorUseCases(ctx, new TotpSecrets(random));
        this.passwords = new PasswordUseCases(ctx);
        this.memberRecords = new MemberUseCases(ctx);
    }

    @Override
    public Registration register(RegisterMember command) {
        return registrations.register(command);
    }

    @Override
    public Optional<IssuedToken> resendVerification(ResendVerification command) {
        return registrations.resendVerification(command);
    }

    @Override
    public MemberView verifyEmail(VerifyEmail command) {
        return registrations.verifyEmail(command);
    }

    @Override
    public LoginResult logIn(LogIn command) {
        return logins.logIn(command);
    }

    @Override
    public LoginResult.Authenticated completeLogIn(CompleteLogIn command) {
        return logins.completeLogIn(command);
    }

    @Override
    public TwoFactorEnrollment beginTwoFactorEnrollment(Actor actor, MemberId memberId) {
        return twoFactor.begin(actor, memberId);
    }

    @Override
    public RecoveryCodes confirmTwoFactor(Actor actor, ConfirmTwoFactor command) {
        return twoFactor.confirm(actor, command);
    }

    @Override
    public void disableTwoFactor(Actor actor, DisableTwoFactor command) {
        twoFactor.disable(actor, command);
    }

    @Override
    public MemberView resetTwoFactor(Actor actor, ResetTwoFactor command) {
        return twoFactor.reset(actor, command);
    }

    @Override
    public RecoveryCodes regenerateRecoveryCodes(Actor actor, RegenerateRecoveryCodes command) {
        return twoFactor.regenerateRecoveryCodes(actor, command);
    }

    @Override
    public Optional<IssuedToken> requestPasswordReset(RequestPasswordReset command) {
        return passwords.requestReset(command);
    }

    @Override
    public void resetPassword(ResetPassword command) {
        passwords.reset(command);
    }

    @Override
    public void changePassword(Actor actor, ChangePassword command) {
        passwords.change(actor, command);
    }

    @Override
    public MemberView updateProfile(Actor actor, UpdateProfile command) {
        return memberRecords.updateProfile(actor, command);
    }

    @Override
    public MemberView updateNotificationPreferences(Actor actor, UpdateNotificationPreferences command) {
        return memberRecords.updateNotificationPreferences(actor, command);
    }

    @Override
    public MemberView cancel(Actor actor, MemberId memberId) {
        return memberRecords.cancel(actor, memberId);
    }

    @Override
    public void delete(Actor actor, MemberId memberId) {
        memberRecords.delete(actor, memberId);
    }

    @Override
    public MemberView unlock(Actor actor, MemberId memberId) {
        return memberRecords.unlock(actor, memberId);
    }

    @Override
    public MemberView find(Actor actor, MemberId memberId) {
        return memberRecords.find(actor, memberId);
    }

    @Override
    public Page<MemberView> list(Actor actor, PageRequest page) {
        return memberRecords.list(actor, page);
    }

    @Override
    public int reencryptSecrets(Actor actor) {
        return memberRecords.reencryptSecrets(actor);
    }
}
