package org.namc.notifications.email;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.spi.MemberContacts;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PhoneNumber;

/** Contact points a test sets by hand. */
public final class FixedContacts implements MemberContacts {
    private final Map<MemberId, ContactPoints> byMember = new ConcurrentHashMap<>();

    public FixedContacts with(ContactPoints contact) {
        byMember.put(contact.member(), contact);
        return this;
    }

    @Override
    public Optional<ContactPoints> find(MemberId member) {
        return Optional.ofNullable(byMember.get(member));
    }

    @Override
    public Optional<MemberId> findByPhone(PhoneNumber phone) {
        return byMember.values().stream().filter(c -> phone.equals(c.phone())).map(ContactPoints::member).findFirst();
    }
}
