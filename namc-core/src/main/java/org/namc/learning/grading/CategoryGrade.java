package org.namc.learning.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One category's share of a course grade: which assessments counted and which were dropped. */
public record CategoryGrade(String name, BigDecimal weight, BigDecimal percent, List<UUID> counted,
                            List<UUID> dropped) {
    public CategoryGrade {
        counted = List.copyOf(counted);
        dropped = List.copyOf(dropped);
    }
}
