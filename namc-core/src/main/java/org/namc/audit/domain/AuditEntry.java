package org.namc.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

/**
 * One link of the hash-chained audit trail (the seed's {@code audit_logs} row): what a use case
 * did, classified, with the request it ran in, the SHA-256 of the previous entry and its own.
 * {@code hash} covers every other field, {@code previousHash} included, so altering any entry
 * breaks either its own hash or the next entry's link. Secret values are redacted before an
 * entry is built. The constructor accepts any content, tampered or not, so that a stored
 * chain can be loaded and {@link ChainVerifier verified}.
 */
public record AuditEntry(UUID id, long sequence, Instant occurredAt, Actor actor, List<String> actorRoles,
                         String action, String resourceType, @Nullable String resourceId, Outcome outcome,
                         @Nullable ErrorCode error, Map<String, Change> changes, Severity severity,
                         AuditCategory category, boolean complianceRelevant, RequestContext request,
                         String previousHash, String hash) {

    /** What the first entry links to. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        actorRoles = List.copyOf(actorRoles);
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** The entry that follows {@code previous} (or starts the chain when it is {@code null}). */
    public static AuditEntry next(@Nullable AuditEntry previous, UUID id, AuditRecord record, List<String> actorRoles,
                                  RequestContext request) {
        long sequence = previous == null ? 1 : previous.sequence + 1;
        String previousHash = previous == null ? GENESIS_HASH : previous.hash;
        AuditEntry unsealed = new AuditEntry(id, sequence, record.occurredAt(), record.actor(), actorRoles,
                record.action(), record.resourceType(), record.resourceId(), record.outcome(), record.error(),
                record.changes(), AuditClassification.severityOf(record), AuditClassification.categoryOf(record),
                AuditClassification.isComplianceRelevant(record), request, previousHash, "");
        return unsealed.withHash(unsealed.computeHash());
    }

    /** The same entry carrying another hash; adapters and tests use it, the chain check sees through it. */
    public AuditEntry withHash(String newHash) {
        return new AuditEntry(id, sequence, occurredAt, actor, actorRoles, action, resourceType, resourceId, outcome,
                error, changes, severity, category, complianceRelevant, request, previousHash, newHash);
    }

    /** Lower-case hex SHA-256 of the {@link #canonicalForm()}. */
    public String computeHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalForm().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    public boolean hashMatches() {
        return computeHash().equals(hash);
    }

    /**
     * Every field but {@code hash}, each written as its length, a colon and its text ({@code -}
     * for absent), so no two different entries share a form. Changes keep their order.
     */
    public String canonicalForm() {
        StringBuilder out = new StringBuilder(256);
        field(out, "v1");
        field(out, id.toString());
        field(out, Long.toString(sequence));
        field(out, occurredAt.toString());
        field(out, actor.kind().name());
        field(out, text(actor.memberId()));
        field(out, text(actor.impersonatedBy()));
        field(out, Integer.toString(actorRoles.size()));
        actorRoles.forEach(role -> field(out, role));
        field(out, action);
        field(out, resourceType);
        field(out, resourceId);
        field(out, outcome.name());
        field(out, error == null ? null : error.name());
        field(out, Integer.toString(changes.size()));
        changes.forEach((name, change) -> {
            field(out, name);
            field(out, change.before());
            field(out, change.after());
        });
        field(out, severity.name());
        field(out, category.name());
        field(out, Boolean.toString(complianceRelevant));
        field(out, request.requestId());
        field(out, request.sessionId());
        field(out, request.ipAddress());
        field(out, request.userAgent());
        field(out, previousHash);
        return out.toString();
    }

    /** The kernel's view of this entry. */
    public AuditRecord toRecord() {
        return new AuditRecord(occurredAt, actor, action, resourceType, resourceId, outcome, error, changes);
    }

    /** Whether {@code member} acted, or acted through an impersonation. */
    public boolean involvesActor(MemberId member) {
        return member.equals(actor.memberId()) || member.equals(actor.impersonatedBy());
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static void field(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('|');
    }
}
