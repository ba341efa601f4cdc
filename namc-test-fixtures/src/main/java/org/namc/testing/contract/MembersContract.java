package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.membership.domain.Certification;
import org.namc.membership.domain.LockoutPolicy;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.NotificationPreferences;
import org.namc.membership.domain.Profile;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.domain.TwoFactor;
import org.namc.membership.spi.Members;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.spi.Transactions;

/**
 * What every {@link Members} adapter must do. An adapter's test extends this class and
 * supplies a fresh, empty store (and its transactions) per test.
 */
public abstract class MembersContract {
    protected static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** An empty store. */
    protected abstract Members members();

    /** The transactions the store takes part in. */
    protected abstract Transactions transactions();

    private Member newMember() {
        return aMember().member(new MemberId(UUID.randomUUID()), NOW);
    }

    @Test
    void savesAndFindsByIdAndEmail() {
        Member saved = members().save(newMember());
        assertThat(members().findById(saved.id())).contains(saved);
        assertThat(members().findByEmail(saved.email()).map(Member::id)).contains(saved.id());
        assertThat(members().findById(new MemberId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void findsEmailRegardlessOfCase() {
        Member saved = members().save(aMember().withEmail("Case.Test@Example.ORG").member(
                new MemberId(UUID.randomUUID()), NOW));
        assertThat(members().findByEmail(EmailAddress.of("case.test@example.org")).map(Member::id))
                .contains(saved.id());
    }

    @Test
    void keepsEveryFieldThroughARoundTrip() {
        Profile profile = new Profile("Ana", "Lopez", "Lopez Electric", "Owner", PhoneNumber.parse("415-555-0199"),
                new PostalAddress("22 Mission St", "Suite 4", "San Francisco", "CA", "94103", "US"),
                GeoPoint.of(37.77, -122.41), "Electrical contractor since 2004.",
                URI.create("https://cdn.example.org/ana.png"), URI.create("https://lopez-electric.example"),
                URI.create("https://www.linkedin.com/in/ana"), "@ana", List.of("electrical", "solar"),
                List.of(new Certification("C-10 Electrical", "CSLB", "123456", LocalDate.of(2010, 5, 1),
                        LocalDate.of(2027, 5, 1))), List.of("English", "Spanish"));
        Member member = newMember().withProfile(profile, NOW)
                .verifiedEmail(NOW, RenewalPolicy.standard())
                .failedLogin(NOW, LockoutPolicy.standard())
                .withTwoFactor(TwoFactor.pending(new EncryptedSecret("AQxrZXktMQ-opaque")).confirmed(42,
                        List.of("hash-a", "hash-b")), NOW)
                .withNotificationPreferences(new NotificationPreferences(false, true, false, false, true, false), NOW);

        Member saved = members().save(member);
        Member loaded = members().findById(member.id()).orElseThrow();

        assertThat(loaded.profile()).isEqualTo(profile);
        assertThat(loaded.membership()).isEqualTo(member.membership());
        assertThat(loaded.emailVerifiedAt()).isEqualTo(NOW);
        assertThat(loaded.loginSecurity()).isEqualTo(member.loginSecurity());
        assertThat(loaded.twoFactor()).isEqualTo(member.twoFactor());
        assertThat(loaded.notificationPreferences()).isEqualTo(member.notificationPreferences());
        assertThat(loaded.passwordHash()).isEqualTo(member.passwordHash());
        assertThat(loaded.createdAt()).isEqualTo(member.createdAt());
        assertThat(loaded.version()).isEqualTo(saved.version());
    }

    @Test
    void refusesASecondLiveMemberWithTheSameEmail() {
        Member first = members().save(aMember().withEmail("dup@example.org").member(new MemberId(UUID.randomUUID()), NOW));
        Member second = aMember().withEmail("DUP@example.org").member(new MemberId(UUID.randomUUID()), NOW);

        assertThatNamcException(() -> members().save(second)).hasReason(CommonRefusal.DUPLICATE);
        assertThat(members().findByEmail(first.email()).map(Member::id)).contains(first.id());
    }

    @Test
    void hidesDeletedMembersAndFreesTheirEmail() {
        Member saved = members().save(aMember().withEmail("gone@example.org").member(new MemberId(UUID.randomUUID()), NOW));
        members().save(saved.deleted(NOW));

        assertThat(members().findById(saved.id())).isEmpty();
        assertThat(members().findByEmail(saved.email())).isEmpty();
        assertThat(members().list(PageRequest.first(10)).items()).isEmpty();
        Member again = members().save(aMember().withEmail("gone@example.org").member(new MemberId(UUID.randomUUID()), NOW));
        assertThat(members().findByEmail(saved.email()).map(Member::id)).contains(again.id());
    }

    @Test
    void countsLiveMembersOnly() {
        Member kept = members().save(newMember());
        Member gone = members().save(newMember());
        members().save(gone.deleted(NOW));

        assertThat(members().count()).isEqualTo(1).isEqualTo(members().list(PageRequest.first(1)).totalItems());
        assertThat(members().findById(kept.id())).isPresent();
    }

    @Test
    void refusesAStaleVersion() {
        Member saved = members().save(newMember());
        Member updated = members().save(saved.succeededLogin(NOW));
        assertThat(updated.version()).isGreaterThan(saved.version());

        assertThatNamcException(() -> members().save(saved.failedLogin(NOW, LockoutPolicy.standard())))
                .hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(members().findById(saved.id()).orElseThrow().loginSecurity().lastSuccessfulLogin()).isEqualTo(NOW);
    }

    @Test
    void listsInCreationOrderPageByPage() {
        for (int i = 0; i < 5; i++) {
            members().save(aMember().member(new MemberId(UUID.randomUUID()), NOW.plusSeconds(i)));
        }
        var first = members().list(new PageRequest(0, 2));
        var last = members().list(new PageRequest(2, 2));

        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.items()).hasSize(2).isSortedAccordingTo(java.util.Comparator.comparing(Member::createdAt));
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).hasSize(1);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void rollsBackWithTheTransaction() {
        Member member = newMember();
        try {
            transactions().run(() -> {
                members().save(member);
                throw new IllegalStateException("fail the unit");
            });
        } catch (IllegalStateException expected) {
            // the unit failed as intended
        }
        assertThat(members().findById(member.id())).isEmpty();
        assertThat(members().findByEmail(member.email())).isEmpty();
    }
}
