package org.namc.notifications.internal;

import org.namc.notifications.NotificationsSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.UnsubscribeTokens;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.spi.MemberContacts;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.notifications.spi.NotificationTemplates;
import org.namc.notifications.spi.Notifications;
import org.namc.notifications.spi.Outbox;
import org.namc.notifications.spi.PushSubscriptions;
import org.namc.notifications.spi.TemplateRenderer;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** What every notifications use case needs. */
record NotificationsContext(Notifications notifications, NotificationTemplates templates,
                            MemberPreferences preferences, Outbox outbox, Map<Channel, NotificationChannel> channels,
                            MemberContacts contacts, PushSubscriptions pushSubscriptions, TemplateRenderer renderer,
                            @Nullable UnsubscribeTokens unsubscribeTokens, Clock clock, IdGenerator ids,
                            UnitOfWork unitOfWork, CommandValidation validation, Authorizer authorizer,
                            NotificationsSettings settings) {

    static final String RESOURCE = "notification";

    Instant now() {
        return clock.instant();
    }

    DeliveryPreferences preferencesOf(MemberId member) {
        return preferences.find(member).orElseGet(() -> DeliveryPreferences.defaults(member));
    }

    /** The channels whose current address the member's preferences mark undeliverable. */
    Set<Channel> unreachable(DeliveryPreferences prefs) {
        if (prefs.undeliverable().isEmpty()) {
            return Set.of();
        }
        Optional<ContactPoints> contact = contacts.find(prefs.member());
        Set<Channel> unreachable = EnumSet.noneOf(Channel.class);
        for (Channel channel : prefs.undeliverable().keySet()) {
            if (prefs.isUndeliverable(channel, contact.map(c -> c.addressFor(channel)).orElse(null))) {
                unreachable.add(channel);
            }
        }
        return unreachable;
    }

    void require(Actor actor, String action) {
        authorizer.require(actor, Permission.of(RESOURCE, action), ResourceRef.any(RESOURCE));
    }

    /** {@code notification:<action>} on what belongs to {@code owner} (their list, their preferences). */
    void requireOwn(Actor actor, String action, Object id, MemberId owner) {
        authorizer.require(actor, Permission.of(RESOURCE, action), ResourceRef.owned(RESOURCE, id, owner));
    }
}
