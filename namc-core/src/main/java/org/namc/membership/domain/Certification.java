package org.namc.membership.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** A professional certification a member holds (e.g. a CSLB licence class, OSHA 30, DBE). */
public record Certification(String name, String issuer, @Nullable String number,
                            @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn) {

    public Certification {
        Violations.collect()
                .notBlank(name, "name", 200)
                .notBlank(issuer, "issuer", 200)
                .maxLength(number, "number", 100)
                .check(issuedOn == null || expiresOn == null || !expiresOn.isBefore(issuedOn),
                        "expiresOn", "after-issue", "must not be before issuedOn")
                .throwIfAny();
        name = name.strip();
        issuer = issuer.strip();
    }

    /** Valid on {@code day}: issued by then (when known) and not yet expired. */
    public boolean isValidOn(LocalDate day) {
        return (issuedOn == null || !issuedOn.isAfter(day)) && (expiresOn == null || !expiresOn.isBefore(day));
    }

}
