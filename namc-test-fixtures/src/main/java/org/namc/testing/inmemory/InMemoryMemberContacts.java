package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.namc.membership.domain.Member;
import org.namc.membership.spi.Members;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.spi.MemberContacts;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.PhoneNumber;

/** Members' contact points read from the members store, as a database adapter reads the users table. */
public final class InMemoryMemberContacts implements MemberContacts {
    private final Members members;

    public InMemoryMemberContacts(Members members) {
        this.members = members;
    }

    @Override
    public Optional<ContactPoints> find(MemberId member) {
        return members.findById(member).map(InMemoryMemberContacts::contactsOf);
    }

    @Override
    public Optional<MemberId> findByPhone(PhoneNumber phone) {
        List<MemberId> holders = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        Page<Member> page;
        do {
            page = members.list(request);
            page.items().stream().filter(m -> phone.equals(m.profile().phone())).map(Member::id).forEach(holders::add);
            request = new PageRequest(request.page() + 1, request.size());
        } while (page.hasNext());
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    private static ContactPoints contactsOf(Member m) {
        return new ContactPoints(m.id(), m.profile().displayName(), m.email(), m.profile().phone());
    }
}
