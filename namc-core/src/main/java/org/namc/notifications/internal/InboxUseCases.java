package org.namc.notifications.internal;

import org.namc.notifications.UpdateDeliveryPreferences;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;

/** What a member does with their own notifications and preferences. */
final class InboxUseCases {
    private final NotificationsContext ctx;

    InboxUseCases(NotificationsContext ctx) {
        this.ctx = ctx;
    }

    Page<Notification> inbox(Actor actor, MemberId member, PageRequest page) {
        Violations.collect().required(member, "member").required(page, "page").throwIfAny();
        ctx.requireOwn(actor, "read", member, member);
        return ctx.notifications().inbox(member, ctx.now(), page);
    }

    long unreadCount(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.requireOwn(actor, "read", member, member);
        return ctx.notifications().unreadCount(member, ctx.now());
    }

    Notification find(Actor actor, NotificationId id) {
        Violations.collect().required(id, "id").throwIfAny();
        Notification notification = load(id);
        ctx.requireOwn(actor, "read", id, notification.recipient());
        return notification;
    }

    Notification markRead(Actor actor, NotificationId id) {
        Violations.collect().required(id, "id").throwIfAny();
        return ctx.unitOfWork().execute(actor, "notification.read", NotificationsContext.RESOURCE, scope -> {
            scope.resource(id);
            Notification notification = load(id);
            ctx.requireOwn(actor, "read", id, notification.recipient());
            Notification read = notification.read(ctx.now());
            scope.changed("readAt", notification.readAt(), read.readAt());
            ctx.notifications().save(read);
            return read;
        });
    }

    DeliveryPreferences preferences(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.requireOwn(actor, "configure", member, member);
        return ctx.preferencesOf(member);
    }

    DeliveryPreferences update(Actor actor, UpdateDeliveryPreferences command) {
        Violations.collect().required(command, "command").throwIfAny();
        ctx.validation().validate(command, Violations.collect().required(command.preferences(), "preferences"));
        MemberId member = command.preferences().member();
        return ctx.unitOfWork().execute(actor, "notification.preferences.update", NotificationsContext.RESOURCE,
                scope -> {
                    scope.resource(member);
                    ctx.requireOwn(actor, "configure", member, member);
                    DeliveryPreferences current = ctx.preferencesOf(member);
                    // Undeliverable marks are the system's: they stay until the address changes.
                    DeliveryPreferences next = command.preferences().withUndeliverable(current.undeliverable());
                    scope.changed("preferences", current, next);
                    ctx.preferences().save(next);
                    return next;
                });
    }

    private Notification load(NotificationId id) {
        return ctx.notifications().findById(id).orElseThrow(() -> NamcException.notFound("notification", id));
    }
}
