package org.namc.shared.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a member. It lives in the shared kernel because every context refers
 * to members (as actors, owners, applicants) by this id.
 */
public record MemberId(UUID value) {
    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    public static MemberId of(String value) {
        return new MemberId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
