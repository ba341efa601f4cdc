package org.namc.persistence.jpa.shared;

import org.namc.shared.domain.CommonRefusal;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.namc.shared.domain.NamcException;

/**
 * Turns the database's refusals that mean "a concurrent writer got there first" into the
 * core's {@code CONFLICT}, on which the core retries a unit of work where that is safe.
 * Anything else stays as it is: it is a fault, not a rule the caller broke.
 */
public final class DatabaseErrors {
    static final String UNIQUE_VIOLATION = "23505";
    /** Serialisation failure, deadlock, lock not available: the transaction may simply be retried. */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "55P03");

    private DatabaseErrors() {
    }

    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof NamcException) {
            return failure;
        }
        if (causes(failure, OptimisticLockException.class).isPresent()
                || causes(failure, StaleStateException.class).isPresent()) {
            return conflict(CommonRefusal.CONCURRENT_CHANGE, "the record was changed concurrently", failure);
        }
        String state = sqlState(failure).orElse("");
        if (UNIQUE_VIOLATION.equals(state)) {
            return conflict(CommonRefusal.DUPLICATE, "a record with the same unique key already exists", failure);
        }
        if (RETRYABLE.contains(state)) {
            return conflict(CommonRefusal.CONCURRENT_CHANGE, "a concurrent transaction got in the way (SQLSTATE " + state + ")", failure);
        }
        return failure;
    }

    /** Whether {@code failure} is the violation of the named unique constraint or index. */
    public static boolean violatesUnique(Throwable failure, String constraint) {
        return causes(failure, ConstraintViolationException.class)
                .map(e -> constraint.equalsIgnoreCase(e.getConstraintName())
                        && UNIQUE_VIOLATION.equals(e.getSQLState()))
                .orElse(false);
    }

    private static NamcException conflict(CommonRefusal reason, String message, RuntimeException cause) {
        NamcException conflict = NamcException.refused(reason, message);
        conflict.initCause(cause);
        return conflict;
    }

    private static Optional<String> sqlState(Throwable failure) {
        return causes(failure, SQLException.class).map(SQLException::getSQLState);
    }

    private static <E extends Throwable> Optional<E> causes(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
