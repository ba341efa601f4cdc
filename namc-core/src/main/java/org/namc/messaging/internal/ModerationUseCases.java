package org.namc.messaging.internal;

import java.util.List;
import org.namc.messaging.BlockMember;
import org.namc.messaging.ModerateMessage;
import org.namc.messaging.domain.Block;
import org.namc.messaging.domain.Message;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;

/** Moderators hiding and restoring messages, and members blocking each other. */
final class ModerationUseCases {
    private final MessagingContext ctx;

    ModerationUseCases(MessagingContext ctx) {
        this.ctx = ctx;
    }

    Message hide(Actor actor, ModerateMessage c) {
        return moderate(actor, c, "message.moderation.hide", true);
    }

    Message restore(Actor actor, ModerateMessage c) {
        return moderate(actor, c, "message.moderation.restore", false);
    }

    Page<Message> queue(Actor actor, PageRequest page) {
        Violations.collect().required(page, "page").throwIfAny();
        ctx.requireOnAll(actor, "moderate");
        return ctx.messages().flagged(page);
    }

    Block block(Actor actor, BlockMember c) {
        validate(c);
        return ctx.unitOfWork().execute(actor, "message.block", MessagingContext.RESOURCE, scope -> {
            scope.resource(c.blocker());
            MemberId blocker = MessagingContext.actingAs(actor, c.blocker(), "block");
            ctx.require(actor, "block", blocker, blocker);
            Block block = new Block(blocker, c.blocked(), ctx.now());
            if (!ctx.blocks().isBlocked(blocker, c.blocked())) {
                ctx.blocks().save(block);
                scope.changed("blocked", null, c.blocked());
            }
            return ctx.blocks().blockedBy(blocker).stream().filter(b -> b.blocked().equals(c.blocked())).findFirst()
                    .orElse(block);
        });
    }

    void unblock(Actor actor, BlockMember c) {
        validate(c);
        ctx.unitOfWork().execute(actor, "message.unblock", MessagingContext.RESOURCE, scope -> {
            scope.resource(c.blocker());
            MemberId blocker = MessagingContext.actingAs(actor, c.blocker(), "unblock");
            ctx.require(actor, "block", blocker, blocker);
            if (ctx.blocks().isBlocked(blocker, c.blocked())) {
                ctx.blocks().remove(blocker, c.blocked());
                scope.changed("blocked", c.blocked(), null);
            }
            return null;
        });
    }

    List<Block> blockedBy(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.require(actor, "block", member, member);
        return ctx.blocks().blockedBy(member);
    }

    private Message moderate(Actor actor, ModerateMessage c, String action, boolean hide) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.messageId(), "messageId")
                .notBlank(c.reason(), "reason", 1000));
        return ctx.unitOfWork().execute(actor, action, MessagingContext.RESOURCE, scope -> {
            scope.resource(c.messageId());
            Message message = ctx.load(c.messageId());
            ctx.require(actor, "moderate", c.messageId(), message.sender());
            String reason = c.reason().strip();
            Message moderated = hide ? message.hiddenBy(actor.memberId(), reason, ctx.now())
                    : message.restoredBy(actor.memberId(), reason, ctx.now());
            ctx.messages().save(moderated);
            scope.changed("hidden", message.isHidden(), moderated.isHidden()).changed("reason", null, reason);
            return moderated;
        });
    }

    private void validate(BlockMember c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.blocker(), "blocker")
                .required(c.blocked(), "blocked")
                .check(c.blocker() == null || !c.blocker().equals(c.blocked()), "blocked", "not-self",
                        "a member cannot block themselves"));
    }
}
