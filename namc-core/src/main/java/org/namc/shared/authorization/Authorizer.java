package org.namc.shared.authorization;

import org.namc.shared.domain.CommonRefusal;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * The access check every state-changing use case makes. The access-control context
 * implements it; other contexts see only this contract, so none depends on another to
 * ask "may this actor do that?". Deny by default.
 */
public interface Authorizer {

    Decision decide(Actor actor, Permission permission, ResourceRef resource);

    /** @throws NamcException {@code FORBIDDEN} with the decision's reason */
    default void require(Actor actor, Permission permission, ResourceRef resource) {
        Decision decision = decide(actor, permission, resource);
        if (!decision.isAllowed()) {
            throw NamcException.refused(CommonRefusal.PERMISSION_DENIED, actor + " may not " + permission + " on " + resource + ": "
                    + decision.reason());
        }
    }

    /**
     * Whether {@code actor} holds every permission {@code target} holds, so that acting on the
     * target's account (deleting, unlocking, resetting its security) cannot reach beyond the
     * actor's own power. The system holds everything.
     */
    Decision decideOver(Actor actor, MemberId target);

    /** @throws NamcException {@code FORBIDDEN} when the target holds a permission the actor lacks */
    default void requireOver(Actor actor, MemberId target) {
        Decision decision = decideOver(actor, target);
        if (!decision.isAllowed()) {
            throw NamcException.refused(CommonRefusal.PERMISSION_DENIED, decision.reason());
        }
    }

    /** Whether {@code member} holds ADMIN (by any role that includes it) and no one else does. */
    boolean isLastAdministrator(MemberId member);

    /**
     * Tells the authorizer that facts it may have compiled about a member changed (standing,
     * tier, deletion). Call after the change committed.
     */
    void subjectChanged(MemberId member);
}
