package org.namc.access.internal;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.namc.membership.domain.Member;
import org.namc.membership.spi.Members;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** A map-backed members store with optimistic versions that counts its reads. */
final class FakeMembers implements Members {
    private final Map<MemberId, Member> members = new LinkedHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    public synchronized Member save(Member member) {
        Member stored = members.get(member.id());
        if (stored != null && stored.version() != member.version()) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "member " + member.id() + " changed since it was read");
        }
        boolean emailTaken = members.values().stream().anyMatch(m -> !m.id().equals(member.id())
                && !m.isDeleted() && m.email().equals(member.email()));
        if (emailTaken) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "email taken");
        }
        Member saved = member.atVersion(stored == null ? 0 : stored.version() + 1);
        members.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<Member> findById(MemberId id) {
        reads.incrementAndGet();
        return live(id);
    }

    @Override
    public synchronized Optional<Member> findByEmail(EmailAddress email) {
        reads.incrementAndGet();
        return members.values().stream().filter(m -> !m.isDeleted() && m.email().equals(email)).findFirst();
    }

    @Override
    public synchronized Page<Member> list(PageRequest page) {
        reads.incrementAndGet();
        List<Member> ordered = members.values().stream().filter(m -> !m.isDeleted())
                .sorted(Comparator.comparing(Member::createdAt).thenComparing(m -> m.id().value()))
                .toList();
        return Page.slice(ordered, page);
    }

    /** The live member, without counting a read (for reference evaluators). */
    synchronized Optional<Member> peek(MemberId id) {
        return live(id);
    }

    private Optional<Member> live(MemberId id) {
        return Optional.ofNullable(members.get(id)).filter(m -> !m.isDeleted());
    }

    int reads() {
        return reads.get();
    }
}
