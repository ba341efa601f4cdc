package org.namc.shared.internal;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.namc.shared.domain.Actor;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;
import org.namc.shared.spi.AuditTrail;
import org.namc.shared.spi.Transactions;

/**
 * Runs one state-changing use case: its writes and its success audit entry commit together;
 * when it throws, everything rolls back and a failure entry is written on its own, so a
 * refused attempt is still on record.
 */
public final class UnitOfWork {
    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public UnitOfWork(Transactions transactions, AuditTrail auditTrail, Clock clock) {
        this.transactions = transactions;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public <T> T execute(Actor actor, String action, String resourceType, Function<AuditScope, T> work) {
        return execute(actor, action, resourceType, 1, work);
    }

    /**
     * As {@link #execute(Actor, String, String, Function)}, but re-runs the whole unit up to
     * {@code attempts} times when it fails with {@code CONFLICT} (a concurrent writer moved a
     * version on). For use cases that must count exactly under contention, such as failed logins.
     */
    public <T> T execute(Actor actor, String action, String resourceType, int attempts,
                         Function<AuditScope, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(actor, action, resourceType, work, attempt == attempts);
            } catch (NamcException e) {
                if (e.code() != ErrorCode.CONFLICT || attempt >= attempts) {
                    throw e;
                }
            }
        }
    }

    private <T> T once(Actor actor, String action, String resourceType, Function<AuditScope, T> work,
                       boolean lastAttempt) {
        AuditScope scope = new AuditScope();
        T result;
        try {
            result = transactions.inTransaction(() -> {
                T value = work.apply(scope);
                ErrorCode refusal = scope.refusal();
                // Committed, refused or not: the record lists what this unit changed.
                auditTrail.record(record(actor, action, resourceType, scope,
                        refusal == null ? Outcome.SUCCESS : Outcome.FAILURE, refusal, scope.changes()));
                return value;
            });
        } catch (RuntimeException failure) {
            if (!lastAttempt && failure instanceof NamcException e && e.code() == ErrorCode.CONFLICT) {
                throw failure;
            }
            ErrorCode code = failure instanceof NamcException e ? e.code() : null;
            try {
                transactions.run(() -> auditTrail.record(
                        record(actor, action, resourceType, scope, Outcome.FAILURE, code, Map.of())));
            } catch (RuntimeException auditFailure) {
                failure.addSuppressed(auditFailure);
            }
            throw failure;
        }
        scope.afterCommitActions().forEach(Runnable::run);
        return result;
    }

    /**
     * Runs checks that must come before a unit of work (access, before a slow password hash;
     * access to a read): a refusal is audited as a failed unit would be, then rethrown.
     */
    public <T> T checked(Actor actor, String action, String resourceType, @Nullable Object resourceId,
                         Supplier<T> check) {
        try {
            return check.get();
        } catch (NamcException refusal) {
            AuditScope scope = new AuditScope();
            if (resourceId != null) {
                scope.resource(resourceId);
            }
            try {
                transactions.run(() -> auditTrail.record(
                        record(actor, action, resourceType, scope, Outcome.FAILURE, refusal.code(), Map.of())));
            } catch (RuntimeException auditFailure) {
                refusal.addSuppressed(auditFailure);
            }
            throw refusal;
        }
    }

    private AuditRecord record(Actor actor, String action, String resourceType, AuditScope scope,
                               Outcome outcome, @Nullable ErrorCode error, Map<String, Change> changes) {
        return new AuditRecord(clock.instant(), actor, action, resourceType, scope.resourceId(), outcome, error,
                changes);
    }
}
