package org.namc.learning.domain;

import java.math.BigDecimal;
import org.namc.shared.domain.MemberId;

/** Who a regrade changes, and from what to what. */
public record RegradeChange(AttemptId attemptId, MemberId memberId, int attemptNumber, int fromVersion,
                            BigDecimal fromScore, BigDecimal fromPercent, boolean fromPassed, int toVersion,
                            BigDecimal toScore, BigDecimal toPercent, boolean toPassed) {

    public boolean changesOutcome() {
        return fromPassed != toPassed;
    }
}
