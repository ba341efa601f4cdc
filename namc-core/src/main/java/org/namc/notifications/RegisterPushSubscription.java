package org.namc.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.shared.domain.MemberId;

/** A browser's subscription as the Push API hands it to the page ({@code subscription.toJSON()}). */
public record RegisterPushSubscription(@NotNull MemberId member, @NotBlank @Size(max = 2000) String endpoint,
                                       @NotBlank @Size(max = 200) String p256dh, @NotBlank @Size(max = 100) String auth) {
}
