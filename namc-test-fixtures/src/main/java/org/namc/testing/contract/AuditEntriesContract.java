package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.ChainVerifier;
import org.namc.audit.domain.RequestContext;
import org.namc.audit.spi.AuditEntries;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.spi.Transactions;

/** What every {@link AuditEntries} adapter must do. */
public abstract class AuditEntriesContract {
    protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final MemberId MARIA = new MemberId(UUID.fromString("0190a5e0-0000-7000-8000-000000000001"));
    private static final MemberId STAFF = new MemberId(UUID.fromString("0190a5e0-0000-7000-8000-000000000002"));

    /** An empty store. */
    protected abstract AuditEntries entries();

    /** The transactions the store takes part in. */
    protected abstract Transactions transactions();

    private AuditEntry append(Actor actor, String action, String resourceType, @Nullable String resourceId,
                              Instant at) {
        AuditRecord record = new AuditRecord(at, actor, action, resourceType, resourceId, Outcome.SUCCESS, null,
                Map.of("title", new Change("old", "new")));
        AuditEntry entry = AuditEntry.next(entries().head().orElse(null), UUID.randomUUID(), record,
                List.of("MEMBER", "STAFF"), new RequestContext("req-1", "sess-1", "203.0.113.7", "agent/1.0"));
        transactions().run(() -> entries().append(entry));
        return entry;
    }

    private AuditEntry append(String action, Instant at) {
        return append(Actor.member(MARIA), action, "event", "e-1", at);
    }

    @Test
    void keepsEveryFieldAndTheHeadFollowsTheAppends() {
        assertThat(entries().head()).isEmpty();
        AuditEntry first = append(Actor.member(MARIA).impersonatedBy(STAFF), "event.create", "event", "e-1", T0);
        AuditEntry second = append(Actor.system(), "event.publish", "event", null, T0.plusSeconds(1));

        assertThat(entries().head()).contains(second);
        assertThat(entries().chain(1, 10)).containsExactly(first, second);
        assertThat(entries().chain(2, 10)).containsExactly(second);
        assertThat(entries().chain(1, 1)).containsExactly(first);
    }

    @Test
    void refusesAnEntryThatWouldForkTheChain() {
        AuditEntry first = append("event.create", T0);
        AuditRecord record = first.toRecord();
        AuditEntry stale = AuditEntry.next(null, UUID.randomUUID(), record, List.of(), RequestContext.NONE);
        AuditEntry relinked = new AuditEntry(UUID.randomUUID(), 2, T0, first.actor(), List.of(), "x", "event", null,
                Outcome.SUCCESS, null, Map.of(), first.severity(), first.category(), false, RequestContext.NONE,
                "f".repeat(64), "0".repeat(64));

        assertThatNamcException(() -> transactions().run(() -> entries().append(stale))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThatNamcException(() -> transactions().run(() -> entries().append(relinked)))
                .hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(entries().chain(1, 10)).containsExactly(first);
    }

    @Test
    void aRolledBackUnitTakesItsEntriesAndTheHeadAlong() {
        AuditEntry kept = append("event.create", T0);
        Throwable failure = catchThrowable(() -> transactions().run(() -> {
            entries().append(AuditEntry.next(kept, UUID.randomUUID(), kept.toRecord(), List.of(), RequestContext.NONE));
            throw new IllegalStateException("the use case failed after auditing");
        }));

        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(entries().head()).contains(kept);
        assertThat(entries().chain(1, 10)).containsExactly(kept);
        AuditEntry next = append("event.publish", T0.plusSeconds(1));
        assertThat(next.sequence()).isEqualTo(2);
    }

    @Test
    void answersQueriesNewestFirstPageByPage() {
        AuditEntry a = append(Actor.member(MARIA), "event.create", "event", "e-1", T0);
        AuditEntry b = append(Actor.member(STAFF), "event.publish", "event", "e-1", T0.plusSeconds(10));
        AuditEntry c = append(Actor.member(MARIA).impersonatedBy(STAFF), "message.send", "message", "m-1",
                T0.plusSeconds(20));
        append(Actor.system(), "event.create", "event", "e-2", T0.plusSeconds(30));

        assertThat(entries().byResource("event", "e-1", PageRequest.first(10)).items()).containsExactly(b, a);
        var firstPage = entries().byResource("event", "e-1", PageRequest.first(1));
        assertThat(firstPage.items()).containsExactly(b);
        assertThat(firstPage.totalItems()).isEqualTo(2);
        assertThat(entries().byResource("event", "e-1", new PageRequest(1, 1)).items()).containsExactly(a);
        assertThat(entries().byActor(STAFF, PageRequest.first(10)).items()).containsExactly(c, b);
        assertThat(entries().byActor(MARIA, PageRequest.first(10)).items()).containsExactly(c, a);
        assertThat(entries().between(T0.plusSeconds(10), T0.plusSeconds(30), PageRequest.first(10)).items())
                .containsExactly(c, b);
    }

    @Test
    void archivesOnlyOldEntriesThatAreNotComplianceRelevantAndTheChainStillVerifies() {
        AuditEntry oldData = append("event.create", T0);
        AuditEntry oldSecurity = append(Actor.member(MARIA), "member.password.change", "member", "m-1", T0);
        AuditEntry recent = append("event.publish", T0.plus(Duration.ofDays(400)));
        assertThat(oldSecurity.complianceRelevant()).isTrue();

        int moved = entries().archiveOlderThan(T0.plus(Duration.ofDays(365)));

        assertThat(moved).isEqualTo(1);
        assertThat(entries().archived(PageRequest.first(10)).items()).containsExactly(oldData);
        assertThat(entries().between(T0, T0.plus(Duration.ofDays(500)), PageRequest.first(10)).items())
                .containsExactly(recent, oldSecurity);
        assertThat(entries().byResource("event", "e-1", PageRequest.first(10)).items()).containsExactly(recent);
        assertThat(entries().chain(1, 10)).containsExactly(oldData, oldSecurity, recent);
        ChainVerifier verifier = ChainVerifier.fromGenesis();
        entries().chain(1, 10).forEach(verifier::accept);
        assertThat(verifier.result().isIntact()).isTrue();
        assertThat(entries().archiveOlderThan(T0.plus(Duration.ofDays(365)))).isZero();
    }
}
