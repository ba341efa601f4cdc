package org.namc.persistence.jpa.membership;

import org.jspecify.annotations.Nullable;

/** One element of {@code users.certifications}; dates as ISO-8601 days ({@code 2027-05-01}). */
record CertificationJson(String name, String issuer, @Nullable String number, @Nullable String issuedOn,
                         @Nullable String expiresOn) {
}
