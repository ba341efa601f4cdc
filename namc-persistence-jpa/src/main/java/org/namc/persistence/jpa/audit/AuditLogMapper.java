package org.namc.persistence.jpa.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

/**
 * Maps {@link AuditRecord}s to {@code audit_logs} rows: the actor to actor_kind, user_id and
 * impersonated_by; the outcome to success; the error code to error_message; each change to
 * its field's entry in old_values and new_values, with the field names, in order, in changes.
 */
final class AuditLogMapper {
    /** {@code event_type} of the entries the core's units of work write. */
    static final String USE_CASE = "USE_CASE";

    private AuditLogMapper() {
    }

    static AuditLogJpaEntity toEntity(UUID id, AuditRecord record) {
        AuditLogJpaEntity entity = new AuditLogJpaEntity();
        entity.id = id;
        entity.eventType = USE_CASE;
        entity.resourceType = record.resourceType();
        entity.resourceId = record.resourceId();
        entity.action = record.action();
        Actor actor = record.actor();
        entity.actorKind = actor.kind();
        entity.userId = actor.memberId() == null ? null : actor.memberId().value();
        entity.impersonatedBy = actor.impersonatedBy() == null ? null : actor.impersonatedBy().value();
        if (!record.changes().isEmpty()) {
            Map<String, @Nullable String> before = new LinkedHashMap<>();
            Map<String, @Nullable String> after = new LinkedHashMap<>();
            record.changes().forEach((field, change) -> {
                before.put(field, change.before());
                after.put(field, change.after());
            });
            entity.oldValues = before;
            entity.newValues = after;
            entity.changes = new ArrayList<>(record.changes().keySet());
        }
        entity.success = record.outcome() == Outcome.SUCCESS;
        entity.errorMessage = record.error() == null ? null : record.error().name();
        entity.severity = severity(record);
        entity.timestamp = record.occurredAt();
        return entity;
    }

    static AuditRecord toDomain(AuditLogJpaEntity entity) {
        // jsonb does not keep key order; the changes array does.
        Map<String, Change> changes = new LinkedHashMap<>();
        List<String> fields = entity.changes == null ? List.of() : entity.changes;
        for (String field : fields) {
            changes.put(field, new Change(value(entity.oldValues, field), value(entity.newValues, field)));
        }
        return new AuditRecord(entity.timestamp, actor(entity), entity.action, entity.resourceType,
                entity.resourceId, entity.success ? Outcome.SUCCESS : Outcome.FAILURE,
                entity.errorMessage == null ? null : ErrorCode.valueOf(entity.errorMessage), changes);
    }

    /** A refusal is a warning; a failure without an error code was unexpected, an error. */
    private static AuditSeverity severity(AuditRecord record) {
        if (record.outcome() == Outcome.SUCCESS) {
            return AuditSeverity.INFO;
        }
        return record.error() == null ? AuditSeverity.ERROR : AuditSeverity.WARNING;
    }

    private static Actor actor(AuditLogJpaEntity entity) {
        return switch (entity.actorKind) {
            case ANONYMOUS -> Actor.anonymous();
            case SYSTEM -> Actor.system();
            // user_id is set null when a member's row is erased; the entry then no longer names them.
            case MEMBER -> entity.userId == null ? Actor.anonymous() : member(entity);
        };
    }

    private static Actor member(AuditLogJpaEntity entity) {
        Actor actor = Actor.member(new MemberId(entity.userId));
        return entity.impersonatedBy == null ? actor : actor.impersonatedBy(new MemberId(entity.impersonatedBy));
    }

    private static @Nullable String value(@Nullable Map<String, @Nullable String> values, String field) {
        return values == null ? null : values.get(field);
    }
}
