package org.namc.shared.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A postal address; {@code country} is an ISO 3166-1 alpha-2 code, upper case. */
public record PostalAddress(String street, @Nullable String line2, String city, String state,
                            String postalCode, String country) {

    public PostalAddress {
        Violations.collect()
                .notBlank(street, "street", 200)
                .maxLength(line2, "line2", 200)
                .notBlank(city, "city", 100)
                .notBlank(state, "state", 100)
                .notBlank(postalCode, "postalCode", 20)
                .check(country != null && country.strip().matches("[A-Za-z]{2}"), "country", "iso-3166",
                        "must be a two-letter ISO 3166 country code")
                .throwIfAny();
        street = street.strip();
        line2 = line2 == null || line2.isBlank() ? null : line2.strip();
        city = city.strip();
        state = state.strip();
        postalCode = postalCode.strip();
        country = country.strip().toUpperCase(Locale.ROOT);
    }

    public static PostalAddress us(String street, String city, String state, String postalCode) {
        return new PostalAddress(street, null, city, state, postalCode, "US");
    }
}
