package org.namc.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.MemberId;

class AuditEntryTest {
    private static final MemberId MARIA = new MemberId(new UUID(7, 1));
    private static final MemberId STAFF = new MemberId(new UUID(7, 2));

    private static AuditRecord record(String resourceId, Map<String, Change> changes) {
        return new AuditRecord(Instant.parse("2026-02-01T10:00:00Z"), Actor.member(MARIA).impersonatedBy(STAFF),
                "event.update", "event", resourceId, Outcome.SUCCESS, null, changes);
    }

    @Test
    void theFirstEntryLinksToGenesisAndEachNextToItsPredecessor() {
        AuditEntry first = AuditEntry.next(null, new UUID(1, 1), record("e-1", Map.of()), List.of("MEMBER"),
                RequestContext.NONE);
        AuditEntry second = AuditEntry.next(first, new UUID(1, 2), record("e-2", Map.of()), List.of("MEMBER"),
                new RequestContext("req-7", "sess-3", "203.0.113.9", "curl/8"));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).matches("[0-9a-f]{64}").isNotEqualTo(first.hash());
        assertThat(second.hashMatches()).isTrue();
        assertThat(second.request().requestId()).isEqualTo("req-7");
        assertThat(second.involvesActor(STAFF)).isTrue();
        assertThat(second.involvesActor(MARIA)).isTrue();
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        AuditEntry a = AuditEntry.next(null, new UUID(1, 1), record("e-1", Map.of("a", new Change("b|c", "d"))),
                List.of(), RequestContext.NONE);
        AuditEntry b = AuditEntry.next(null, new UUID(1, 1), record("e-1", Map.of("a", new Change("b", "|c|d"))),
                List.of(), RequestContext.NONE);
        AuditEntry absent = AuditEntry.next(null, new UUID(1, 1), record("e-1", Map.of("a", new Change(null, "x"))),
                List.of(), RequestContext.NONE);
        AuditEntry dash = AuditEntry.next(null, new UUID(1, 1), record("e-1", Map.of("a", new Change("-", "x"))),
                List.of(), RequestContext.NONE);

        assertThat(a.canonicalForm()).isNotEqualTo(b.canonicalForm());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(absent.hash()).isNotEqualTo(dash.hash());
    }

    @Test
    void theKernelRecordSurvivesTheRoundTrip() {
        AuditRecord record = record("e-1", Map.of("title", new Change("Old", "New")));
        AuditEntry entry = AuditEntry.next(null, new UUID(1, 1), record, List.of(), RequestContext.NONE);

        assertThat(entry.toRecord()).isEqualTo(record);
        assertThat(entry.complianceRelevant()).as("made while impersonated").isTrue();
    }
}
