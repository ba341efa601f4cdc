package org.namc.persistence.jpa.billing;

/** A row with an optimistic {@code version} column, for {@link VersionedSaves}. */
interface VersionedRow {

    long storedVersion();
}
