package org.namc.projects.domain;

import java.util.Locale;
import org.namc.shared.domain.Violations;

/**
 * A certification a project asks for (e.g. {@code C-10 Electrical}, {@code DBE}). A
 * mandatory one is a hard requirement: a member without it, valid today, is ineligible.
 * Others earn points. Names compare by {@link #keyOf}: case and spacing do not matter.
 */
public record CertificationRequirement(String name, boolean mandatory) {
    public CertificationRequirement {
        Violations.collect().notBlank(name, "name", 200).throwIfAny();
        name = name.strip().replaceAll("\\s+", " ");
    }

    public static CertificationRequirement mandatory(String name) {
        return new CertificationRequirement(name, true);
    }

    public static CertificationRequirement preferred(String name) {
        return new CertificationRequirement(name, false);
    }

    public String key() {
        return keyOf(name);
    }

    /** The form certification names are compared in. */
    public static String keyOf(String certificationName) {
        return certificationName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
