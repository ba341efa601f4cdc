package org.namc.persistence.jpa.membership;

import static org.namc.persistence.jpa.shared.Columns.text;
import static org.namc.persistence.jpa.shared.Columns.uri;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Certification;
import org.namc.membership.domain.LoginSecurity;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.Membership;
import org.namc.membership.domain.NotificationPreferences;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.domain.Profile;
import org.namc.membership.domain.TwoFactor;
import org.namc.persistence.jpa.shared.GeographyPoints;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.PostalAddress;

/** Copies between the core's {@link Member} and its {@code users} row, field by field. */
final class MemberMapper {
    private static final String[] NONE = new String[0];

    private MemberMapper() {
    }

    /** Everything but the id, the creation time and the version, which the store and Hibernate own. */
    static void copyInto(Member member, MemberJpaEntity entity) {
        entity.email = member.email().value();
        entity.passwordHash = member.passwordHash().encoded();
        copyProfile(member.profile(), entity);
        copyMembership(member.membership(), entity);
        entity.emailVerifiedAt = member.emailVerifiedAt();
        LoginSecurity security = member.loginSecurity();
        entity.failedLoginAttempts = security.failedAttempts();
        entity.lockedUntil = security.lockedUntil();
        entity.lastFailedLogin = security.lastFailedLogin();
        entity.lastSuccessfulLogin = security.lastSuccessfulLogin();
        copyTwoFactor(member.twoFactor(), entity);
        NotificationPreferences preferences = member.notificationPreferences();
        entity.notificationPreferences = new NotificationPreferencesJson(preferences.email(), preferences.sms(),
                preferences.push(), preferences.marketing(), preferences.projectAlerts(), preferences.eventReminders());
        entity.updatedAt = member.updatedAt();
        entity.deletedAt = member.deletedAt();
    }

    static Member toDomain(MemberJpaEntity entity) {
        Membership membership = new Membership(entity.memberType, entity.membershipTier, entity.memberSince,
                entity.membershipExpiresAt, entity.membershipCancelledAt);
        LoginSecurity security = new LoginSecurity(entity.failedLoginAttempts, entity.lockedUntil,
                entity.lastFailedLogin, entity.lastSuccessfulLogin);
        TwoFactor twoFactor = new TwoFactor(entity.twoFactorState,
                entity.twoFactorSecret == null ? null : new EncryptedSecret(entity.twoFactorSecret),
                entity.twoFactorLastUsedStep, entity.twoFactorFailedCodes, List.of(entity.twoFactorRecoveryCodeHashes));
        NotificationPreferencesJson p = entity.notificationPreferences;
        NotificationPreferences preferences = new NotificationPreferences(p.email(), p.sms(), p.push(), p.marketing(),
                p.projectAlerts(), p.eventReminders());
        return Member.restore(new MemberId(entity.id), new EmailAddress(entity.email),
                new PasswordHash(entity.passwordHash), profile(entity), membership, entity.emailVerifiedAt, security,
                twoFactor, preferences, entity.createdAt, entity.updatedAt, entity.deletedAt, entity.version);
    }

    private static void copyProfile(Profile profile, MemberJpaEntity entity) {
        entity.firstName = profile.firstName();
        entity.lastName = profile.lastName();
        entity.company = profile.company();
        entity.title = profile.title();
        entity.phone = profile.phone() == null ? null : profile.phone().e164();
        PostalAddress address = profile.address();
        entity.address = address == null ? null : new AddressJson(address.street(), address.line2(), address.city(),
                address.state(), address.postalCode(), address.country());
        // The seed's separate columns repeat the address so members can be filtered by place.
        entity.city = address == null ? null : address.city();
        entity.state = address == null ? null : address.state();
        entity.zipCode = address == null ? null : address.postalCode();
        entity.coordinates = GeographyPoints.toGeography(profile.location());
        entity.bio = profile.bio();
        entity.profileImage = text(profile.profileImage());
        entity.website = text(profile.website());
        entity.linkedin = text(profile.linkedin());
        entity.twitter = profile.twitter();
        entity.skills = profile.skills().toArray(NONE);
        entity.certifications = profile.certifications().stream()
                .map(c -> new CertificationJson(c.name(), c.issuer(), c.number(), text(c.issuedOn()), text(c.expiresOn())))
                .toList();
        entity.languages = profile.languages().toArray(NONE);
    }

    private static void copyMembership(Membership membership, MemberJpaEntity entity) {
        entity.memberType = membership.type();
        entity.membershipTier = membership.tier();
        entity.memberSince = membership.memberSince();
        entity.membershipExpiresAt = membership.expiresAt();
        entity.membershipCancelledAt = membership.cancelledAt();
    }

    private static void copyTwoFactor(TwoFactor twoFactor, MemberJpaEntity entity) {
        entity.twoFactorState = twoFactor.state();
        entity.twoFactorSecret = twoFactor.secret() == null ? null : twoFactor.secret().value();
        entity.twoFactorLastUsedStep = twoFactor.lastUsedStep();
        entity.twoFactorFailedCodes = twoFactor.failedCodes();
        entity.twoFactorRecoveryCodeHashes = twoFactor.recoveryCodeHashes().toArray(NONE);
    }

    private static Profile profile(MemberJpaEntity entity) {
        AddressJson a = entity.address;
        // A row written by SQL may hold the seed's default '{}' instead of NULL: no address either way.
        PostalAddress address = a == null || a.street() == null ? null
                : new PostalAddress(a.street(), a.line2(), a.city(), a.state(), a.postalCode(), a.country());
        List<Certification> certifications = entity.certifications.stream()
                .map(c -> new Certification(c.name(), c.issuer(), c.number(), day(c.issuedOn()), day(c.expiresOn())))
                .toList();
        return new Profile(entity.firstName, entity.lastName, entity.company, entity.title,
                entity.phone == null ? null : new PhoneNumber(entity.phone), address,
                GeographyPoints.toGeoPoint(entity.coordinates), entity.bio, uri(entity.profileImage),
                uri(entity.website), uri(entity.linkedin), entity.twitter, List.of(entity.skills), certifications,
                List.of(entity.languages));
    }

    private static @Nullable LocalDate day(@Nullable String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
