package org.namc.projects.domain;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.Violations;

/** Who to ask about the project, and the organisation that offers it. */
public record ProjectContact(@Nullable String name, @Nullable EmailAddress email, @Nullable PhoneNumber phone,
                             @Nullable String organization) {

    public static final ProjectContact NONE = new ProjectContact(null, null, null, null);

    public ProjectContact {
        Violations.collect().maxLength(name, "name", 200).maxLength(organization, "organization", 200)
                .throwIfAny();
        name = name == null || name.isBlank() ? null : name.strip();
        organization = organization == null || organization.isBlank() ? null : organization.strip();
    }
}
