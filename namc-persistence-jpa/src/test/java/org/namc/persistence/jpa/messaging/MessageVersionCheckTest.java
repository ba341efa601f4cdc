package org.namc.persistence.jpa.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.domain.MessagePriority;
import org.namc.messaging.domain.MessageType;
import org.namc.messaging.spi.Messages;
import org.namc.persistence.jpa.ExistingMembers;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.spi.Transactions;

/**
 * Two units of work read one message and both change it: the second to save fails with
 * {@code CONFLICT} instead of overwriting the first one's change.
 */
class MessageVersionCheckTest {
    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Test
    void aConcurrentChangeToTheSameMessageIsRefusedNotLost() throws Exception {
        MemberId ana = new MemberId(UUID.randomUUID());
        MemberId ben = new MemberId(UUID.randomUUID());
        ExistingMembers.ensure(db, ana, ben);
        Message sent = Message.first(new MessageId(UUID.randomUUID()), ana, ben, "Bid", "Tomorrow?", MessageType.DIRECT,
                MessagePriority.NORMAL, List.of(), NOW);
        messages().save(sent);
        CountDownLatch bothRead = new CountDownLatch(2);
        CountDownLatch readerCommitted = new CountDownLatch(1);

        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> transactions().run(() -> {
            Message read = messages().findById(sent.id()).orElseThrow();
            arriveAndWait(bothRead);
            messages().save(read.readBy(ben, NOW.plusSeconds(5)));
        })).whenComplete((ok, failure) -> readerCommitted.countDown());
        CompletableFuture<Void> flagger = CompletableFuture.runAsync(() -> transactions().run(() -> {
            Message read = messages().findById(sent.id()).orElseThrow();
            arriveAndWait(bothRead);
            waitFor(readerCommitted);
            messages().save(read.flaggedBy(ben, "spam", NOW.plusSeconds(6)));
        }));

        reader.get(30, TimeUnit.SECONDS);
        assertThatNamcException(() -> join(flagger)).hasCode(ErrorCode.CONFLICT);
        Message stored = messages().findById(sent.id()).orElseThrow();
        assertThat(stored.readAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(stored.flag()).isNull();
    }

    private static void arriveAndWait(CountDownLatch latch) {
        latch.countDown();
        waitFor(latch);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void join(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    private static Messages messages() {
        return db.persistence().messages();
    }

    private static Transactions transactions() {
        return db.persistence().transactions();
    }
}
