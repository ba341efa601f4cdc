package org.namc.learning.domain;

import org.namc.shared.domain.ViolationRule;
import org.namc.shared.domain.Violations;

/** A learner's marker in a lesson: a position (seconds into the video, or 0) and a label. */
public record Bookmark(int positionSeconds, String label) {
    public Bookmark {
        Violations.collect()
                .check(positionSeconds >= 0 && positionSeconds <= 86_400, "positionSeconds", ViolationRule.RANGE,
                        "must be between 0 and 86400")
                .notBlank(label, "label", 200)
                .throwIfAny();
        label = label.strip();
    }
}
