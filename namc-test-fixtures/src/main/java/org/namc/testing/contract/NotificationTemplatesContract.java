package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.spi.NotificationTemplates;

/** What every {@link NotificationTemplates} adapter must do. */
public abstract class NotificationTemplatesContract {
    protected static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    /** An empty store. */
    protected abstract NotificationTemplates templates();

    private static NotificationTemplate template(String locale, int version, String body) {
        return new NotificationTemplate("event.reminder", locale, "Reminder", "Sent a day before", "Reminder: {{event}}",
                body, "<p>" + body + "</p>", NotificationType.EVENT, EnumSet.of(Channel.EMAIL, Channel.IN_APP),
                List.of("event"), true, version, NOW, null);
    }

    @Test
    void keepsOneCurrentVersionPerNameAndLocale() {
        templates().save(template("en-US", 1, "{{event}} soon"));
        templates().save(template("es", 1, "{{event}} pronto"));
        NotificationTemplate v2 = template("en-US", 2, "{{event}} tomorrow");
        templates().save(v2);

        assertThat(templates().find("event.reminder", "en-US")).contains(v2);
        assertThat(templates().find("event.reminder", "fr")).isEmpty();
        assertThat(templates().find("other", "en-US")).isEmpty();
        assertThat(templates().versionsOf("event.reminder")).extracting(NotificationTemplate::locale)
                .containsExactly("en-US", "es");
    }
}
