package org.namc.persistence.jpa.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Which failures of a read on the replica mean "the replica is not there", so the primary should serve it. */
final class ReplicaFailures {
    /**
     * Server shutting down, crashed, or still starting; a hot standby cancelling a query that
     * conflicts with recovery. Class 08 (connection exceptions) counts as well.
     */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "40001");

    private ReplicaFailures() {
    }

    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true; // the pool's connection timeout passed
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The SQL state and exception type only: messages may carry host names and user names. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return "SQLSTATE " + sql.getSQLState() + ", " + sql.getClass().getSimpleName();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
