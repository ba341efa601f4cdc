package org.namc.learning;

import java.util.List;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.RegradeChange;

/**
 * A regrade's diff: whose attempts change and from what to what. {@code attemptsToUpdate}
 * also counts attempts that only move to the new version. Pass {@code fingerprint} to
 * {@code applyRegrade}; {@code applied} tells whether this diff has been written.
 */
public record RegradePreview(AssessmentId assessmentId, int toVersion, List<RegradeChange> changes,
                             int attemptsToUpdate, String fingerprint, boolean applied) {
    public RegradePreview {
        changes = List.copyOf(changes);
    }
}
