package org.namc.projects.matching;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Certification;
import org.namc.projects.domain.CertificationRequirement;

/** A certification a candidate holds, under its comparison key. */
public record HeldCertification(String key, String name, @Nullable LocalDate issuedOn,
                                @Nullable LocalDate expiresOn) {

    public static HeldCertification of(Certification certification) {
        return new HeldCertification(CertificationRequirement.keyOf(certification.name()), certification.name(),
                certification.issuedOn(), certification.expiresOn());
    }

    /** The same rule as {@link Certification#isValidOn}. */
    public boolean isValidOn(LocalDate day) {
        return (issuedOn == null || !issuedOn.isAfter(day)) && (expiresOn == null || !expiresOn.isBefore(day));
    }
}
