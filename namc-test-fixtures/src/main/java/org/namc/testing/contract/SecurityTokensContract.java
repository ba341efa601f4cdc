package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.membership.spi.SecurityTokens;
import org.namc.shared.domain.MemberId;

/** What every {@link SecurityTokens} adapter must do. */
public abstract class SecurityTokensContract {
    protected static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract SecurityTokens tokens();

    /** A member the tokens may refer to (a store with foreign keys needs a real one). */
    protected abstract MemberId existingMember();

    private SecurityToken token(MemberId member, TokenPurpose purpose, String hash) {
        return new SecurityToken(UUID.randomUUID(), member, purpose, hash, NOW, NOW.plus(purpose.lifetime()), null);
    }

    @Test
    void findsByPurposeAndHash() {
        MemberId member = existingMember();
        SecurityToken reset = token(member, TokenPurpose.PASSWORD_RESET, "a".repeat(64));
        tokens().save(reset);

        assertThat(tokens().findByHash(TokenPurpose.PASSWORD_RESET, "a".repeat(64))).contains(reset);
        assertThat(tokens().findByHash(TokenPurpose.EMAIL_VERIFICATION, "a".repeat(64))).isEmpty();
        assertThat(tokens().findByHash(TokenPurpose.PASSWORD_RESET, "b".repeat(64))).isEmpty();
    }

    @Test
    void savesAUseOfAToken() {
        SecurityToken token = token(existingMember(), TokenPurpose.EMAIL_VERIFICATION, "c".repeat(64));
        tokens().save(token);
        tokens().save(token.usedAt(NOW.plusSeconds(5)));

        SecurityToken loaded = tokens().findByHash(TokenPurpose.EMAIL_VERIFICATION, "c".repeat(64)).orElseThrow();
        assertThat(loaded.usedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(loaded.isUsableAt(NOW.plusSeconds(6))).isFalse();
    }

    @Test
    void revokesOnlyTheMembersOpenTokensOfThatPurpose() {
        MemberId member = existingMember();
        tokens().save(token(member, TokenPurpose.PASSWORD_RESET, "d".repeat(64)));
        tokens().save(token(member, TokenPurpose.PASSWORD_RESET, "e".repeat(64)));
        tokens().save(token(member, TokenPurpose.EMAIL_VERIFICATION, "f".repeat(64)));

        int revoked = tokens().revokeAll(member, TokenPurpose.PASSWORD_RESET, NOW);

        assertThat(revoked).isEqualTo(2);
        assertThat(tokens().findByHash(TokenPurpose.PASSWORD_RESET, "d".repeat(64)).orElseThrow().usedAt()).isEqualTo(NOW);
        assertThat(tokens().findByHash(TokenPurpose.EMAIL_VERIFICATION, "f".repeat(64)).orElseThrow().usedAt()).isNull();
        assertThat(tokens().revokeAll(member, TokenPurpose.PASSWORD_RESET, NOW)).isZero();
    }
}
