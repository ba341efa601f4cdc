package org.namc.projects.matching;

/** What matching looks at, in the order a breakdown lists them. */
public enum Criterion {
    SKILLS("required skills"),
    CERTIFICATIONS("certifications"),
    DISTANCE("distance"),
    EXPERIENCE("experience"),
    BONDING("bonding"),
    INSURANCE("insurance"),
    STANDING("membership standing");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
