package org.namc.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

class MessageTest {
    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final MemberId ANA = new MemberId(new UUID(7, 1));
    private static final MemberId BEN = new MemberId(new UUID(7, 2));
    private static final MemberId CY = new MemberId(new UUID(7, 3));

    private static Message first() {
        return Message.first(new MessageId(new UUID(1, 1)), ANA, BEN, " Scope ", "Hello", MessageType.DIRECT,
                MessagePriority.NORMAL, List.of(), NOW);
    }

    @Test
    void aReplyGoesToTheOtherParticipantInTheSameThread() {
        Message reply = first().reply(new MessageId(new UUID(1, 2)), BEN, null, "Hi", MessagePriority.LOW, List.of(), NOW);
        Message again = reply.reply(new MessageId(new UUID(1, 3)), ANA, null, "Yes", MessagePriority.LOW, List.of(), NOW);

        assertThat(reply.receiver()).isEqualTo(ANA);
        assertThat(reply.threadId()).isEqualTo(first().id());
        assertThat(reply.subject()).isEqualTo("Re: Scope");
        assertThat(again.subject()).isEqualTo("Re: Scope");
        assertThat(again.receiver()).isEqualTo(BEN);
        assertThat(catchThrowableOfType(NamcException.class, () -> first().reply(new MessageId(new UUID(1, 4)), CY, null,
                "x", MessagePriority.LOW, List.of(), NOW)).reason()).isEqualTo(MessagingRefusal.NOT_A_PARTICIPANT);
    }

    @Test
    void eachParticipantDeletesOnlyTheirCopyAndModerationHidesItFromBoth() {
        Message deleted = first().deletedFor(BEN, NOW);
        assertThat(deleted.isVisibleTo(BEN)).isFalse();
        assertThat(deleted.isVisibleTo(ANA)).isTrue();
        assertThat(deleted.isVisibleTo(CY)).isFalse();

        Message hidden = first().flaggedBy(BEN, "rude", NOW).hiddenBy(CY, "rule 3", NOW.plusSeconds(1));
        assertThat(hidden.isVisibleTo(ANA)).isFalse();
        assertThat(hidden.moderation().reason()).isEqualTo("rule 3");
        Message restored = hidden.restoredBy(CY, "appeal upheld", NOW.plusSeconds(2));
        assertThat(restored.isVisibleTo(BEN)).isTrue();
        assertThat(restored.flag()).isNull();
        assertThat(catchThrowableOfType(NamcException.class, () -> restored.restoredBy(CY, "again", NOW)).reason())
                .isEqualTo(MessagingRefusal.MESSAGE_NOT_HIDDEN);
    }

    @Test
    void onlyTheReceiverReadsAndTheFirstReadCounts() {
        Message read = first().readBy(BEN, NOW.plusSeconds(5));
        assertThat(read.readBy(BEN, NOW.plusSeconds(50)).readAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(catchThrowableOfType(NamcException.class, () -> first().readBy(ANA, NOW)).reason())
                .isEqualTo(MessagingRefusal.NOT_THE_RECEIVER);
    }

    @Test
    void contentAndAttachmentsAreChecked() {
        assertThat(Message.check("", "x".repeat(10_001), List.of()).list()).extracting(FieldViolation::field)
                .containsExactly("subject", "content");
        NamcException e = catchThrowableOfType(NamcException.class, () -> new Attachment("../etc/passwd", "text",
                0, URI.create("https://files.example/x")));
        assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactly("fileName", "contentType", "sizeBytes");
        assertThat(catchThrowableOfType(NamcException.class, () -> Message.first(new MessageId(new UUID(1, 9)), ANA, ANA,
                "s", "c", MessageType.DIRECT, MessagePriority.NORMAL, List.of(), NOW)).violations())
                .extracting(FieldViolation::rule).containsExactly("not-sender");
    }
}
