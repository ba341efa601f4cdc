package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.membership.domain.Member;
import org.namc.membership.spi.Members;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Members in memory, with the same version and uniqueness checks as the database. */
public final class InMemoryMembers implements Members {
    private static final Comparator<Member> BY_CREATION =
            Comparator.comparing(Member::createdAt).thenComparing(m -> m.id().value());

    private final InMemoryTable<MemberId, Member> table;

    public InMemoryMembers(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Member save(Member member) {
        Optional<Member> stored = table.get(member.id());
        long next = InMemoryTable.nextVersion(stored, member.version(), Member::version, "member " + member.id());
        if (!member.isDeleted() && table.where(m -> !m.isDeleted() && m.email().equals(member.email())
                && !m.id().equals(member.id())).size() > 0) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "an account with this email already exists");
        }
        Member saved = member.atVersion(next);
        table.put(member.id(), saved);
        return saved;
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return table.get(id).filter(m -> !m.isDeleted());
    }

    @Override
    public Optional<Member> findByEmail(EmailAddress email) {
        return table.where(m -> !m.isDeleted() && m.email().equals(email)).stream().findFirst();
    }

    @Override
    public Page<Member> list(PageRequest page) {
        List<Member> live = table.where(m -> !m.isDeleted());
        live.sort(BY_CREATION);
        return Page.slice(live, page);
    }

    @Override
    public long count() {
        return table.count(m -> !m.isDeleted());
    }
}
