package org.namc.notifications.spi;

import java.util.Optional;
import org.namc.notifications.domain.ContactPoints;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PhoneNumber;

/**
 * Reads where members can be reached (the membership profile's email and phone). The planner
 * compares them with addresses marked undeliverable; channels send to them; inbound SMS finds
 * its member by number.
 */
public interface MemberContacts {

    Optional<ContactPoints> find(MemberId member);

    /** The member whose profile holds this number; empty when none does, or more than one. */
    Optional<MemberId> findByPhone(PhoneNumber phone);
}
