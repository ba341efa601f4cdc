package org.namc.notifications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;

/**
 * A provider's report on a message already handed over (an SES or SendGrid event, a Postmark
 * bounce webhook, an SMS status callback), in one shape a host maps its provider's payload to.
 *
 * @param deliveryKey the key of the delivery it is about: the local part of the email's
 *                    {@code Message-ID} ({@code <key@host>}), or the SMS channel's reference
 * @param address     the address it concerns (the bounced recipient)
 * @param detail      the provider's own words (bounce reason, error code)
 */
public record DeliveryEvent(@NotNull Channel channel, @NotNull Kind kind, @NotNull @Size(max = 200) String deliveryKey,
                            @NotNull @Size(max = 320) String address, @Size(max = 1000) @Nullable String detail,
                            @NotNull Instant occurredAt) {

    public enum Kind {
        /** The receiving server or handset accepted it. */
        DELIVERED,
        /** Rejected for good: the address does not exist. Stops the channel for that address. */
        HARD_BOUNCE,
        /** Rejected for now (mailbox full, server busy): recorded, nothing else changes. */
        SOFT_BOUNCE,
        /** The member marked it as spam. Stops the channel for that address. */
        COMPLAINT
    }
}
