package org.namc.persistence.jpa.access;

/**
 * A rule's conditions as {@code permissions.conditions} holds them (snake_case keys). The
 * seed's default {@code '{}'} reads as no condition at all.
 */
record ConditionsJson(boolean ownOnly, boolean activeMemberOnly, int minTierLevel) {
}
