package org.namc.projects.domain;

/**
 * The seed's {@code project_visibility_enum}: who may read a published project. Each value
 * maps to the permission access control checks, so roles and tiers decide, not this code.
 */
public enum ProjectVisibility {
    /** Anyone, signed in or not: {@code project:read-public} (the GUEST role). */
    PUBLIC("read-public"),
    /** Members in good standing: {@code project:read} (the MEMBER role, {@code active-member}). */
    MEMBERS_ONLY("read"),
    /**
     * Members whose tier grants {@code project:read-restricted}: a membership tier's rules
     * (e.g. {@code "project:read-restricted active-member"}) or a role with a condition such
     * as {@code "project:read-restricted active-member tier>=2"}.
     */
    TIER_RESTRICTED("read-restricted");

    private final String readAction;

    ProjectVisibility(String readAction) {
        this.readAction = readAction;
    }

    /** The {@code project:<action>} a reader needs. */
    public String readAction() {
        return readAction;
    }
}
