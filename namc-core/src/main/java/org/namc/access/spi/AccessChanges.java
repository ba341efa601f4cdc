package org.namc.access.spi;

/**
 * A counter every node sees that moves whenever access facts change (a grant or revoke, a role,
 * a member's standing). Each node's access decider compiles permissions once and answers from
 * its cache, checking this counter at most once per staleness bound (one second by default):
 * when it moved, the node drops its cache. A revoke on one node so denies on every node within
 * the bound, while decisions between checks stay hash lookups. Several nodes must share it (the
 * PostgreSQL adapter keeps it in a row); without one, the builder counts in this process only.
 */
public interface AccessChanges {

    /** Moves the counter; called inside the unit of work that changed access, so it commits with it. */
    void record();

    /** The counter now. */
    long current();
}
