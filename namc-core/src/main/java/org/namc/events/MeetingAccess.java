package org.namc.events;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Secret;

/** How to join the meeting, password included; for registered attendees and staff only. */
public record MeetingAccess(String platform, URI url, @Nullable String meetingId, @Nullable Secret password) {
}
