package org.namc.persistence.jpa.events;

import static org.namc.testing.data.MemberBuilder.aMember;

import org.namc.NamcPortal;
import org.namc.access.GrantRole;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;

/** A verified member with the STAFF role, who may create, publish and manage events. */
final class EventStaff {
    private EventStaff() {
    }

    static Actor on(NamcPortal portal) {
        MemberId staff = aMember().registerVerified(portal.membership());
        portal.access().grantRole(Actor.system(), new GrantRole(staff, "STAFF", null));
        return Actor.member(staff);
    }
}
