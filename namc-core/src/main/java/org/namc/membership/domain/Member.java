package org.namc.membership.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;

/**
 * A member of the association: account, profile, membership and account security, as the
 * seed's {@code users} row holds them. Immutable: every change returns a new instance, which
 * keeps the in-memory adapters' rollback trivial and makes the aggregate safe to share.
 * {@code version} is the stored version this instance was read at (optimistic locking).
 */
public final class Member {
    private final MemberId id;
    private final EmailAddress email;
    private final PasswordHash passwordHash;
    private final Profile profile;
    private final Membership membership;
    private final @Nullable Instant emailVerifiedAt;
    private final LoginSecurity loginSecurity;
    private final TwoFactor twoFactor;
    private final NotificationPreferences notificationPreferences;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final @Nullable Instant deletedAt;
    private final long version;

    private Member(MemberId id, EmailAddress email, PasswordHash passwordHash, Profile profile,
                   Membership membership, @Nullable Instant emailVerifiedAt, LoginSecurity loginSecurity,
                   TwoFactor twoFactor, NotificationPreferences notificationPreferences, Instant createdAt,
                   Instant updatedAt, @Nullable Instant deletedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.membership = Objects.requireNonNull(membership, "membership");
        this.emailVerifiedAt = emailVerifiedAt;
        this.loginSecurity = Objects.requireNonNull(loginSecurity, "loginSecurity");
        this.twoFactor = Objects.requireNonNull(twoFactor, "twoFactor");
        this.notificationPreferences = Objects.requireNonNull(notificationPreferences, "notificationPreferences");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.deletedAt = deletedAt;
        this.version = version;
    }

    /** A newly registered member, waiting for email verification. */
    public static Member register(MemberId id, EmailAddress email, PasswordHash passwordHash, Profile profile,
                                  MemberType type, @Nullable String tier, Instant now) {
        return new Member(id, email, passwordHash, profile, Membership.pending(type, tier), null,
                LoginSecurity.fresh(), TwoFactor.disabled(), NotificationPreferences.defaults(), now, now, null, 0);
    }

    /** Rebuilds a stored member; for adapters only. */
    public static Member restore(MemberId id, EmailAddress email, PasswordHash passwordHash, Profile profile,
                                 Membership membership, @Nullable Instant emailVerifiedAt,
                                 LoginSecurity loginSecurity, TwoFactor twoFactor,
                                 NotificationPreferences notificationPreferences, Instant createdAt,
                                 Instant updatedAt, @Nullable Instant deletedAt, long version) {
        return new Member(id, email, passwordHash, profile, membership, emailVerifiedAt, loginSecurity,
                twoFactor, notificationPreferences, createdAt, updatedAt, deletedAt, version);
    }

    public MembershipStatus statusAt(Instant now, RenewalPolicy policy) {
        return membership.statusAt(now, isEmailVerified(), policy);
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Member verifiedEmail(Instant now, RenewalPolicy policy) {
        return with(email, passwordHash, profile, membership.activatedAt(now, policy), now, loginSecurity,
                twoFactor, notificationPreferences, deletedAt, now);
    }

    public Member failedLogin(Instant now, LockoutPolicy policy) {
        return withLoginSecurity(loginSecurity.failedAt(now, policy), now);
    }

    public Member succeededLogin(Instant now) {
        return withLoginSecurity(loginSecurity.succeededAt(now), now);
    }

    public Member unlocked(Instant now) {
        return withLoginSecurity(loginSecurity.unlocked(), now);
    }

    public Member withPasswordHash(PasswordHash newHash, Instant now) {
        return with(email, newHash, profile, membership, emailVerifiedAt, loginSecurity, twoFactor,
                notificationPreferences, deletedAt, now);
    }

    public Member withProfile(Profile newProfile, Instant now) {
        return with(email, passwordHash, newProfile, membership, emailVerifiedAt, loginSecurity, twoFactor,
                notificationPreferences, deletedAt, now);
    }

    public Member withMembership(Membership newMembership, Instant now) {
        return with(email, passwordHash, profile, newMembership, emailVerifiedAt, loginSecurity, twoFactor,
                notificationPreferences, deletedAt, now);
    }

    public Member withTwoFactor(TwoFactor factor, Instant now) {
        return with(email, passwordHash, profile, membership, emailVerifiedAt, loginSecurity, factor,
                notificationPreferences, deletedAt, now);
    }

    public Member withNotificationPreferences(NotificationPreferences preferences, Instant now) {
        return with(email, passwordHash, profile, membership, emailVerifiedAt, loginSecurity, twoFactor,
                preferences, deletedAt, now);
    }

    public Member deleted(Instant now) {
        return with(email, passwordHash, profile, membership, emailVerifiedAt, loginSecurity, twoFactor,
                notificationPreferences, now, now);
    }

    private Member withLoginSecurity(LoginSecurity security, Instant now) {
        return with(email, passwordHash, profile, membership, emailVerifiedAt, security, twoFactor,
                notificationPreferences, deletedAt, now);
    }

    private Member with(EmailAddress newEmail, PasswordHash hash, Profile newProfile, Membership newMembership,
                        @Nullable Instant verifiedAt, LoginSecurity security, TwoFactor factor,
                        NotificationPreferences preferences, @Nullable Instant deleted, Instant now) {
        return new Member(id, newEmail, hash, newProfile, newMembership, verifiedAt, security, factor, preferences,
                createdAt, now, deleted, version);
    }

    /** The same member at the version a store just wrote. */
    public Member atVersion(long storedVersion) {
        return new Member(id, email, passwordHash, profile, membership, emailVerifiedAt, loginSecurity, twoFactor,
                notificationPreferences, createdAt, updatedAt, deletedAt, storedVersion);
    }

    public MemberId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Profile profile() {
        return profile;
    }

    public Membership membership() {
        return membership;
    }

    public @Nullable Instant emailVerifiedAt() {
        return emailVerifiedAt;
    }

    public LoginSecurity loginSecurity() {
        return loginSecurity;
    }

    public TwoFactor twoFactor() {
        return twoFactor;
    }

    public NotificationPreferences notificationPreferences() {
        return notificationPreferences;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant deletedAt() {
        return deletedAt;
    }

    public long version() {
        return version;
    }

    /**
     * A fingerprint of the member's credentials: it changes whenever the password, the second
     * factor or the recovery codes change, so a host that stores it with a session can end
     * every session opened before such a change (ASVS 3.3.3). It reveals nothing about them.
     */
    public String credentialStamp() {
        StringBuilder material = new StringBuilder(passwordHash.encoded()).append('|').append(twoFactor.state());
        twoFactor.recoveryCodeHashes().stream().sorted().forEach(h -> material.append('|').append(h));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(material.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Member[" + id + ", " + email + ", v" + version + "]";
    }
}
