package org.namc.learning.grading;

/** How a multiple-choice question scores a selection that is not exactly the correct set. */
public enum MultipleChoiceScoring {
    /**
     * Partial credit with a penalty. With {@code k} correct and {@code w} incorrect options, a
     * selection holding {@code c} correct and {@code e} incorrect options earns
     * {@code points × (c/k − e/w)}, clamped to {@code [0, points]} and rounded down to the
     * cent (the {@code e/w} term is 0 when every option is correct). So each correct option
     * is worth an equal share, each wrong one takes back an equal share of the wrong ones,
     * and selecting every option earns nothing.
     */
    PARTIAL_CREDIT,
    /** Full points for exactly the correct set, nothing otherwise. */
    ALL_OR_NOTHING
}
