package org.namc.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.namc.events.domain.EventDetails;
import org.namc.events.domain.LocationType;
import org.namc.events.domain.Pricing;
import org.namc.events.domain.RegistrationRules;
import org.namc.events.domain.Venue;
import org.namc.events.domain.Visibility;

/**
 * A new event, created as a draft. Start and end are local times in {@code timeZone} (an IANA
 * name); {@code venue} and {@code meeting} as the location type needs them.
 */
public record CreateEvent(@NotNull EventDetails details, @NotNull LocalDateTime startsAt,
                          @NotNull LocalDateTime endsAt, @NotBlank String timeZone,
                          @NotNull LocationType locationType, @Nullable Venue venue, @Nullable MeetingDetails meeting,
                          @NotNull RegistrationRules rules, @NotNull Pricing pricing, @NotNull Visibility visibility) {
}
