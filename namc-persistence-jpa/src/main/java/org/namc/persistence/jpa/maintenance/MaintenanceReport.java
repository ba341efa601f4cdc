package org.namc.persistence.jpa.maintenance;

import java.util.List;

/**
 * What one {@link JpaMaintenance#runAll()} did, for the host to log.
 *
 * @param notificationsDeleted  read notifications past the retention after their expiry
 * @param outboxEntriesDeleted  outbox entries finished longer ago than their retention
 * @param securityTokensDeleted expired single-use tokens
 * @param aiInteractionsDeleted AI interactions older than their retention
 * @param auditPartitionsCreated monthly audit partitions that did not exist yet
 * @param auditEntriesArchived  audit entries moved to the archive
 * @param tablesAnalyzed        the tables whose planner statistics were refreshed
 */
public record MaintenanceReport(int notificationsDeleted, int outboxEntriesDeleted, int securityTokensDeleted,
                                int aiInteractionsDeleted, int auditPartitionsCreated, int auditEntriesArchived,
                                List<String> tablesAnalyzed) {
    public MaintenanceReport {
        tablesAnalyzed = List.copyOf(tablesAnalyzed);
    }
}
