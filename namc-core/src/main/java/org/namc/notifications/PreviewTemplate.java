package org.namc.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** Renders a template without sending anything. */
public record PreviewTemplate(@NotBlank String name, @NotBlank String locale, @NotNull Map<String, String> variables) {
}
