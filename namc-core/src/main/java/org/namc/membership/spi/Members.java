package org.namc.membership.spi;

import java.util.Optional;
import org.namc.membership.domain.Member;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * The members store. Soft-deleted members are invisible to every query; their email can
 * then be registered again.
 */
public interface Members {

    /**
     * Inserts a new member (version 0) or updates one whose version still matches the
     * stored one, and returns it at its new version. Fails with {@code CONFLICT} when the
     * stored version moved on, or when another live member holds the same email.
     */
    Member save(Member member);

    Optional<Member> findById(MemberId id);

    Optional<Member> findByEmail(EmailAddress email);

    /** Live members ordered by creation time, then id. */
    Page<Member> list(PageRequest page);

    /**
     * How many live members there are. Asked on every ranking to tell whether the candidate
     * index is stale, so a store should answer without listing anyone; the default asks
     * {@link #list} for its total.
     */
    default long count() {
        return list(PageRequest.first(1)).totalItems();
    }
}
