package org.namc.insights.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** A model's measured quality, each an exact fraction in [0, 1] with at most six places, when known. */
public record ModelMetrics(@Nullable BigDecimal accuracy, @Nullable BigDecimal precision, @Nullable BigDecimal recall,
                           @Nullable BigDecimal f1) {
    public static final ModelMetrics UNKNOWN = new ModelMetrics(null, null, null, null);

    public ModelMetrics {
        Violations v = Violations.collect();
        Fractions.check(v, accuracy, "accuracy", 6);
        Fractions.check(v, precision, "precision", 6);
        Fractions.check(v, recall, "recall", 6);
        Fractions.check(v, f1, "f1", 6);
        v.throwIfAny();
    }

    public static ModelMetrics of(String accuracy, String precision, String recall, String f1) {
        return new ModelMetrics(new BigDecimal(accuracy), new BigDecimal(precision), new BigDecimal(recall),
                new BigDecimal(f1));
    }
}
