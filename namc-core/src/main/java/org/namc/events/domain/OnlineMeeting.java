package org.namc.events.domain;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.Violations;

/**
 * How to join a virtual event. The password is held encrypted (bound to the event and field)
 * and only shown to registered attendees and staff.
 */
public record OnlineMeeting(String platform, URI url, @Nullable String meetingId, @Nullable EncryptedSecret password) {
    public OnlineMeeting {
        Violations.collect()
                .notBlank(platform, "platform", 100)
                .check(url != null && ("https".equals(url.getScheme()) || "http".equals(url.getScheme())),
                        "url", "url", "must be an http(s) address")
                .maxLength(meetingId, "meetingId", 100)
                .throwIfAny();
        platform = platform.strip();
    }

    public OnlineMeeting withPassword(@Nullable EncryptedSecret newPassword) {
        return new OnlineMeeting(platform, url, meetingId, newPassword);
    }
}
