package org.namc.audit;

import java.time.Instant;

/** How many entries older than {@code cutoff} moved to the archive. */
public record ArchiveReport(Instant cutoff, int archived) {
}
