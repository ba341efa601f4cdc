package org.namc.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.RenderedMessage;
import org.namc.notifications.spi.TemplateRenderer;

/** The default renderer: {@code {{name}}} placeholders filled with each value's text. */
public final class PlaceholderRenderer implements TemplateRenderer {

    @Override
    public RenderedMessage render(NotificationTemplate template, Map<String, ?> variables) {
        Map<String, String> text = new LinkedHashMap<>();
        variables.forEach((name, value) -> text.put(name, String.valueOf(value)));
        return template.render(text);
    }
}
