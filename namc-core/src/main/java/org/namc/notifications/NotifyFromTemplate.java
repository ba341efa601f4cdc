package org.namc.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Priority;
import org.namc.shared.domain.MemberId;

/**
 * A notification rendered from a template in the recipient's locale (falling back to the
 * language, then the default locale). The template decides type and channels.
 */
public record NotifyFromTemplate(@NotNull MemberId recipient, @NotBlank @Size(max = 100) String template,
                                 @NotNull Map<String, String> variables, @NotNull Priority priority,
                                 @Nullable String category, @Nullable String actionUrl,
                                 @Size(max = 50) @Nullable String actionText, @Nullable Instant scheduledFor,
                                 @Nullable Instant expiresAt, @Size(max = 200) @Nullable String dedupKey) {

    public static NotifyFromTemplate of(MemberId recipient, String template, Map<String, String> variables) {
        return new NotifyFromTemplate(recipient, template, variables, Priority.NORMAL, null, null, null, null, null,
                null);
    }
}
