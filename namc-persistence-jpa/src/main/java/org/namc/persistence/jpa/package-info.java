/**
 * PostgreSQL + PostGIS persistence for NAMC Portal Core: {@link org.namc.persistence.jpa.JpaPersistence} migrates the
 * schema with Flyway, validates it against the JPA model and hands out the adapters.
 */
@NullMarked
package org.namc.persistence.jpa;

import org.jspecify.annotations.NullMarked;
