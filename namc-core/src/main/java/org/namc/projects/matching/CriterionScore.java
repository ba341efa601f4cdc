package org.namc.projects.matching;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of a breakdown: points earned of those possible (in hundredths), and why in a sentence. */
public record CriterionScore(Criterion criterion, int earnedHundredths, int possibleHundredths, String explanation) {
    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(explanation, "explanation");
        if (earnedHundredths < 0 || earnedHundredths > possibleHundredths) {
            throw new IllegalArgumentException("earned points must lie between 0 and the possible points");
        }
    }

    public BigDecimal earned() {
        return BigDecimal.valueOf(earnedHundredths, 2);
    }

    public BigDecimal possible() {
        return BigDecimal.valueOf(possibleHundredths, 2);
    }

    @Override
    public String toString() {
        return criterion.label() + " " + earned().toPlainString() + "/" + possible().toPlainString() + ": "
                + explanation;
    }
}
