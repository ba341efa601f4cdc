package org.namc.persistence.jpa.maintenance;

import java.util.List;

/**
 * What one {@link JpaMaintenance#runAll()} did, for the host to log.
 *
 * @param notificationsDeleted  read notifications past the retention after their expiry
 * @param securityTokensDeleted expired single-use tokens
 * @param auditPartitionsCreated monthly audit partitions that did not exist yet
 * @param auditEntriesArchived  audit entries moved to the archive
 * @param tablesAnalyzed        the tables whose planner statistics were refreshed
 */
public record MaintenanceReport(int notificationsDeleted, int securityTokensDeleted, int auditPartitionsCreated,
                                int auditEntriesArchived, List<String> tablesAnalyzed) {
    public MaintenanceReport {
        tablesAnalyzed = List.copyOf(tablesAnalyzed);
    }
}
