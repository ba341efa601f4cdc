package org.namc.notifications;

import jakarta.validation.constraints.NotNull;
import org.namc.notifications.domain.DeliveryPreferences;

public record UpdateDeliveryPreferences(@NotNull DeliveryPreferences preferences) {
}
