package org.namc.messaging.internal;

import org.namc.messaging.MessageView;
import java.time.Clock;
import java.util.List;
import org.namc.messaging.BlockMember;
import org.namc.messaging.FlagMessage;
import org.namc.messaging.MessagingApi;
import org.namc.messaging.ModerateMessage;
import org.namc.messaging.ReadReceipt;
import org.namc.messaging.ReplyToMessage;
import org.namc.messaging.SendMessage;
import org.namc.messaging.domain.Block;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.spi.MemberBlocks;
import org.namc.messaging.spi.Messages;
import org.namc.notifications.Notifier;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** The messaging context's primary port. */
public final class MessagingModule implements MessagingApi {
    private final MessageUseCases messageUseCases;
    private final ModerationUseCases moderation;

    public MessagingModule(Messages messages, MemberBlocks blocks, Notifier notifier, Clock clock, IdGenerator ids,
                           UnitOfWork unitOfWork, CommandValidation validation, Authorizer authorizer) {
        MessagingContext ctx = new MessagingContext(messages, blocks, notifier, clock, ids, unitOfWork, validation,
                authorizer);
        this.messageUseCases = new MessageUseCases(ctx);
        this.moderation = new ModerationUseCases(ctx);
    }

    @Override
    public MessageView send(Actor actor, SendMessage command) {
        return MessageView.of(messageUseCases.send(actor, command));
    }

    @Override
    public MessageView reply(Actor actor, ReplyToMessage command) {
        return MessageView.of(messageUseCases.reply(actor, command));
    }

    @Override
    public ReadReceipt markRead(Actor actor, MessageId messageId) {
        return messageUseCases.markRead(actor, messageId);
    }

    @Override
    public void delete(Actor actor, MessageId messageId) {
        messageUseCases.delete(actor, messageId);
    }

    @Override
    public Block block(Actor actor, BlockMember command) {
        return moderation.block(actor, command);
    }

    @Override
    public void unblock(Actor actor, BlockMember command) {
        moderation.unblock(actor, command);
    }

    @Override
    public List<Block> blockedBy(Actor actor, MemberId member) {
        return moderation.blockedBy(actor, member);
    }

    @Override
    public MessageView flag(Actor actor, FlagMessage command) {
        return MessageView.of(messageUseCases.flag(actor, command));
    }

    @Override
    public MessageView hide(Actor actor, ModerateMessage command) {
        return MessageView.of(moderation.hide(actor, command));
    }

    @Override
    public MessageView restore(Actor actor, ModerateMessage command) {
        return MessageView.of(moderation.restore(actor, command));
    }

    @Override
    public MessageView find(Actor actor, MessageId messageId) {
        return MessageView.of(messageUseCases.find(actor, messageId));
    }

    @Override
    public Page<MessageView> inbox(Actor actor, MemberId member, PageRequest page) {
        return messageUseCases.inbox(actor, member, page).map(MessageView::of);
    }

    @Override
    public Page<MessageView> sent(Actor actor, MemberId member, PageRequest page) {
        return messageUseCases.sent(actor, member, page).map(MessageView::of);
    }

    @Override
    public long unreadCount(Actor actor, MemberId member) {
        return messageUseCases.unreadCount(actor, member);
    }

    @Override
    public Page<MessageView> thread(Actor actor, MessageId threadId, PageRequest page) {
        return messageUseCases.thread(actor, threadId, page).map(MessageView::of);
    }

    @Override
    public Page<MessageView> moderationQueue(Actor actor, PageRequest page) {
        return moderation.queue(actor, page).map(MessageView::of);
    }
}
