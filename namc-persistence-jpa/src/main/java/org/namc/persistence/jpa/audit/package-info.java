/**
 * The audit trail in the monthly partitioned {@code audit_logs} table, and its partition and archive maintenance.
 */
@NullMarked
package org.namc.persistence.jpa.audit;

import org.jspecify.annotations.NullMarked;
