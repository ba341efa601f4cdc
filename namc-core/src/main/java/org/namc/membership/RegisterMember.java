package org.namc.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Certification;
import org.namc.membership.domain.MemberType;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.domain.Secret;

/** A visitor's registration form. {@code location} is the geocoded address, when the host has one. */
public record RegisterMember(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull Secret password,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 200) @Nullable String company,
        @Size(max = 200) @Nullable String title,
        @Size(max = 30) @Nullable String phone,
        @Nullable PostalAddress address,
        @Nullable GeoPoint location,
        @NotNull MemberType memberType,
        @Size(max = 50) @Nullable String tier,
        @NotNull @Size(max = 100) List<String> skills,
        @NotNull @Size(max = 100) List<Certification> certifications) {

    /** The minimum a visitor must give. */
    public static RegisterMember of(String email, Secret password, String firstName, String lastName) {
        return new RegisterMember(email, password, firstName, lastName, null, null, null, null, null,
                MemberType.REGULAR, null, List.of(), List.of());
    }
}
