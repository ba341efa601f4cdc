package org.namc.persistence.jpa.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.domain.MessagePriority;
import org.namc.messaging.domain.MessageType;
import org.namc.messaging.spi.Messages;
import org.namc.persistence.jpa.ExistingMembers;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Inbox, sent box and threads cost the same statements for 2 messages as for 40: nothing is loaded per row. */
class MessageListingStatementsTest {
    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private final MemberId ana = new MemberId(UUID.randomUUID());
    private final MemberId ben = new MemberId(UUID.randomUUID());

    @Test
    void listingsDoNotQueryOncePerMessage() {
        ExistingMembers.ensure(db, ana, ben);
        Message root = Message.first(new MessageId(UUID.randomUUID()), ana, ben, "Bid", "Tomorrow?",
                MessageType.DIRECT, MessagePriority.NORMAL, List.of(), NOW);
        messages().save(root);
        replies(root, 1);
        List<Long> few = statementsOfListings(root);
        replies(root, 39);
        List<Long> many = statementsOfListings(root);

        assertThat(few).as("a count and one page each").containsOnly(2L);
        assertThat(many).isEqualTo(few);
    }

    private List<Long> statementsOfListings(Message root) {
        return List.of(
                statementsOf(() -> messages().inbox(ben, PageRequest.first(100))),
                statementsOf(() -> messages().sent(ana, PageRequest.first(100))),
                statementsOf(() -> messages().thread(root.threadId(), ben, PageRequest.first(100))),
                statementsOf(() -> messages().fullThread(root.threadId(), PageRequest.first(100))));
    }

    private static long statementsOf(Supplier<Page<Message>> listing) {
        return db.statementsOf(() -> assertThat(db.persistence().transactions().inTransaction(listing).items())
                .isNotEmpty());
    }

    /** Replies from ana to ben, each in the root's thread. */
    private void replies(Message root, int count) {
        for (int i = 0; i < count; i++) {
            messages().save(root.reply(new MessageId(UUID.randomUUID()), ana, null, "More " + i,
                    MessagePriority.NORMAL, List.of(), NOW.plusSeconds(i + 1)));
        }
    }

    private static Messages messages() {
        return db.persistence().messages();
    }
}
