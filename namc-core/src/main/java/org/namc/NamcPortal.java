package org.namc;

import java.time.Clock;
import org.namc.access.AccessApi;
import org.namc.membership.MembershipApi;

/**
 * The embedded portal: one primary port per feature, wired from the adapters given to
 * {@link #builder()}. Thread-safe; build one per application.
 */
public final class NamcPortal {
    private final Clock clock;
    private final AccessApi access;
    private final MembershipApi membership;

    NamcPortal(Clock clock, AccessApi access, MembershipApi membership) {
        this.clock = clock;
        this.access = access;
        this.membership = membership;
    }

    /** Roles, grants and decisions. Call {@code access().seedSystemRoles(Actor.system())} once at start-up. */
    public AccessApi access() {
        return access;
    }

    public static NamcPortalBuilder builder() {
        return new NamcPortalBuilder();
    }

    public MembershipApi membership() {
        return membership;
    }

    /** The clock every use case reads; hosts use it to stay consistent with the portal's notion of now. */
    public Clock clock() {
        return clock;
    }
}
