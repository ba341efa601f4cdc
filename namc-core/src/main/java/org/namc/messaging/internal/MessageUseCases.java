package org.namc.messaging.internal;

import org.namc.messaging.domain.MessagingRefusal;
import java.time.Instant;
import java.util.EnumSet;
import org.namc.messaging.FlagMessage;
import org.namc.messaging.ReadReceipt;
import org.namc.messaging.ReplyToMessage;
import org.namc.messaging.SendMessage;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.domain.MessageType;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.NotificationType;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;

/** Sending, replying, reading, deleting and flagging messages, and the participants' lists. */
final class MessageUseCases {
    private final MessagingContext ctx;

    MessageUseCases(MessagingContext ctx) {
        this.ctx = ctx;
    }

    Message send(Actor actor, SendMessage c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Message.check(c.subject(), c.content(), c.attachments())
                .required(c.sender(), "sender").required(c.receiver(), "receiver").required(c.type(), "type")
                .required(c.priority(), "priority")
                .check(c.sender() == null || !c.sender().equals(c.receiver()), "receiver", "not-sender",
                        "a member cannot message themselves"));
        return ctx.unitOfWork().execute(actor, "message.send", MessagingContext.RESOURCE, scope -> {
            MessageId id = new MessageId(ctx.ids().newId());
            scope.resource(id);
            MemberId sender = MessagingContext.actingAs(actor, c.sender(), "send");
            ctx.require(actor, "send", id, sender);
            if (!EnumSet.of(MessageType.DIRECT, MessageType.PROJECT, MessageType.EVENT).contains(c.type())) {
                ctx.requireOnAll(actor, "announce");
            }
            refuseIfBlocked(c.receiver(), sender);
            Message message = Message.first(id, sender, c.receiver(), c.subject(), c.content(), c.type(), c.priority(),
                    c.attachments(), ctx.now());
            ctx.messages().save(message);
            scope.changed("receiver", null, c.receiver()).changed("thread", null, message.threadId());
            announce(message);
            return message;
        });
    }

    Message reply(Actor actor, ReplyToMessage c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Message.check(c.subject() == null ? "Re" : c.subject(), c.content(),
                c.attachments()).required(c.parent(), "parent").required(c.author(), "author")
                .required(c.priority(), "priority"));
        return ctx.unitOfWork().execute(actor, "message.reply", MessagingContext.RESOURCE, scope -> {
            MessageId id = new MessageId(ctx.ids().newId());
            scope.resource(id);
            MemberId author = MessagingContext.actingAs(actor, c.author(), "reply");
            ctx.require(actor, "send", id, author);
            Message parent = ctx.load(c.parent());
            if (!parent.isVisibleTo(author)) {
                throw NamcException.notFound(MessagingContext.RESOURCE, c.parent());
            }
            refuseIfBlocked(parent.otherThan(author), author);
            Message reply = parent.reply(id, author, c.subject(), c.content(), c.priority(), c.attachments(), ctx.now());
            ctx.messages().save(reply);
            scope.changed("receiver", null, reply.receiver()).changed("thread", null, reply.threadId())
                    .changed("replyTo", null, parent.id());
            announce(reply);
            return reply;
        });
    }

    ReadReceipt markRead(Actor actor, MessageId messageId) {
        Violations.collect().required(messageId, "messageId").throwIfAny();
        return ctx.unitOfWork().execute(actor, "message.read", MessagingContext.RESOURCE, scope -> {
            scope.resource(messageId);
            MemberId reader = MessagingContext.member(actor);
            Message message = visible(messageId, reader);
            ctx.require(actor, "read", messageId, reader);
            Message read = message.readBy(reader, ctx.now());
            ctx.messages().save(read);
            scope.changed("readAt", message.readAt(), read.readAt());
            return new ReadReceipt(messageId, reader, read.readAt());
        });
    }

    void delete(Actor actor, MessageId messageId) {
        Violations.collect().required(messageId, "messageId").throwIfAny();
        ctx.unitOfWork().execute(actor, "message.delete", MessagingContext.RESOURCE, scope -> {
            scope.resource(messageId);
            MemberId member = MessagingContext.member(actor);
            Message message = visible(messageId, member);
            ctx.require(actor, "delete", messageId, member);
            ctx.messages().save(message.deletedFor(member, ctx.now()));
            scope.changed("deletedFor", null, member);
            return null;
        });
    }

    Message flag(Actor actor, FlagMessage c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.messageId(), "messageId")
                .notBlank(c.reason(), "reason", 1000));
        return ctx.unitOfWork().execute(actor, "message.flag", MessagingContext.RESOURCE, scope -> {
            scope.resource(c.messageId());
            MemberId member = MessagingContext.member(actor);
            Message message = visible(c.messageId(), member);
            ctx.require(actor, "flag", c.messageId(), member);
            Message flagged = message.flaggedBy(member, c.reason().strip(), ctx.now());
            ctx.messages().save(flagged);
            scope.changed("flagged", message.flag() != null, true).changed("flagReason", null, c.reason().strip());
            return flagged;
        });
    }

    Message find(Actor actor, MessageId messageId) {
        Violations.collect().required(messageId, "messageId").throwIfAny();
        Message message = ctx.load(messageId);
        MemberId viewer = actor.memberId();
        if (viewer != null && message.isVisibleTo(viewer)) {
            ctx.require(actor, "read", messageId, viewer);
        } else {
            ctx.requireOnAll(actor, "read");
        }
        return message;
    }

    Page<Message> inbox(Actor actor, MemberId member, PageRequest page) {
        Violations.collect().required(member, "member").required(page, "page").throwIfAny();
        ctx.require(actor, "read", member, member);
        return ctx.messages().inbox(member, page);
    }

    Page<Message> sent(Actor actor, MemberId member, PageRequest page) {
        Violations.collect().required(member, "member").required(page, "page").throwIfAny();
        ctx.require(actor, "read", member, member);
        return ctx.messages().sent(member, page);
    }

    long unreadCount(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.require(actor, "read", member, member);
        return ctx.messages().unreadCount(member);
    }

    Page<Message> thread(Actor actor, MessageId threadId, PageRequest page) {
        Violations.collect().required(threadId, "threadId").required(page, "page").throwIfAny();
        Message root = ctx.load(threadId);
        MemberId viewer = actor.memberId();
        if (viewer != null && root.isParticipant(viewer) && !ctx.may(actor, "read")) {
            ctx.require(actor, "read", threadId, viewer);
            return ctx.messages().thread(root.threadId(), viewer, page);
        }
        ctx.requireOnAll(actor, "read");
        return ctx.messages().fullThread(root.threadId(), page);
    }

    /** A message the member can see; anything else is, to them, not there. */
    private Message visible(MessageId id, MemberId member) {
        Message message = ctx.load(id);
        if (!message.isVisibleTo(member)) {
            throw NamcException.notFound(MessagingContext.RESOURCE, id);
        }
        return message;
    }

    private void refuseIfBlocked(MemberId receiver, MemberId sender) {
        if (ctx.blocks().isBlocked(receiver, sender)) {
            throw NamcException.refused(MessagingRefusal.SENDER_BLOCKED, "member " + receiver + " does not accept messages from " + sender);
        }
    }

    private void announce(Message message) {
        Instant now = ctx.now();
        ctx.notifier().enqueue(NotifyMember.of(message.receiver(), NotificationType.MESSAGE,
                        "New message: " + abbreviate(message.subject()), abbreviate(message.content()))
                .on(Channel.IN_APP, Channel.EMAIL).inCategory("messages")
                .withAction("/messages/" + message.threadId(), "Open conversation")
                .scheduled(null, now.plusSeconds(30L * 24 * 3600)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 140 ? text : text.substring(0, 140) + "...";
    }
}
