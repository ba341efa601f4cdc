package org.namc.events.internal;

import org.namc.events.EventsSettings;
import java.time.Clock;
import java.time.Instant;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationId;
import org.namc.events.spi.EventRegistrations;
import org.namc.events.spi.Events;
import org.namc.events.spi.PaymentReceipts;
import org.namc.notifications.Notifier;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.SecretContext;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;
import org.namc.shared.spi.SecretCipher;

/** What every events use case needs, and the steps they share. */
record EventsContext(Events events, EventRegistrations registrations, PaymentReceipts receipts, SecretCipher cipher,
                     Notifier notifier, Clock clock, IdGenerator ids, UnitOfWork unitOfWork,
                     CommandValidation validation, Authorizer authorizer, EventsSettings settings) {

    static final String RESOURCE = "event";

    Instant now() {
        return clock.instant();
    }

    Event load(EventId id) {
        return events.findById(id).orElseThrow(() -> NamcException.notFound(RESOURCE, id));
    }

    Registration loadRegistration(RegistrationId id) {
        return registrations.findById(id).orElseThrow(() -> NamcException.notFound("event registration", id));
    }

    /** {@code event:<action>} on the event; {@code owner} is whose registration it concerns, if any. */
    void require(Actor actor, String action, EventId event, MemberId owner) {
        authorizer.require(actor, Permission.of(RESOURCE, action), ResourceRef.owned(RESOURCE, event, owner));
    }

    void require(Actor actor, String action, EventId event) {
        authorizer.require(actor, Permission.of(RESOURCE, action), ResourceRef.owned(RESOURCE, event, null));
    }

    boolean may(Actor actor, String action, EventId event) {
        return authorizer.decide(actor, Permission.of(RESOURCE, action), ResourceRef.owned(RESOURCE, event, null))
                .isAllowed();
    }

    boolean mayOnAll(Actor actor, String action) {
        return authorizer.decide(actor, Permission.of(RESOURCE, action), ResourceRef.any(RESOURCE)).isAllowed();
    }

    void requireOnAll(Actor actor, String action) {
        authorizer.require(actor, Permission.of(RESOURCE, action), ResourceRef.any(RESOURCE));
    }

    static SecretContext meetingPasswordContext(EventId id) {
        return new SecretContext(RESOURCE, id.toString(), "meeting_password");
    }
}
