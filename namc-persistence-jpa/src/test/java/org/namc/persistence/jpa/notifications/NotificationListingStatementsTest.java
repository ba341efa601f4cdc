package org.namc.persistence.jpa.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.notifications.domain.Channel;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

/** The inbox and the outbox's due entries cost the same few statements for 2 rows as for 40. */
class NotificationListingStatementsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private final MemberId maria = new MemberId(UUID.randomUUID());

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
        StoredMembers.ensure(db, maria);
    }

    @Test
    void theInboxDoesNotQueryOncePerNotification() {
        queue(2);
        long fewRows = db.statementsOf(() -> assertThat(store().notifications()
                .inbox(maria, NOW, PageRequest.first(100)).items()).hasSize(2));
        queue(38);
        long manyRows = db.statementsOf(() -> assertThat(store().notifications()
                .inbox(maria, NOW, PageRequest.first(100)).items()).hasSize(40));

        assertThat(fewRows).as("the page and its total").isEqualTo(2);
        assertThat(manyRows).isEqualTo(fewRows);
    }

    @Test
    void takingDueEntriesDoesNotQueryOncePerEntry() {
        queue(2);
        long fewRows = db.statementsOf(() -> assertThat(store().outbox().due(NOW, 100)).hasSize(2));
        queue(38);
        long manyRows = db.statementsOf(() -> assertThat(store().outbox().due(NOW, 100)).hasSize(40));

        assertThat(fewRows).isEqualTo(1);
        assertThat(manyRows).isEqualTo(fewRows);
    }

    private void queue(int count) {
        for (int i = 0; i < count; i++) {
            TestNotifications.queue(store(), TestNotifications.notification(maria, "event", EnumSet.of(Channel.IN_APP),
                    NOW.minusSeconds(i), null), false, NOW);
        }
    }

    private static JpaPersistence store() {
        return db.persistence();
    }
}
