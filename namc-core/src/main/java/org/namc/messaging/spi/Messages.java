package org.namc.messaging.spi;

import java.util.Optional;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** The messages store. Queries are newest first (creation time, then id). */
public interface Messages {

    /** Inserts or replaces by id. */
    void save(Message message);

    Optional<Message> findById(MessageId id);

    /** Messages the member received, not deleted by them, not hidden. */
    Page<Message> inbox(MemberId member, PageRequest page);

    /** Messages the member sent, not deleted by them, not hidden. */
    Page<Message> sent(MemberId member, PageRequest page);

    long unreadCount(MemberId member);

    /** The thread as the member sees it: visible to them ({@link Message#isVisibleTo}). */
    Page<Message> thread(MessageId threadId, MemberId viewer, PageRequest page);

    /** The whole thread, hidden and deleted messages included, for moderators. */
    Page<Message> fullThread(MessageId threadId, PageRequest page);

    /** Flagged messages still awaiting a moderator (flagged, and not moderated since). */
    Page<Message> flagged(PageRequest page);
}
