package org.namc.events.domain;

import org.namc.shared.domain.ViolationRule;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.Violations;

/**
 * How to join a virtual event. The password is held encrypted (bound to the event and field);
 * the join details (address, meeting id, password) are only shown to registered attendees and
 * staff: everyone else sees the platform alone ({@link #withoutJoinDetails()}, {@code url} null).
 * A stored meeting always has its address.
 */
public record OnlineMeeting(String platform, @Nullable URI url, @Nullable String meetingId,
                            @Nullable EncryptedSecret password) {
    public OnlineMeeting {
        Violations.collect()
                .notBlank(platform, "platform", 100)
                .check(url == null || "https".equals(url.getScheme()) || "http".equals(url.getScheme()),
                        "url", "url", "must be an http(s) address")
                .check(url != null || (meetingId == null && password == null), "url", ViolationRule.REQUIRED,
                        "a meeting with join details needs its address")
                .maxLength(meetingId, "meetingId", 100)
                .throwIfAny();
        platform = platform.strip();
    }

    /** The platform only: what people who may not join see. */
    public OnlineMeeting withoutJoinDetails() {
        return new OnlineMeeting(platform, null, null, null);
    }

    public boolean hasJoinDetails() {
        return url != null;
    }

    public OnlineMeeting withPassword(@Nullable EncryptedSecret newPassword) {
        return new OnlineMeeting(platform, url, meetingId, newPassword);
    }
}
