package org.namc.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.MemberId;

class OutboxEntryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private final MemberId maria = new MemberId(UUID.randomUUID());

    @Test
    void aClaimedEntryIsNotDueUntilTheLeaseEndsAndKeepsItsProgress() {
        OutboxEntry claimed = entry(false).failed("timeout", NOW, NOW).claimedUntil(NOW.plus(Duration.ofMinutes(10)));

        assertThat(claimed.isDueAt(NOW.plus(Duration.ofMinutes(9)))).isFalse();
        assertThat(claimed.isDueAt(NOW.plus(Duration.ofMinutes(10)))).as("the run died: try again").isTrue();
        assertThat(claimed.attempts()).isOne();
        assertThat(claimed.lastError()).isEqualTo("timeout");
    }

    @Test
    void takesWholeGroupsWithinTheLimitAndAnOversizedFirstGroupWhole() {
        OutboxEntry digestA = entry(true);
        OutboxEntry single = entry(false);
        OutboxEntry digestB = entry(true);

        assertThat(OutboxEntry.firstWholeGroups(List.of(digestA, single, digestB), 1))
                .containsExactly(digestA, digestB);
        assertThat(OutboxEntry.firstWholeGroups(List.of(single, digestA, digestB), 2)).containsExactly(single);
        assertThat(OutboxEntry.firstWholeGroups(List.of(single, digestA, digestB), 3))
                .containsExactly(single, digestA, digestB);
    }

    private OutboxEntry entry(boolean digest) {
        Notification n = new Notification(new NotificationId(UUID.randomUUID()), maria, NotificationType.PROJECT,
                "New project", "Matches your skills", EnumSet.of(Channel.EMAIL), Priority.NORMAL, "project", Map.of(),
                null, null, null, null, null, null, null, NOW, null, Map.of());
        return OutboxEntry.pending(UUID.randomUUID(), n, Channel.EMAIL, digest, NOW, NOW);
    }
}
