package org.namc.persistence.jpa.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.audit.domain.AuditCategory;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.RequestContext;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

/**
 * Maps {@link AuditEntry}s to audit_logs rows and back, losslessly, since the chain's hashes
 * cover every field: the actor to actor_kind, user_id and impersonated_by; its roles to
 * actor_roles; the outcome to success; the error code to error_message; each change to its
 * field's entry in old_values and new_values, the field names in order in changes; the category
 * as its code; the request context to request_id, session_id, ip_address, user_agent; the
 * occurrence to timestamp (microseconds) plus timestamp_nanos.
 */
final class AuditEntryMapper {
    /** {@code event_type} of the entries the core's units of work write. */
    static final String USE_CASE = "USE_CASE";

    private AuditEntryMapper() {
    }

    static AuditLogJpaEntity toRow(AuditEntry entry) {
        AuditLogJpaEntity row = new AuditLogJpaEntity();
        row.id = entry.id();
        row.sequence = entry.sequence();
        row.previousHash = entry.previousHash();
        row.hash = entry.hash();
        row.eventType = USE_CASE;
        row.resourceType = entry.resourceType();
        row.resourceId = entry.resourceId();
        row.action = entry.action();
        Actor actor = entry.actor();
        row.actorKind = actor.kind();
        row.userId = actor.memberId() == null ? null : actor.memberId().value();
        row.impersonatedBy = actor.impersonatedBy() == null ? null : actor.impersonatedBy().value();
        row.actorRoles = entry.actorRoles().toArray(String[]::new);
        RequestContext request = entry.request();
        row.requestId = request.requestId();
        row.sessionId = request.sessionId();
        row.ipAddress = request.ipAddress();
        row.userAgent = request.userAgent();
        if (!entry.changes().isEmpty()) {
            Map<String, @Nullable String> before = new LinkedHashMap<>();
            Map<String, @Nullable String> after = new LinkedHashMap<>();
            entry.changes().forEach((field, change) -> {
                before.put(field, change.before());
                after.put(field, change.after());
            });
            row.oldValues = before;
            row.newValues = after;
            row.changes = new ArrayList<>(entry.changes().keySet());
        }
        row.success = entry.outcome() == Outcome.SUCCESS;
        row.errorMessage = entry.error() == null ? null : entry.error().name();
        row.severity = entry.severity();
        row.category = entry.category().code();
        row.complianceRelevant = entry.complianceRelevant();
        row.timestamp = microseconds(entry.occurredAt());
        row.timestampNanos = nanosBeyondMicros(entry.occurredAt());
        return row;
    }

    static AuditEntry toEntry(AuditRowColumns row) {
        // jsonb does not keep key order; the changes array does.
        Map<String, Change> changes = new LinkedHashMap<>();
        List<String> fields = row.changes == null ? List.of() : row.changes;
        for (String field : fields) {
            changes.put(field, new Change(value(row.oldValues, field), value(row.newValues, field)));
        }
        return new AuditEntry(row.id, Objects.requireNonNull(row.sequence, "sequence"),
                row.timestamp.plusNanos(row.timestampNanos), actor(row), List.of(row.actorRoles), row.action,
                row.resourceType, row.resourceId, row.success ? Outcome.SUCCESS : Outcome.FAILURE,
                row.errorMessage == null ? null : ErrorCode.valueOf(row.errorMessage), changes, row.severity,
                AuditCategory.valueOf(Objects.requireNonNull(row.category, "category").toUpperCase(Locale.ROOT)),
                row.complianceRelevant, new RequestContext(row.requestId, row.sessionId, row.ipAddress, row.userAgent),
                Objects.requireNonNull(row.previousHash, "previousHash"), Objects.requireNonNull(row.hash, "hash"));
    }

    /** What timestamptz holds of an instant: truncated (not rounded) to the microsecond. */
    static Instant microseconds(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static short nanosBeyondMicros(Instant at) {
        return (short) (at.getNano() % 1_000);
    }

    private static Actor actor(AuditRowColumns row) {
        return switch (row.actorKind) {
            case ANONYMOUS -> Actor.anonymous();
            case SYSTEM -> Actor.system();
            case MEMBER -> {
                Actor member = Actor.member(new MemberId(Objects.requireNonNull(row.userId, "user_id")));
                yield row.impersonatedBy == null ? member : member.impersonatedBy(new MemberId(row.impersonatedBy));
            }
        };
    }

    private static @Nullable String value(@Nullable Map<String, @Nullable String> values, String field) {
        return values == null ? null : values.get(field);
    }
}
