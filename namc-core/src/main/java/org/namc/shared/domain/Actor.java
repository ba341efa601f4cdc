package org.namc.shared.domain;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who performs a use case: an anonymous visitor (registering, logging in), a signed-in
 * member, or the host system itself (scheduled jobs). A member may act while being
 * impersonated by staff; the impersonator is recorded on every audit entry.
 */
public record Actor(Kind kind, @Nullable MemberId memberId, @Nullable MemberId impersonatedBy) {

    public enum Kind { ANONYMOUS, MEMBER, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.MEMBER) != (memberId != null)) {
            throw new IllegalArgumentException("a member actor, and only one, carries a member id");
        }
        if (impersonatedBy != null && kind != Kind.MEMBER) {
            throw new IllegalArgumentException("only a member can be impersonated");
        }
    }

    public static Actor anonymous() {
        return new Actor(Kind.ANONYMOUS, null, null);
    }

    public static Actor member(MemberId id) {
        return new Actor(Kind.MEMBER, id, null);
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, null, null);
    }

    public Actor impersonatedBy(MemberId staff) {
        return new Actor(kind, memberId, staff);
    }

    public Optional<MemberId> member() {
        return Optional.ofNullable(memberId);
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    public boolean is(MemberId id) {
        return id.equals(memberId);
    }

    @Override
    public String toString() {
        String who = switch (kind) {
            case ANONYMOUS -> "anonymous";
            case SYSTEM -> "system";
            case MEMBER -> "member " + memberId;
        };
        return impersonatedBy == null ? who : who + " (impersonated by " + impersonatedBy + ")";
    }
}
