package org.namc.projects.domain;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.Violations;

/** A past client who will vouch for the applicant (the seed's {@code references}). */
public record ClientReference(String name, @Nullable String organization, @Nullable EmailAddress email,
                              @Nullable PhoneNumber phone) {
    public ClientReference {
        Violations.collect()
                .notBlank(name, "name", 200)
                .maxLength(organization, "organization", 200)
                .check(email != null || phone != null, "email", "contact", "a reference needs an email or a phone")
                .throwIfAny();
        name = name.strip();
    }
}
