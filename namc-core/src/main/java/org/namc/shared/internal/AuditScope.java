package org.namc.shared.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.ErrorCode;

/**
 * What a running use case tells the audit trail: the resource it touched, the fields it
 * changed, and whether it ended in a refusal that still commits (a failed login counts).
 * Values of secret-bearing fields are redacted here, before they reach any adapter.
 */
public final class AuditScope {
    static final String REDACTED = "[redacted]";
    private static final Set<String> SECRET_WORDS =
            Set.of("password", "secret", "token", "code", "hash", "key", "cipher");

    private @Nullable String resourceId;
    private final Map<String, Change> changes = new LinkedHashMap<>();
    private @Nullable ErrorCode refusal;
    private final List<Runnable> afterCommit = new ArrayList<>();

    public AuditScope resource(Object id) {
        this.resourceId = id.toString();
        return this;
    }

    public AuditScope changed(String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Change(redact(field, before), redact(field, after)));
        }
        return this;
    }

    /** Records that a secret field changed without recording either value. */
    public AuditScope changedSecret(String field) {
        changes.put(field, new Change(REDACTED, REDACTED));
        return this;
    }

    /** The use case refused, but what it wrote (e.g. a failure counter) must still commit. */
    public void refused(ErrorCode code) {
        this.refusal = code;
    }

    /** Runs {@code action} once the unit has committed (e.g. to drop a cache entry); never on rollback. */
    public AuditScope afterCommit(Runnable action) {
        afterCommit.add(action);
        return this;
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }

    @Nullable String resourceId() {
        return resourceId;
    }

    Map<String, Change> changes() {
        return changes;
    }

    @Nullable ErrorCode refusal() {
        return refusal;
    }

    static boolean isSecretField(String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    private static @Nullable String redact(String field, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        return isSecretField(field) ? REDACTED : value.toString();
    }
}
