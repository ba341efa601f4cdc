package org.namc.access.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.ArrayList;
import java.util.List;
import org.namc.shared.domain.NamcException;

/**
 * When a rule applies: only to resources the actor owns, only while the actor is a member
 * in good standing, only from a membership tier's priority level upwards (0 = any tier).
 */
public record Conditions(boolean ownOnly, boolean activeMemberOnly, int minTierLevel) {
    public static final Conditions NONE = new Conditions(false, false, 0);

    public Conditions {
        if (minTierLevel < 0) {
            throw NamcException.invalid("minTierLevel", ViolationRule.RANGE, "must be 0 or more");
        }
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** Whether a rule under these conditions applies wherever one under {@code other} does. */
    public boolean noStricterThan(Conditions other) {
        return (!ownOnly || other.ownOnly) && (!activeMemberOnly || other.activeMemberOnly)
                && minTierLevel <= other.minTierLevel;
    }

    /** The rule-text form: {@code own}, {@code active-member}, {@code tier>=2}, space separated. */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (ownOnly) {
            parts.add("own");
        }
        if (activeMemberOnly) {
            parts.add("active-member");
        }
        if (minTierLevel > 0) {
            parts.add("tier>=" + minTierLevel);
        }
        return String.join(" ", parts);
    }
}
