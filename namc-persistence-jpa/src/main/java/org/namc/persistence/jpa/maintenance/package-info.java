/**
 * Upkeep a host application schedules: retention clean-ups, audit partitions and archival, and
 * fresh planner statistics for the busiest tables.
 */
@NullMarked
package org.namc.persistence.jpa.maintenance;

import org.jspecify.annotations.NullMarked;
