package org.namc.membership;

import jakarta.validation.constraints.NotNull;
import org.namc.membership.domain.NotificationPreferences;
import org.namc.shared.domain.MemberId;

public record UpdateNotificationPreferences(@NotNull MemberId memberId,
                                            @NotNull NotificationPreferences preferences) {
}
