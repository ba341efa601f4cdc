package org.namc.persistence.jpa.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.EventBuilder.anEvent;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.events.domain.EventId;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.crypto.AesGcmSecretCipher;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.SecretContext;
import org.namc.testing.MutableClock;

/** The database holds a virtual event's meeting password only as the core's ciphertext, with its key id. */
class MeetingPasswordAtRestTest {
    private static final String PASSWORD = "s3cret-zoom-4711";

    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Test
    void theMeetingPasswordColumnHoldsCiphertextThatOnlyTheKeyringOpens() throws SQLException {
        JpaPortal fixture = JpaPortal.on(db, MutableClock.at("2026-01-15T09:00:00Z"), NamcPortal.builder());
        NamcPortal portal = fixture.portal();
        EventId event = anEvent().virtual(PASSWORD).startingDaysAfter(fixture.clock().instant(), 10)
                .createPublished(portal.events(), EventStaff.on(portal));

        String stored = meetingPassword(event);

        byte[] plain = PASSWORD.getBytes(StandardCharsets.UTF_8);
        assertThat(stored).isNotBlank()
                .doesNotContainIgnoringCase(PASSWORD)
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(plain))
                .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(plain))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(plain));
        // The key id travels inside the ciphertext (version byte, id length, id), so keys can rotate.
        byte[] header = Base64.getUrlDecoder().decode(stored);
        String keyId = fixture.keyring().currentKeyId();
        assertThat(new String(header, 2, header[1], StandardCharsets.US_ASCII)).isEqualTo(keyId);
        byte[] opened = new AesGcmSecretCipher(fixture.keyring(), new SecureRandom()).decrypt(
                new EncryptedSecret(stored), new SecretContext("event", event.toString(), "meeting_password"));
        assertThat(opened).isEqualTo(plain);
    }

    private static String meetingPassword(EventId event) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT meeting_password FROM " + db.schema() + ".events WHERE id = ?::uuid")) {
            query.setString(1, event.toString());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
