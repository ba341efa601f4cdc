package org.namc.messaging;

import java.util.List;
import org.namc.messaging.domain.Block;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Direct messages between members: threads and replies, read receipts, per-participant
 * deletion, blocking, flagging, and moderation (hide and restore, with a reason, audited).
 * Lists are paged, newest first. Active members send ({@code message:send}); participants read
 * their own ({@code message:read own}); moderators moderate ({@code message:moderate}).
 */
public interface MessagingApi {

    Message send(Actor actor, SendMessage command);

    Message reply(Actor actor, ReplyToMessage command);

    /** The receiver marks it read; the sender sees when in {@link Message#readAt()}. */
    ReadReceipt markRead(Actor actor, MessageId messageId);

    /** Deletes the message for the acting participant only; the other still sees it. */
    void delete(Actor actor, MessageId messageId);

    Block block(Actor actor, BlockMember command);

    void unblock(Actor actor, BlockMember command);

    List<Block> blockedBy(Actor actor, MemberId member);

    Message flag(Actor actor, FlagMessage command);

    Message hide(Actor actor, ModerateMessage command);

    Message restore(Actor actor, ModerateMessage command);

    Message find(Actor actor, MessageId messageId);

    Page<Message> inbox(Actor actor, MemberId member, PageRequest page);

    Page<Message> sent(Actor actor, MemberId member, PageRequest page);

    long unreadCount(Actor actor, MemberId member);

    /** The thread as the acting participant sees it; a moderator ({@code message:read}) sees all of it. */
    Page<Message> thread(Actor actor, MessageId threadId, PageRequest page);

    /** Flagged messages awaiting a moderator. */
    Page<Message> moderationQueue(Actor actor, PageRequest page);
}
