package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.membership.domain.Profile;
import org.namc.shared.domain.MemberId;

/** Replaces the profile as a whole; the {@link Profile} validates itself when built. */
public record UpdateProfile(@NotNull MemberId memberId, @NotNull Profile profile) {
}
