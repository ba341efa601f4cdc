/**
 * The operations report of the PostgreSQL adapter ({@code JpaPersistence.health()}): pool usage,
 * replication lag, outbox backlog, audit partitions ahead, sizes, unused indexes and slow
 * statements, read from PostgreSQL's own statistics views without requiring any extension.
 */
@NullMarked
package org.namc.persistence.jpa.health;

import org.jspecify.annotations.NullMarked;
