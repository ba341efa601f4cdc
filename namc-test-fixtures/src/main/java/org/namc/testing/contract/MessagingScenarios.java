package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.messaging.domain.MessagingRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.GrantRole;
import org.namc.audit.domain.AuditCategory;
import org.namc.audit.domain.AuditEntry;
import org.namc.messaging.BlockMember;
import org.namc.messaging.FlagMessage;
import org.namc.messaging.MessagingApi;
import org.namc.messaging.ModerateMessage;
import org.namc.messaging.ReadReceipt;
import org.namc.messaging.ReplyToMessage;
import org.namc.messaging.SendMessage;
import org.namc.messaging.domain.Attachment;
import org.namc.messaging.MessageView;
import org.namc.messaging.domain.MessagePriority;
import org.namc.messaging.domain.MessageType;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;

/**
 * Messaging stories through {@link NamcPortal}: threads and replies, read receipts, deletion
 * per participant, blocking, flagging and moderation with an audited reason.
 */
public abstract class MessagingScenarios {
    protected PortalFixture fixture;
    protected MessagingApi messaging;
    protected MutableClock clock;
    protected MemberId ana;
    protected MemberId ben;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        messaging = fixture.portal().messaging();
        clock = fixture.clock();
        ana = member();
        ben = member();
    }

    private MemberId member() {
        return aMember().registerVerified(fixture.portal().membership());
    }

    private MessageView send(MemberId from, MemberId to, String subject) {
        MessageView sent = messaging.send(Actor.member(from), SendMessage.direct(from, to, subject, "Hello about " + subject));
        clock.advance(Duration.ofSeconds(1));
        return sent;
    }

    private MessageView reply(MessageView to, MemberId author, String content) {
        MessageView reply = messaging.reply(Actor.member(author), ReplyToMessage.of(to.id(), author, content));
        clock.advance(Duration.ofSeconds(1));
        return reply;
    }

    @Test
    void aReplyJoinsItsParentsThreadAndTheThreadReadsNewestFirst() {
        Attachment plans = new Attachment("plans.pdf", "application/pdf", 48_000, URI.create("https://files.example/p"));
        MessageView first = messaging.send(Actor.member(ana), new SendMessage(ana, ben, "Bid for Oakland school",
                "Interested in teaming up?", MessageType.PROJECT, MessagePriority.HIGH, List.of(plans)));
        clock.advance(Duration.ofSeconds(1));
        MessageView answer = reply(first, ben, "Yes, send the scope.");
        MessageView followUp = reply(answer, ana, "Scope attached.");

        assertThat(first.threadId()).isEqualTo(first.id());
        assertThat(answer.threadId()).isEqualTo(first.id());
        assertThat(answer.subject()).isEqualTo("Re: Bid for Oakland school");
        assertThat(answer.receiver()).isEqualTo(ana);
        assertThat(followUp.replyTo()).isEqualTo(answer.id());
        assertThat(followUp.receiver()).isEqualTo(ben);
        assertThat(messaging.find(Actor.member(ben), first.id()).attachments()).containsExactly(plans);
        assertThat(messaging.thread(Actor.member(ana), first.id(), PageRequest.first(10)).items())
                .extracting(MessageView::id).containsExactly(followUp.id(), answer.id(), first.id());
        assertThat(messaging.thread(Actor.member(ana), first.id(), PageRequest.first(2)).hasNext()).isTrue();
        assertThat(messaging.inbox(Actor.member(ben), ben, PageRequest.first(10)).items()).extracting(MessageView::id)
                .containsExactly(followUp.id(), first.id());
        assertThatNamcException(() -> messaging.reply(Actor.member(member()), ReplyToMessage.of(first.id(),
                ana, "hijack"))).hasReason(MessagingRefusal.ACTING_FOR_ANOTHER_MEMBER);
    }

    @Test
    void theReceiverMarksAMessageReadOnceAndTheSenderSeesWhen() {
        MessageView message = send(ana, ben, "Site visit");
        assertThat(messaging.unreadCount(Actor.member(ben), ben)).isEqualTo(1);

        ReadReceipt receipt = messaging.markRead(Actor.member(ben), message.id());
        clock.advance(Duration.ofMinutes(5));
        ReadReceipt again = messaging.markRead(Actor.member(ben), message.id());

        assertThat(again.readAt()).isEqualTo(receipt.readAt());
        assertThat(messaging.sent(Actor.member(ana), ana, PageRequest.first(5)).items().get(0).readAt())
                .isEqualTo(receipt.readAt());
        assertThat(messaging.unreadCount(Actor.member(ben), ben)).isZero();
        assertThatNamcException(() -> messaging.markRead(Actor.member(ana), message.id())).hasReason(MessagingRefusal.NOT_THE_RECEIVER);
        assertThatNamcException(() -> messaging.inbox(Actor.member(ana), ben, PageRequest.first(5)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void deletingRemovesTheMessageForThatParticipantOnly() {
        MessageView message = send(ana, ben, "Invoice question");

        messaging.delete(Actor.member(ben), message.id());

        assertThat(messaging.inbox(Actor.member(ben), ben, PageRequest.first(5)).items()).isEmpty();
        assertThat(messaging.sent(Actor.member(ana), ana, PageRequest.first(5)).items()).extracting(MessageView::id)
                .containsExactly(message.id());
        assertThatNamcException(() -> messaging.markRead(Actor.member(ben), message.id())).hasCode(ErrorCode.NOT_FOUND);
    }

    @Test
    void aBlockedMemberCannotMessageOrReplyUntilUnblocked() {
        MessageView earlier = send(ana, ben, "Before the block");
        messaging.block(Actor.member(ben), new BlockMember(ben, ana));

        assertThatNamcException(() -> send(ana, ben, "After the block")).hasReason(MessagingRefusal.SENDER_BLOCKED);
        assertThatNamcException(() -> reply(earlier, ana, "Still there?")).hasReason(MessagingRefusal.SENDER_BLOCKED);
        assertThat(send(ben, ana, "I can still write")).isNotNull();
        assertThat(messaging.blockedBy(Actor.member(ben), ben)).extracting(b -> b.blocked()).containsExactly(ana);
        assertThatNamcException(() -> messaging.block(Actor.member(ana), new BlockMember(ben, member())))
                .hasReason(MessagingRefusal.ACTING_FOR_ANOTHER_MEMBER);

        messaging.unblock(Actor.member(ben), new BlockMember(ben, ana));
        assertThat(send(ana, ben, "After the unblock")).isNotNull();
    }

    @Test
    void aFlaggedMessageIsHiddenAndRestoredByAModeratorWithAnAuditedReason() {
        MemberId moderator = member();
        fixture.portal().access().grantRole(Actor.system(), new GrantRole(moderator, "MODERATOR", null));
        MessageView rude = send(ana, ben, "Your bid");
        MessageView flagged = messaging.flag(Actor.member(ben), new FlagMessage(rude.id(), "Insulting language"));
        assertThat(flagged.flag().reason()).isEqualTo("Insulting language");
        assertThat(messaging.moderationQueue(Actor.member(moderator), PageRequest.first(5)).items())
                .extracting(MessageView::id).containsExactly(rude.id());
        assertThatNamcException(() -> messaging.hide(Actor.member(ben), new ModerateMessage(rude.id(), "no")))
                .hasReason(CommonRefusal.PERMISSION_DENIED);

        MessageView hidden = messaging.hide(Actor.member(moderator), new ModerateMessage(rude.id(), "Breaks rule 3"));

        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.moderation().by()).isEqualTo(moderator);
        assertThat(messaging.inbox(Actor.member(ben), ben, PageRequest.first(5)).items()).isEmpty();
        assertThat(messaging.thread(Actor.member(moderator), rude.id(), PageRequest.first(5)).items())
                .extracting(MessageView::id).containsExactly(rude.id());
        assertThat(messaging.moderationQueue(Actor.member(moderator), PageRequest.first(5)).items()).isEmpty();

        MessageView restored = messaging.restore(Actor.member(moderator), new ModerateMessage(rude.id(), "Apology received"));
        assertThat(restored.hidden()).isFalse();
        assertThat(messaging.inbox(Actor.member(ben), ben, PageRequest.first(5)).items()).hasSize(1);
        List<AuditEntry> trail = fixture.portal().audit().byResource(Actor.system(), "message", rude.id().toString(),
                PageRequest.first(10)).items();
        assertThat(trail).extracting(AuditEntry::action).startsWith("message.moderation.restore",
                "message.moderation.hide");
        assertThat(trail.get(1).changes().get("reason").after()).isEqualTo("Breaks rule 3");
        assertThat(trail.get(1).category()).isEqualTo(AuditCategory.MODERATION);
        assertThat(trail.get(1).complianceRelevant()).isTrue();
    }

    @Test
    void sendingIsValidatedAndNotifiesTheReceiver() {
        assertThatNamcException(() -> messaging.send(Actor.member(ana), new SendMessage(ana, ana, " ", "",
                MessageType.DIRECT, MessagePriority.NORMAL, List.of())))
                .hasViolation("subject", "required").hasViolation("content", "required")
                .hasViolation("receiver", "not-sender");
        assertThatNamcException(() -> messaging.send(Actor.member(ana), SendMessage.direct(ben, ana, "Spoof", "x")))
                .hasReason(MessagingRefusal.ACTING_FOR_ANOTHER_MEMBER);
        assertThatNamcException(() -> messaging.send(Actor.member(ana), new SendMessage(ana, ben, "All hands",
                "x", MessageType.ANNOUNCEMENT, MessagePriority.NORMAL, List.of()))).hasReason(CommonRefusal.PERMISSION_DENIED);

        send(ana, ben, "Lunch");

        assertThat(fixture.portal().notifications().inbox(Actor.member(ben), ben, PageRequest.first(5)).items())
                .singleElement().satisfies(n -> assertThat(n.title()).isEqualTo("New message: Lunch"));
    }
}
