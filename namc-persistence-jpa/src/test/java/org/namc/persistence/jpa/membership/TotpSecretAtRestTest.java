package org.namc.persistence.jpa.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.membership.ConfirmTwoFactor;
import org.namc.membership.MembershipApi;
import org.namc.membership.RecoveryCodes;
import org.namc.membership.security.Base32;
import org.namc.membership.security.Totp;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.crypto.AesGcmSecretCipher;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;
import org.namc.shared.domain.SecretContext;
import org.namc.testing.MutableClock;
import org.namc.testing.data.MemberBuilder;

/** The database holds the TOTP secret only as the core's ciphertext, and recovery codes only as hashes. */
class TotpSecretAtRestTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Test
    void theTotpSecretColumnHoldsCiphertextThatOnlyTheKeyringOpens() throws SQLException {
        JpaPortal fixture = JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), NamcPortal.builder());
        MembershipApi membership = fixture.portal().membership();
        MemberId id = MemberBuilder.aMember().registerVerified(membership);
        String base32 = membership.beginTwoFactorEnrollment(Actor.member(id), id).base32Secret().reveal();
        byte[] secret = Base32.decode(base32);
        RecoveryCodes codes = membership.confirmTwoFactor(Actor.member(id),
                new ConfirmTwoFactor(id, Secret.of(Totp.code(secret, Totp.stepAt(fixture.clock().instant())))));

        String stored = column("two_factor_secret", id);
        assertThat(stored).isNotBlank()
                .doesNotContainIgnoringCase(base32)
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(secret))
                .doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
        byte[] opened = new AesGcmSecretCipher(fixture.keyring(), new SecureRandom())
                .decrypt(new EncryptedSecret(stored), new SecretContext("member", id.toString(), "two_factor_secret"));
        assertThat(opened).isEqualTo(secret);

        String recoveryHashes = column("array_to_string(two_factor_recovery_code_hashes, ',')", id);
        List<String> plainCodes = codes.codes().stream().map(Secret::reveal).toList();
        assertThat(recoveryHashes.split(",")).hasSize(plainCodes.size()).allMatch(h -> h.matches("[0-9a-f]{64}"));
        plainCodes.forEach(code -> assertThat(recoveryHashes).doesNotContainIgnoringCase(code.replace("-", "")));
    }

    private static String column(String expression, MemberId id) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT " + expression + " FROM " + db.schema() + ".users WHERE id = ?::uuid")) {
            query.setString(1, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
