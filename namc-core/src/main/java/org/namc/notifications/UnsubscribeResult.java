package org.namc.notifications;

import org.namc.shared.domain.MemberId;

/** What a one-click unsubscribe did. */
public sealed interface UnsubscribeResult {

    /** Email for {@code category} is now off for the member (also when it already was). */
    record Unsubscribed(MemberId member, String category) implements UnsubscribeResult {
    }

    /** The category carries security alerts, which a member cannot switch off. */
    record Refused(String reason) implements UnsubscribeResult {
    }
}
