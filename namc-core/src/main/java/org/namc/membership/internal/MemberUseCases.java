package org.namc.membership.internal;

import org.namc.membership.domain.MembershipRefusal;
import java.util.Arrays;
import java.util.List;
import org.namc.membership.MemberView;
import org.namc.membership.UpdateNotificationPreferences;
import org.namc.membership.UpdateProfile;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.MembershipStatus;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;

/** Profile, membership term, deletion and the staff's maintenance of accounts. */
final class MemberUseCases {
    private static final int REENCRYPTION_BATCH = 200;

    private final MembershipContext ctx;

    MemberUseCases(MembershipContext ctx) {
        this.ctx = ctx;
    }

    MemberView updateProfile(Actor actor, UpdateProfile command) {
        Violations.collect().required(command.memberId(), "memberId").required(command.profile(), "profile")
                .throwIfAny();
        ctx.validation().validate(command, Violations.collect());
        return change(actor, command.memberId(), "update", "member.profile.update", (member, scope) -> {
            // The trail names the fields that changed, never their personal values.
            List<String> fields = member.profile().changedFields(command.profile());
            if (!fields.isEmpty()) {
                scope.changed("profileFields", null, String.join(",", fields));
            }
            return member.withProfile(command.profile(), ctx.now());
        });
    }

    MemberView updateNotificationPreferences(Actor actor, UpdateNotificationPreferences command) {
        Violations.collect().required(command.memberId(), "memberId")
                .required(command.preferences(), "preferences").throwIfAny();
        return change(actor, command.memberId(), "update", "member.notification-preferences.update", (member, scope) -> {
            scope.changed("notificationPreferences", member.notificationPreferences(), command.preferences());
            return member.withNotificationPreferences(command.preferences(), ctx.now());
        });
    }

    MemberView cancel(Actor actor, MemberId memberId) {
        return change(actor, memberId, "cancel", "member.cancel", (member, scope) -> {
            scope.afterCommit(() -> ctx.authorizer().subjectChanged(memberId));
            MembershipStatus status = member.statusAt(ctx.now(), ctx.renewalPolicy());
            if (status == MembershipStatus.CANCELLED) {
                throw NamcException.refused(MembershipRefusal.MEMBERSHIP_CANCELLED, "the membership is already cancelled");
            }
            scope.changed("status", status, MembershipStatus.CANCELLED);
            return member.withMembership(member.membership().cancelledAt(ctx.now()), ctx.now());
        });
    }

    void delete(Actor actor, MemberId memberId) {
        change(actor, memberId, "delete", "member.delete", (member, scope) -> {
            ctx.authorizer().requireOver(actor, memberId);
            if (ctx.authorizer().isLastAdministrator(memberId)) {
                throw NamcException.refused(MembershipRefusal.LAST_ADMINISTRATOR, "member " + memberId
                        + " is the last active administrator; grant ADMIN to someone else first");
            }
            scope.afterCommit(() -> ctx.authorizer().subjectChanged(memberId));
            scope.changed("deletedAt", null, ctx.now());
            return member.deleted(ctx.now());
        });
    }

    MemberView unlock(Actor actor, MemberId memberId) {
        return change(actor, memberId, "unlock", "member.unlock", (member, scope) -> {
            ctx.authorizer().requireOver(actor, memberId);
            scope.changed("lockedUntil", member.loginSecurity().lockedUntil(), null)
                    .changed("twoFactorFailedCodes", member.twoFactor().failedCodes(), 0);
            return member.unlocked(ctx.now()).withTwoFactor(member.twoFactor().unlocked(), ctx.now());
        });
    }

    MemberView find(Actor actor, MemberId memberId) {
        RegistrationUseCases.requireMemberId(memberId);
        // A refused look at someone else's account is on record, like a refused change.
        ctx.unitOfWork().checked(actor, "member.read", MembershipContext.RESOURCE, memberId, () -> {
            ctx.require(actor, "read", memberId);
            return null;
        });
        return ctx.view(ctx.load(memberId));
    }

    Page<MemberView> list(Actor actor, PageRequest page) {
        Violations.collect().required(page, "page").throwIfAny();
        ctx.unitOfWork().checked(actor, "member.list", MembershipContext.RESOURCE, null, () -> {
            ctx.requireOnAll(actor, "list");
            return null;
        });
        return ctx.members().list(page).map(ctx::view);
    }

    int reencryptSecrets(Actor actor) {
        ctx.authorizer().require(actor, Permission.of("secret", "rotate"), ResourceRef.any("secret"));
        int moved = 0;
        for (int pageNo = 0; ; pageNo++) {
            Page<Member> page = ctx.members().list(new PageRequest(pageNo, REENCRYPTION_BATCH));
            for (Member member : page.items()) {
                EncryptedSecret secret = member.twoFactor().secret();
                if (secret != null && !ctx.cipher().isCurrent(secret)) {
                    reencrypt(actor, member.id());
                    moved++;
                }
            }
            if (!page.hasNext()) {
                return moved;
            }
        }
    }

    private void reencrypt(Actor actor, MemberId memberId) {
        change(actor, memberId, "manage-security", "member.secrets.reencrypt", (member, scope) -> {
            var context = MembershipContext.totpSecretContext(memberId);
            byte[] plain = ctx.cipher().decrypt(member.twoFactor().secret(), context);
            try {
                scope.changedSecret("twoFactorSecret");
                return member.withTwoFactor(member.twoFactor().withSecret(ctx.cipher().encrypt(plain, context)),
                        ctx.now());
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        });
    }

    /** Loads, checks {@code member:<permission>}, applies one change, saves, audits; all in one unit of work. */
    private MemberView change(Actor actor, MemberId memberId, String permission, String action,
                              MemberChange change) {
        RegistrationUseCases.requireMemberId(memberId);
        return ctx.unitOfWork().execute(actor, action, MembershipContext.RESOURCE, scope -> {
            scope.resource(memberId);
            ctx.require(actor, permission, memberId);
            Member member = ctx.load(memberId);
            return ctx.view(ctx.members().save(change.apply(member, scope)));
        });
    }

    @FunctionalInterface
    private interface MemberChange {
        Member apply(Member member, AuditScope scope);
    }
}
