package org.namc.persistence.jpa.projects;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.PostalAddress;

/** The stored shape of {@code projects.address}, as {@code users.address}: snake_case keys of {@link PostalAddress}. */
record AddressJson(String street, @Nullable String line2, String city, String state, String postalCode,
                   String country) {

    static @Nullable AddressJson of(@Nullable PostalAddress address) {
        return address == null ? null : new AddressJson(address.street(), address.line2(), address.city(),
                address.state(), address.postalCode(), address.country());
    }

    PostalAddress toDomain() {
        return new PostalAddress(street, line2, city, state, postalCode, country);
    }
}
