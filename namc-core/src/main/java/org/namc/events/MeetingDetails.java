package org.namc.events;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Secret;

/** How to join a virtual or hybrid event; the password is encrypted before it is stored. */
public record MeetingDetails(String platform, URI url, @Nullable String meetingId, @Nullable Secret password) {
}
