package org.namc.messaging;

import java.util.List;
import org.namc.messaging.domain.Block;
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

    MessageView send(Actor actor, SendMessage command);

    MessageView reply(Actor actor, ReplyToMessage command);

    /** The receiver marks it read; the sender sees when in {@link Message#readAt()}. */
    ReadReceipt markRead(Actor actor, MessageId messageId);

    /** Deletes the message for the acting participant only; the other still sees it. */
    void delete(Actor actor, MessageId messageId);

    Block block(Actor actor, BlockMember command);

    void unblock(Actor actor, BlockMember command);

    List<Block> blockedBy(Actor actor, MemberId member);

    MessageView flag(Actor actor, FlagMessage command);

    MessageView hide(Actor actor, ModerateMessage command);

    MessageView restore(Actor actor, ModerateMessage command);

    MessageView find(Actor actor, MessageId messageId);

    Page<MessageView> inbox(Actor actor, MemberId member, PageRequest page);

    Page<MessageView> sent(Actor actor, MemberId member, PageRequest page);

    long unreadCount(Actor actor, MemberId member);

    /** The thread as the acting participant sees it; a moderator ({@code message:read}) sees all of it. */
    Page<MessageView> thread(Actor actor, MessageId threadId, PageRequest page);

    /** Flagged messages awaiting a moderator. */
    Page<MessageView> moderationQueue(Actor actor, PageRequest page);
}
