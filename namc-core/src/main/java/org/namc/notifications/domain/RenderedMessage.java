package org.namc.notifications.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A template filled in: subject, plain body, and HTML body when the template has one. */
public record RenderedMessage(String subject, String body, @Nullable String html) {
    public RenderedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
