package org.namc.shared.authorization;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * What an action is about: a resource type, optionally one record of it and that record's
 * owner (for rules that apply only to what the actor owns).
 */
public record ResourceRef(String type, @Nullable String id, @Nullable MemberId owner) {
    public ResourceRef {
        Objects.requireNonNull(type, "type");
    }

    /** The resource type as a whole (creating, listing). */
    public static ResourceRef any(String type) {
        return new ResourceRef(type, null, null);
    }

    public static ResourceRef owned(String type, Object id, @Nullable MemberId owner) {
        return new ResourceRef(type, id.toString(), owner);
    }

    /** A member's own account: the member owns it. */
    public static ResourceRef member(MemberId id) {
        return owned("member", id, id);
    }

    @Override
    public String toString() {
        return id == null ? type : type + " " + id;
    }
}
