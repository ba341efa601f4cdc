package org.namc.access;

import java.util.List;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;

/**
 * Role-based access control: roles with permission rules and inclusions, grants to members
 * (optionally expiring), and explainable decisions. Deny by default.
 */
public interface AccessApi {

    /** Allowed or denied, with the grant, role and rule that decided it. */
    Decision decide(Actor actor, Permission permission, ResourceRef resource);

    /** @throws org.namc.shared.domain.NamcException {@code FORBIDDEN} with the reason */
    void require(Actor actor, Permission permission, ResourceRef resource);

    /** Creates the system roles that are missing; running it again changes nothing. */
    List<RoleView> seedSystemRoles(Actor actor);

    RoleView createRole(Actor actor, CreateRole command);

    /** Replaces a role's description, rules and inclusions (system roles keep their seeded rules). */
    RoleView changeRole(Actor actor, ChangeRole command);

    /** Deletes a custom role; its grants stop counting. System roles cannot be deleted. */
    void deleteRole(Actor actor, String roleName);

    List<RoleView> roles(Actor actor);

    GrantView grantRole(Actor actor, GrantRole command);

    void revokeRole(Actor actor, RevokeRole command);

    List<GrantView> grantsOf(Actor actor, MemberId member);

    /**
     * Staff act as a member (to see what they see, or help them); needs
     * {@code member:impersonate}. Every audit entry made with the returned actor names the
     * impersonator.
     */
    Actor impersonate(Actor staff, MemberId member);
}
