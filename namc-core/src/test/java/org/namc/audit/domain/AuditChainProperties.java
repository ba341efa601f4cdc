package org.namc.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.namc.audit.domain.ChainVerification.Broken;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

class AuditChainProperties {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> ACTIONS = List.of("member.register", "member.login", "event.registration.create",
            "message.send", "role.grant", "message.moderation.hide", "member.delete", "audit.archive");

    enum Mutation { ACTION, RESOURCE_ID, OUTCOME, CHANGE_VALUE, TIME, ROLES, REQUEST, PREVIOUS_HASH, HASH,
        REHASHED_CONTENT, DELETE, SWAP_WITH_NEXT }

    @Provide
    Arbitrary<List<AuditRecord>> records() {
        Arbitrary<Actor> actors = Arbitraries.oneOf(Arbitraries.just(Actor.system()), Arbitraries.just(Actor.anonymous()),
                Arbitraries.integers().between(1, 5).map(n -> Actor.member(member(n))),
                Arbitraries.integers().between(1, 5).map(n -> Actor.member(member(n)).impersonatedBy(member(99))));
        Arbitrary<Map<String, Change>> changes = Arbitraries.maps(
                Arbitraries.of("status", "title", "capacity", "hiddenReason"),
                Arbitraries.strings().ofMaxLength(12).map(s -> new Change(s.isEmpty() ? null : s, s + "!"))).ofMaxSize(3);
        Arbitrary<AuditRecord> record = Combinators.combine(actors, Arbitraries.of(ACTIONS),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).injectNull(0.2),
                        Arbitraries.of(Outcome.class), Arbitraries.of(ErrorCode.class), changes,
                        Arbitraries.longs().between(0, 86_400))
                .as((actor, action, id, outcome, error, change, seconds) -> new AuditRecord(START.plusSeconds(seconds),
                        actor, action, action.substring(0, action.indexOf('.')), id, outcome,
                        outcome == Outcome.FAILURE ? error : null, change));
        return record.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void aChainVerifiesAfterAnySequenceOfAppends(@ForAll("records") List<AuditRecord> records) {
        List<AuditEntry> chain = chainOf(records);

        ChainVerification result = verify(chain, null);

        assertThat(result).isInstanceOf(ChainVerification.Intact.class);
        assertThat(result.entriesChecked()).isEqualTo(records.size());
        AuditEntry last = chain.get(chain.size() - 1);
        assertThat(((ChainVerification.Intact) result).head()).isEqualTo(new ChainAnchor(last.sequence(), last.hash()));
        assertThat(verify(chain, anchorOf(last))).isInstanceOf(ChainVerification.Intact.class);
    }

    @Property
    void anySingleMutationIsDetectedAgainstTheAnchoredHead(@ForAll("records") List<AuditRecord> records,
                                                           @ForAll Mutation mutation,
                                                           @ForAll @IntRange(min = 0, max = 1000) int position) {
        List<AuditEntry> chain = chainOf(records);
        ChainAnchor anchor = anchorOf(chain.get(chain.size() - 1));
        int index = position % chain.size();

        List<AuditEntry> mutated = mutate(chain, index, mutation);

        ChainVerification result = verify(mutated, anchor);
        assertThat(result).as(mutation + " at entry " + (index + 1)).isInstanceOf(Broken.class);
        Broken broken = (Broken) result;
        assertThat(broken.sequence()).as("the break is reported at or right after the mutated entry")
                .isBetween((long) index + 1, (long) index + 2);
    }

    @Property
    void withoutAnAnchorEveryMutationButReplacingTheTailIsDetected(@ForAll("records") List<AuditRecord> records,
                                                                   @ForAll Mutation mutation,
                                                                   @ForAll @IntRange(min = 0, max = 1000) int position) {
        List<AuditEntry> chain = chainOf(records);
        int index = position % chain.size();
        boolean replacesTheTail = index == chain.size() - 1
                && (mutation == Mutation.DELETE || mutation == Mutation.SWAP_WITH_NEXT
                || mutation == Mutation.REHASHED_CONTENT);
        List<AuditEntry> mutated = mutate(chain, index, mutation);

        ChainVerification result = verify(mutated, null);

        if (replacesTheTail) {
            assertThat(result.isIntact()).as("a chain alone cannot show its end was cut or rewritten; an anchor does")
                    .isTrue();
        } else {
            assertThat(result).as(mutation + " at entry " + (index + 1)).isInstanceOf(Broken.class);
        }
    }

    private static List<AuditEntry> mutate(List<AuditEntry> chain, int index, Mutation mutation) {
        List<AuditEntry> copy = new ArrayList<>(chain);
        AuditEntry e = copy.get(index);
        switch (mutation) {
            case ACTION -> copy.set(index, with(e, e.action() + "x", e.resourceId(), e.outcome(), e.changes(), e.occurredAt(),
                    e.actorRoles(), e.request(), e.previousHash()).withHash(e.hash()));
            case RESOURCE_ID -> copy.set(index, with(e, e.action(), e.resourceId() == null ? "x" : e.resourceId() + "x",
                    e.outcome(), e.changes(), e.occurredAt(), e.actorRoles(), e.request(), e.previousHash()).withHash(e.hash()));
            case OUTCOME -> copy.set(index, with(e, e.action(), e.resourceId(),
                    e.outcome() == Outcome.SUCCESS ? Outcome.FAILURE : Outcome.SUCCESS, e.changes(), e.occurredAt(),
                    e.actorRoles(), e.request(), e.previousHash()).withHash(e.hash()));
            case CHANGE_VALUE -> {
                Map<String, Change> changes = new LinkedHashMap<>(e.changes());
                changes.put("status", new Change("forged", "forged"));
                if (changes.equals(e.changes())) {
                    changes.put("extra", new Change(null, "forged"));
                }
                copy.set(index, with(e, e.action(), e.resourceId(), e.outcome(), changes, e.occurredAt(), e.actorRoles(),
                        e.request(), e.previousHash()).withHash(e.hash()));
            }
            case TIME -> copy.set(index, with(e, e.action(), e.resourceId(), e.outcome(), e.changes(),
                    e.occurredAt().plusSeconds(1), e.actorRoles(), e.request(), e.previousHash()).withHash(e.hash()));
            case ROLES -> copy.set(index, with(e, e.action(), e.resourceId(), e.outcome(), e.changes(), e.occurredAt(),
                    List.of("ADMIN"), e.request(), e.previousHash()).withHash(e.hash()));
            case REQUEST -> copy.set(index, with(e, e.action(), e.resourceId(), e.outcome(), e.changes(), e.occurredAt(),
                    e.actorRoles(), RequestContext.of("forged", "forged"), e.previousHash()).withHash(e.hash()));
            case PREVIOUS_HASH -> copy.set(index, with(e, e.action(), e.resourceId(), e.outcome(), e.changes(),
                    e.occurredAt(), e.actorRoles(), e.request(), "f".repeat(64)).withHash(e.hash()));
            case HASH -> copy.set(index, e.withHash("e".repeat(64)));
            case REHASHED_CONTENT -> {
                AuditEntry forged = with(e, e.action() + "x", e.resourceId(), e.outcome(), e.changes(), e.occurredAt(),
                        e.actorRoles(), e.request(), e.previousHash());
                copy.set(index, forged.withHash(forged.computeHash()));
            }
            case DELETE -> copy.remove(index);
            case SWAP_WITH_NEXT -> {
                if (index + 1 < copy.size()) {
                    copy.set(index, copy.get(index + 1));
                    copy.set(index + 1, e);
                } else {
                    copy.remove(index);
                }
            }
        }
        return copy;
    }

    private static AuditEntry with(AuditEntry e, String action, @Nullable String resourceId, Outcome outcome,
                                   Map<String, Change> changes, Instant at, List<String> roles, RequestContext request,
                                   String previousHash) {
        return new AuditEntry(e.id(), e.sequence(), at, e.actor(), roles, action, e.resourceType(), resourceId, outcome,
                e.error(), changes, e.severity(), e.category(), e.complianceRelevant(), request, previousHash, e.hash());
    }

    static List<AuditEntry> chainOf(List<AuditRecord> records) {
        List<AuditEntry> chain = new ArrayList<>();
        AuditEntry previous = null;
        long n = 0;
        for (AuditRecord record : records) {
            previous = AuditEntry.next(previous, new UUID(1, ++n), record, List.of("MEMBER"), RequestContext.of("r" + n, "s"));
            chain.add(previous);
        }
        return chain;
    }

    private static ChainVerification verify(List<AuditEntry> entries, @Nullable ChainAnchor anchor) {
        ChainVerifier verifier = anchor == null ? ChainVerifier.fromGenesis() : ChainVerifier.against(anchor);
        for (AuditEntry entry : entries) {
            if (verifier.accept(entry).isPresent()) {
                break;
            }
        }
        return verifier.result();
    }

    private static ChainAnchor anchorOf(AuditEntry entry) {
        return new ChainAnchor(entry.sequence(), entry.hash());
    }

    private static MemberId member(int n) {
        return new MemberId(new UUID(7, n));
    }
}
