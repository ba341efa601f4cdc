package org.namc.persistence.jpa.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.persistence.jpa.notifications.TestNotifications.notification;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;

/**
 * A digest group leaves whole or not at all, even when another transaction holds some of its rows
 * (another dispatcher claiming at the same instant): taking the rows it can would split the digest
 * into two messages with two Message-IDs.
 */
class DigestClaimTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Test
    void aDigestGroupPartlyHeldElsewhereIsLeftForLaterNotSplit() throws Exception {
        MemberId maria = new MemberId(UUID.randomUUID());
        StoredMembers.ensure(db, maria);
        for (int i = 0; i < 3; i++) {
            TestNotifications.queue(db.persistence(), notification(maria, "project", EnumSet.of(Channel.EMAIL), NOW,
                    null), true, NOW);
        }
        TestNotifications.queue(db.persistence(), notification(maria, "event", EnumSet.of(Channel.EMAIL), NOW, null),
                false, NOW);
        List<OutboxEntry> group = db.persistence().outbox().due(NOW, 10).stream().filter(OutboxEntry::digest).toList();
        assertThat(group).hasSize(3);

        try (Connection other = TestDatabase.connect()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute("select id from " + db.schema() + ".notification_outbox where id = '"
                        + group.get(1).id() + "' for update");
            }

            List<OutboxEntry> claimed = db.persistence().transactions()
                    .inTransaction(() -> db.persistence().outbox().due(NOW, 10));

            assertThat(claimed).noneMatch(OutboxEntry::digest).hasSize(1);
            other.rollback();
        }
        assertThat(db.persistence().outbox().due(NOW, 10)).filteredOn(OutboxEntry::digest)
                .containsExactlyInAnyOrderElementsOf(group);
    }
}
