package org.namc.testing.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.spi.Messages;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Messages in memory. */
public final class InMemoryMessages implements Messages {
    private static final Comparator<Message> NEWEST_FIRST = Comparator.comparing(Message::createdAt)
            .thenComparing(m -> m.id().value()).reversed();

    private final InMemoryTable<MessageId, Message> table;

    public InMemoryMessages(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public void save(Message message) {
        table.put(message.id(), message);
    }

    @Override
    public Optional<Message> findById(MessageId id) {
        return table.get(id);
    }

    @Override
    public Page<Message> inbox(MemberId member, PageRequest page) {
        return newestFirst(m -> m.receiver().equals(member) && m.isVisibleTo(member), page);
    }

    @Override
    public Page<Message> sent(MemberId member, PageRequest page) {
        return newestFirst(m -> m.sender().equals(member) && m.isVisibleTo(member), page);
    }

    @Override
    public long unreadCount(MemberId member) {
        return table.where(m -> m.receiver().equals(member) && m.isVisibleTo(member) && m.readAt() == null).size();
    }

    @Override
    public Page<Message> thread(MessageId threadId, MemberId viewer, PageRequest page) {
        return newestFirst(m -> m.threadId().equals(threadId) && m.isVisibleTo(viewer), page);
    }

    @Override
    public Page<Message> fullThread(MessageId threadId, PageRequest page) {
        return newestFirst(m -> m.threadId().equals(threadId), page);
    }

    @Override
    public Page<Message> flagged(PageRequest page) {
        return newestFirst(m -> m.flag() != null
                && (m.moderation() == null || m.moderation().at().isBefore(m.flag().at())), page);
    }

    private Page<Message> newestFirst(Predicate<Message> filter, PageRequest page) {
        List<Message> found = table.where(filter);
        found.sort(NEWEST_FIRST);
        return Page.slice(found, page);
    }
}
