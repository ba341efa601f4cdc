package org.namc.persistence.jpa.projects;

import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.ClientReference;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.PhoneNumber;

/** An entry of {@code project_applications.references_provided}; the phone in E.164. */
record ClientReferenceJson(String name, @Nullable String organization, @Nullable String email,
                           @Nullable String phone) {

    static ClientReferenceJson of(ClientReference reference) {
        return new ClientReferenceJson(reference.name(), reference.organization(),
                reference.email() == null ? null : reference.email().value(),
                reference.phone() == null ? null : reference.phone().e164());
    }

    ClientReference toDomain() {
        return new ClientReference(name, organization, email == null ? null : EmailAddress.of(email),
                phone == null ? null : PhoneNumber.parse(phone));
    }
}
