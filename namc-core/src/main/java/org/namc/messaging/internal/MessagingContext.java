package org.namc.messaging.internal;

import org.namc.messaging.domain.MessagingRefusal;
import java.time.Clock;
import java.time.Instant;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.spi.MemberBlocks;
import org.namc.messaging.spi.Messages;
import org.namc.notifications.Notifier;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** What every messaging use case needs. */
record MessagingContext(Messages messages, MemberBlocks blocks, Notifier notifier, Clock clock, IdGenerator ids,
                        UnitOfWork unitOfWork, CommandValidation validation, Authorizer authorizer) {

    static final String RESOURCE = "message";

    Instant now() {
        return clock.instant();
    }

    Message load(MessageId id) {
        return messages.findById(id).orElseThrow(() -> NamcException.notFound(RESOURCE, id));
    }

    /** {@code message:<action>} on something of {@code owner}'s (their mailbox, their copy of a message). */
    void require(Actor actor, String action, Object id, MemberId owner) {
        authorizer.require(actor, Permission.of(RESOURCE, action), ResourceRef.owned(RESOURCE, id, owner));
    }

    boolean may(Actor actor, String action) {
        return authorizer.decide(actor, Permission.of(RESOURCE, action), ResourceRef.any(RESOURCE)).isAllowed();
    }

    void requireOnAll(Actor actor, String action) {
        authorizer.require(actor, Permission.of(RESOURCE, action), ResourceRef.any(RESOURCE));
    }

    /** The acting member, who must be {@code expected} unless the host system acts for them. */
    static MemberId actingAs(Actor actor, MemberId expected, String what) {
        if (actor.isSystem() || actor.is(expected)) {
            return expected;
        }
        throw NamcException.refused(MessagingRefusal.ACTING_FOR_ANOTHER_MEMBER, actor + " may not " + what + " as member " + expected);
    }

    /** The acting member; the system and anonymous visitors have no mailbox. */
    static MemberId member(Actor actor) {
        MemberId id = actor.memberId();
        if (id == null) {
            throw NamcException.refused(MessagingRefusal.NO_MAILBOX, actor + " has no mailbox");
        }
        return id;
    }
}
