package org.namc.learning;

import java.time.ZoneId;
import java.util.Objects;
import org.namc.shared.domain.ViolationRule;
import org.namc.shared.domain.Violations;

/**
 * Settings a host may tune.
 *
 * @param certificatePrefix starts every certificate number, {@code NAMC-2026-000042}
 * @param zone              whose calendar dates completions (and so certificate years)
 */
public record LearningSettings(String certificatePrefix, ZoneId zone) {
    public LearningSettings {
        Objects.requireNonNull(zone, "zone");
        Violations.collect().check(certificatePrefix != null && certificatePrefix.matches("[A-Z]{2,10}"),
                "certificatePrefix", ViolationRule.FORMAT, "must be 2 to 10 capital letters").throwIfAny();
    }

    /** {@code NAMC} numbers, dated in California, where the association is. */
    public static LearningSettings defaults() {
        return new LearningSettings("NAMC", ZoneId.of("America/Los_Angeles"));
    }
}
