package org.namc.notifications.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

public record NotificationId(UUID value) {
    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    public static NotificationId of(String value) {
        return new NotificationId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
