package org.namc.billing;

/** When a change of tier takes effect. */
public enum ChangeTiming {
    /** Now, prorated: the unused part of the old tier is credited, the rest of the period at the new one charged. */
    IMMEDIATELY,
    /** From the next period, with nothing prorated (the usual choice for downgrades). */
    AT_PERIOD_END
}
