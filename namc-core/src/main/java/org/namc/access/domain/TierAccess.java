package org.namc.access.domain;

import java.util.Set;

/** What a membership tier adds: its priority level and the rules its members implicitly hold. */
public record TierAccess(String tier, int priorityLevel, Set<PermissionRule> rules) {
    public TierAccess {
        rules = Set.copyOf(rules);
    }
}
