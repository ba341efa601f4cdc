package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.membership.CompleteLogIn;
import org.namc.membership.ConfirmTwoFactor;
import org.namc.membership.LogIn;
import org.namc.membership.LoginResult;
import org.namc.membership.security.Base32;
import org.namc.membership.security.Totp;
import org.namc.shared.crypto.AesGcmSecretCipher;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;
import org.namc.shared.spi.SecretCipher;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;
import org.namc.testing.data.MemberBuilder;

/** Rotating the encryption key: old secrets keep working, re-encryption moves them to the new key. */
class SecretRotationTest {
    private final SecureRandom random = new SecureRandom();
    private final MutableClock clock = MutableClock.at("2026-01-15T09:00:00Z");
    private final InMemoryAdapters adapters = new InMemoryAdapters(clock, new SequentialIds());
    private final byte[] oldKey = key();
    private final byte[] newKey = key();

    private byte[] key() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    private NamcPortal portalWith(SecretCipher cipher) {
        NamcPortal portal = adapters.applyTo(NamcPortal.builder()).secretCipher(cipher).build();
        portal.access().seedSystemRoles(Actor.system());
        return portal;
    }

    @Test
    void reencryptionMovesEverySecretToTheCurrentKeyOnce() {
        NamcPortal before = portalWith(new AesGcmSecretCipher(Keyring.of("2026-01", Map.of("2026-01", oldKey)), random));
        MemberBuilder member = aMember();
        MemberId id = member.registerVerified(before.membership());
        byte[] totp = Base32.decode(before.membership().beginTwoFactorEnrollment(Actor.member(id), id)
                .base32Secret().reveal());
        before.membership().confirmTwoFactor(Actor.member(id),
                new ConfirmTwoFactor(id, Secret.of(Totp.code(totp, Totp.stepAt(clock.instant())))));

        NamcPortal after = portalWith(new AesGcmSecretCipher(
                Keyring.of("2026-07", Map.of("2026-01", oldKey, "2026-07", newKey)), random));
        assertThatNamcException(() -> after.membership().reencryptSecrets(Actor.member(id)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThat(after.membership().reencryptSecrets(Actor.system())).isEqualTo(1);
        assertThat(after.membership().reencryptSecrets(Actor.system())).isZero();

        NamcPortal newKeyOnly = portalWith(new AesGcmSecretCipher(Keyring.of("2026-07", Map.of("2026-07", newKey)),
                random));
        clock.advance(Duration.ofMinutes(1));
        LoginResult step = newKeyOnly.membership().logIn(new LogIn(member.email(), member.password()));
        Secret challenge = ((LoginResult.SecondFactorRequired) step).challenge();
        assertThat(newKeyOnly.membership().completeLogIn(new CompleteLogIn(challenge,
                Secret.of(Totp.code(totp, Totp.stepAt(clock.instant()))))).memberId()).isEqualTo(id);
    }
}
