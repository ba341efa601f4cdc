package org.namc.notifications.spi;

import java.util.List;
import java.util.Optional;
import org.namc.notifications.domain.NotificationTemplate;

/** Templates, one current version per name and locale. */
public interface NotificationTemplates {

    /** Inserts or replaces the version for the template's name and locale. */
    void save(NotificationTemplate template);

    Optional<NotificationTemplate> find(String name, String locale);

    /** Every locale's version of the template, ordered by locale. */
    List<NotificationTemplate> versionsOf(String name);
}
