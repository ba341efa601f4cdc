package org.namc.access.spi;

import java.util.List;
import java.util.Optional;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.shared.domain.MemberId;

/** Grants of roles to members; at most one per member and role. */
public interface RoleGrants {

    void save(RoleGrant grant);

    Optional<RoleGrant> find(MemberId member, RoleId role);

    /** The member's active grants, expired ones included (expiry is judged by the clock, not the store). */
    List<RoleGrant> activeFor(MemberId member);

    List<RoleGrant> activeForRole(RoleId role);
}
