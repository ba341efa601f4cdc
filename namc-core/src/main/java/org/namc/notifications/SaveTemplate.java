package org.namc.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.NotificationType;

/** Creates a template's version for one locale, or the next version of it. */
public record SaveTemplate(@NotBlank @Size(max = 100) String name, @NotBlank String locale,
                           @NotBlank @Size(max = 200) String displayName, @Size(max = 1000) @Nullable String description,
                           @NotBlank @Size(max = 500) String subject, @NotBlank String body, @Nullable String html,
                           @NotNull NotificationType type, @NotEmpty Set<Channel> channels,
                           @NotNull List<String> variables, boolean active) {
}
