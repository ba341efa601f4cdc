/**
 * The hash-chained audit trail ({@link org.namc.persistence.jpa.audit.JpaAuditEntries}) in the monthly partitioned
 * {@code audit_logs} table and {@code audit_logs_archive}, and their partition and archive maintenance.
 */
@NullMarked
package org.namc.persistence.jpa.audit;

import org.jspecify.annotations.NullMarked;
