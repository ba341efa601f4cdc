package org.namc.persistence.jpa.membership;

import org.jspecify.annotations.Nullable;

/** The stored shape of {@code users.address}: {@code {"street", "line2", "city", "state", "postal_code", "country"}}. */
record AddressJson(String street, @Nullable String line2, String city, String state, String postalCode,
                   String country) {
}
