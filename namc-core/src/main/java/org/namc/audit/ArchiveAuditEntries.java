package org.namc.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** Archive what is older than {@code retention} (at least one day; the seed keeps two years). */
public record ArchiveAuditEntries(@NotNull Duration retention) {
    public static final Duration MINIMUM_RETENTION = Duration.ofDays(1);

    public static ArchiveAuditEntries olderThanDays(long days) {
        return new ArchiveAuditEntries(Duration.ofDays(days));
    }
}
