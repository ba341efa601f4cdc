package org.namc.persistence.jpa.notifications;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class NotificationEntities {
    private NotificationEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(NotificationJpaEntity.class, NotificationTemplateJpaEntity.class, OutboxEntryJpaEntity.class,
                DeliveryPreferencesJpaEntity.class, PushSubscriptionJpaEntity.class);
    }
}
