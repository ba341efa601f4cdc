package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.messaging.domain.Attachment;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.domain.MessagePriority;
import org.namc.messaging.domain.MessageType;
import org.namc.messaging.spi.Messages;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

/** What every {@link Messages} adapter must do. */
public abstract class MessagesContract {
    protected static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    protected final MemberId ana = new MemberId(UUID.randomUUID());
    protected final MemberId ben = new MemberId(UUID.randomUUID());

    /** An empty store. */
    protected abstract Messages messages();

    /** Makes the members exist, for adapters whose schema needs them; the in-memory store needs nothing. */
    protected void membersExist(MemberId... members) {
    }

    private Message stored(Message message) {
        membersExist(message.sender(), message.receiver());
        messages().save(message);
        return message;
    }

    private Message first(MemberId from, MemberId to, int second) {
        return stored(Message.first(new MessageId(UUID.randomUUID()), from, to, "Subject " + second, "Body",
                MessageType.DIRECT, MessagePriority.NORMAL, List.of(), NOW.plusSeconds(second)));
    }

    @Test
    void keepsEveryFieldThroughARoundTrip() {
        Attachment file = new Attachment("scope.pdf", "application/pdf", 1234, URI.create("https://files.example/s"));
        Message sent = stored(Message.first(new MessageId(UUID.randomUUID()), ana, ben, "Scope", "See attached",
                MessageType.PROJECT, MessagePriority.URGENT, List.of(file), NOW));
        Message changed = sent.readBy(ben, NOW.plusSeconds(5)).flaggedBy(ben, "spam?", NOW.plusSeconds(6))
                .hiddenBy(null, "spam", NOW.plusSeconds(7)).deletedFor(ana, NOW.plusSeconds(8));
        messages().save(changed);

        assertThat(messages().findById(sent.id())).contains(changed);
    }

    @Test
    void listsInboxSentAndThreadsNewestFirstAsEachParticipantSeesThem() {
        Message one = first(ana, ben, 1);
        Message two = first(ben, ana, 2);
        Message replyToOne = stored(one.reply(new MessageId(UUID.randomUUID()), ben, null, "Re", MessagePriority.NORMAL,
                List.of(), NOW.plusSeconds(3)));
        Message three = first(ana, ben, 4);
        messages().save(three.deletedFor(ben, NOW.plusSeconds(5)));

        assertThat(messages().inbox(ben, PageRequest.first(10)).items()).extracting(Message::id)
                .containsExactly(one.id());
        assertThat(messages().inbox(ana, PageRequest.first(10)).items()).extracting(Message::id)
                .containsExactly(replyToOne.id(), two.id());
        assertThat(messages().sent(ana, PageRequest.first(10)).items()).extracting(Message::id)
                .containsExactly(three.id(), one.id());
        assertThat(messages().thread(one.threadId(), ana, PageRequest.first(10)).items()).extracting(Message::id)
                .containsExactly(replyToOne.id(), one.id());
        assertThat(messages().unreadCount(ben)).isEqualTo(1);
        messages().save(one.readBy(ben, NOW.plusSeconds(9)));
        assertThat(messages().unreadCount(ben)).isZero();
    }

    @Test
    void hidesModeratedMessagesFromParticipantsButNotFromTheFullThreadAndQueuesFlaggedOnes() {
        Message one = first(ana, ben, 1);
        Message flagged = one.flaggedBy(ben, "rude", NOW.plusSeconds(2));
        messages().save(flagged);
        assertThat(messages().flagged(PageRequest.first(5)).items()).extracting(Message::id).containsExactly(one.id());

        messages().save(flagged.hiddenBy(null, "rude", NOW.plusSeconds(3)));

        assertThat(messages().flagged(PageRequest.first(5)).items()).isEmpty();
        assertThat(messages().inbox(ben, PageRequest.first(5)).items()).isEmpty();
        assertThat(messages().thread(one.threadId(), ben, PageRequest.first(5)).items()).isEmpty();
        assertThat(messages().fullThread(one.threadId(), PageRequest.first(5)).items()).extracting(Message::id)
                .containsExactly(one.id());
    }
}
