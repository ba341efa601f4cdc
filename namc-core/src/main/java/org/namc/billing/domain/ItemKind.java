package org.namc.billing.domain;

/** What besides membership a member can pay for. */
public enum ItemKind {
    COURSE,
    EVENT
}
