package org.namc.messaging.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/**
 * A direct message (the seed's {@code messages} row). A reply carries its parent's thread;
 * each participant deletes it for themselves only; moderators hide or restore it. Immutable.
 */
public record Message(MessageId id, MemberId sender, MemberId receiver, String subject, String content,
                      MessageType type, MessagePriority priority, List<Attachment> attachments, MessageId threadId,
                      @Nullable MessageId replyTo, @Nullable Instant readAt, @Nullable Flag flag,
                      @Nullable Moderation moderation, @Nullable Instant deletedBySenderAt,
                      @Nullable Instant deletedByReceiverAt, Instant createdAt, Instant updatedAt) {

    public static final int MAX_ATTACHMENTS = 10;

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        attachments = List.copyOf(attachments);
    }

    /** Checks what a sender wrote; field names are those of the sending command. */
    public static Violations check(@Nullable String subject, @Nullable String content,
                                   @Nullable List<Attachment> attachments) {
        return Violations.collect().singleLineText(subject, "subject", 200).notBlank(content, "content", 10_000)
                .required(attachments, "attachments").maxSize(attachments, "attachments", MAX_ATTACHMENTS);
    }

    /** The first message of a new thread. */
    public static Message first(MessageId id, MemberId sender, MemberId receiver, String subject, String content,
                                MessageType type, MessagePriority priority, List<Attachment> attachments, Instant now) {
        if (sender.equals(receiver)) {
            throw NamcException.invalid("receiver", "not-sender", "a member cannot message themselves");
        }
        return new Message(id, sender, receiver, subject.strip(), content.strip(), type, priority, attachments, id,
                null, null, null, null, null, null, now, now);
    }

    /** A reply by {@code author} (a participant of this message) to the other participant, in this thread. */
    public Message reply(MessageId replyId, MemberId author, @Nullable String replySubject, String replyContent,
                         MessagePriority replyPriority, List<Attachment> replyAttachments, Instant now) {
        if (!isParticipant(author)) {
            throw NamcException.refused(MessagingRefusal.NOT_A_PARTICIPANT, "only a participant can reply to message " + id);
        }
        String newSubject = replySubject != null && !replySubject.isBlank() ? replySubject.strip()
                : subject.startsWith("Re: ") ? subject : "Re: " + subject;
        return new Message(replyId, author, otherThan(author), newSubject.length() > 200 ? newSubject.substring(0, 200)
                : newSubject, replyContent.strip(), type, replyPriority, replyAttachments, threadId, id, null, null,
                null, null, null, now, now);
    }

    public boolean isParticipant(MemberId member) {
        return sender.equals(member) || receiver.equals(member);
    }

    public MemberId otherThan(MemberId participant) {
        return sender.equals(participant) ? receiver : sender;
    }

    public boolean isHidden() {
        return moderation != null && moderation.hidden();
    }

    public boolean isDeletedFor(MemberId member) {
        return sender.equals(member) && deletedBySenderAt != null || receiver.equals(member) && deletedByReceiverAt != null;
    }

    /** What a participant sees: not deleted by them, not hidden by a moderator. */
    public boolean isVisibleTo(MemberId member) {
        return isParticipant(member) && !isDeletedFor(member) && !isHidden();
    }

    /** The receiver read it; reading again keeps the first time. */
    public Message readBy(MemberId reader, Instant now) {
        if (!receiver.equals(reader)) {
            throw NamcException.refused(MessagingRefusal.NOT_THE_RECEIVER, "only the receiver marks message " + id + " as read");
        }
        return readAt != null ? this : with(now, flag, moderation, deletedBySenderAt, deletedByReceiverAt, now);
    }

    public Message deletedFor(MemberId member, Instant now) {
        if (!isParticipant(member)) {
            throw NamcException.refused(MessagingRefusal.NOT_A_PARTICIPANT, "only a participant can delete message " + id);
        }
        return with(readAt, flag, moderation, sender.equals(member) && deletedBySenderAt == null ? now : deletedBySenderAt,
                receiver.equals(member) && deletedByReceiverAt == null ? now : deletedByReceiverAt, now);
    }

    public Message flaggedBy(MemberId member, String reason, Instant now) {
        if (!isParticipant(member)) {
            throw NamcException.refused(MessagingRefusal.NOT_A_PARTICIPANT, "only a participant can flag message " + id);
        }
        return with(readAt, new Flag(member, reason, now), moderation, deletedBySenderAt, deletedByReceiverAt, now);
    }

    public Message hiddenBy(@Nullable MemberId moderator, String reason, Instant now) {
        if (isHidden()) {
            throw NamcException.refused(MessagingRefusal.MESSAGE_ALREADY_HIDDEN, "message " + id + " is already hidden");
        }
        return with(readAt, flag, new Moderation(true, moderator, reason, now), deletedBySenderAt, deletedByReceiverAt,
                now);
    }

    public Message restoredBy(@Nullable MemberId moderator, String reason, Instant now) {
        if (!isHidden()) {
            throw NamcException.refused(MessagingRefusal.MESSAGE_NOT_HIDDEN, "message " + id + " is not hidden");
        }
        return with(readAt, null, new Moderation(false, moderator, reason, now), deletedBySenderAt,
                deletedByReceiverAt, now);
    }

    private Message with(@Nullable Instant read, @Nullable Flag newFlag, @Nullable Moderation newModeration,
                         @Nullable Instant bySender, @Nullable Instant byReceiver, Instant now) {
        return new Message(id, sender, receiver, subject, content, type, priority, attachments, threadId, replyTo, read,
                newFlag, newModeration, bySender, byReceiver, createdAt, now);
    }
}
