package org.namc.notifications.spi;

import java.util.Map;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.RenderedMessage;

/**
 * Fills a template in. The core's default understands {@code {{name}}} placeholders only; a
 * host may plug in a richer engine (sections, lists, partials, a branded layout). Whatever the
 * engine, a variable the template uses and the caller did not supply fails the render with
 * {@code VALIDATION_FAILED} naming {@code variables.<name>}, and values are escaped in HTML.
 */
public interface TemplateRenderer {

    RenderedMessage render(NotificationTemplate template, Map<String, ?> variables);
}
