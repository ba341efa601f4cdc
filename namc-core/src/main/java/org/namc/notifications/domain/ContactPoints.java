package org.namc.notifications.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PhoneNumber;

/** Where a member can be reached now: the addresses channels send to, and the name to greet. */
public record ContactPoints(MemberId member, String displayName, @Nullable EmailAddress email,
                            @Nullable PhoneNumber phone) {
    public ContactPoints {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The address {@code channel} sends to, when it has one of the member's own. */
    public @Nullable String addressFor(Channel channel) {
        return switch (channel) {
            case EMAIL -> email == null ? null : email.value();
            case SMS -> phone == null ? null : phone.e164();
            case PUSH, IN_APP -> null;
        };
    }
}
