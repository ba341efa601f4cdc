package org.namc.notifications.internal;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.NotifyFromTemplate;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.NotifyResult;
import org.namc.notifications.domain.ChannelDecision;
import org.namc.notifications.domain.ChannelDelivery;
import org.namc.notifications.domain.DeliveryPlan;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.DeliveryState;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.NotificationPlanner;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.notifications.domain.RenderedMessage;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/** Sending: validation, deduplication, planning, and writing the notification with its outbox entries. */
final class SendingUseCases {
    private static final NotificationId DRY_RUN = new NotificationId(new UUID(0, 0));

    private final NotificationsContext ctx;

    SendingUseCases(NotificationsContext ctx) {
        this.ctx = ctx;
    }

    NotifyResult notify(Actor actor, NotifyMember command) {
        validate(command);
        return ctx.unitOfWork().execute(actor, "notification.send", NotificationsContext.RESOURCE, scope -> {
            ctx.require(actor, "send");
            NotifyResult result = enqueue(command, null, null);
            if (result instanceof NotifyResult.Queued queued) {
                scope.resource(queued.id()).changed("recipient", null, command.recipient())
                        .changed("type", null, command.type());
            }
            return result;
        });
    }

    NotifyResult notifyFromTemplate(Actor actor, NotifyFromTemplate command) {
        Violations.collect().required(command, "command").throwIfAny();
        ctx.validation().validate(command, Violations.collect().required(command.recipient(), "recipient")
                .notBlank(command.template(), "template", 100).required(command.variables(), "variables")
                .required(command.priority(), "priority"));
        return ctx.unitOfWork().execute(actor, "notification.send", NotificationsContext.RESOURCE, scope -> {
            ctx.require(actor, "send");
            DeliveryPreferences prefs = ctx.preferencesOf(command.recipient());
            NotificationTemplate template = TemplateUseCases.resolve(ctx, command.template(), prefs.locale());
            RenderedMessage rendered = ctx.renderer().render(template, command.variables());
            NotifyMember request = new NotifyMember(command.recipient(), template.type(), rendered.subject(),
                    rendered.body(), template.channels(), command.priority(), command.category(), Map.of(),
                    command.actionUrl(), command.actionText(), command.scheduledFor(), command.expiresAt(),
                    command.dedupKey());
            validate(request);
            NotifyResult result = enqueue(request, template.name(), rendered.html());
            if (result instanceof NotifyResult.Queued queued) {
                scope.resource(queued.id()).changed("recipient", null, command.recipient())
                        .changed("template", null, template.name() + "@" + template.locale() + " v" + template.version());
            }
            return result;
        });
    }

    DeliveryPlan plan(Actor actor, NotifyMember command) {
        validate(command);
        ctx.require(actor, "send");
        Instant now = ctx.now();
        Notification draft = draft(DRY_RUN, command, null, null, now);
        DeliveryPreferences prefs = ctx.preferencesOf(command.recipient());
        return NotificationPlanner.plan(draft, prefs, now, duplicateOf(draft, now), ctx.unreachable(prefs));
    }

    /** Writes the notification and its outbox entries into the running unit of work. */
    NotifyResult enqueue(NotifyMember command, @Nullable String templateName, @Nullable String html) {
        validate(command);
        Instant now = ctx.now();
        Notification notification = draft(new NotificationId(ctx.ids().newId()), command, templateName, html, now);
        NotificationId duplicate = duplicateOf(notification, now);
        if (duplicate != null) {
            return new NotifyResult.Suppressed(duplicate, "a notification with key " + command.dedupKey()
                    + " was sent within " + ctx.settings().dedupWindow());
        }
        DeliveryPreferences prefs = ctx.preferencesOf(command.recipient());
        DeliveryPlan plan = NotificationPlanner.plan(notification, prefs, now, null, ctx.unreachable(prefs));
        for (ChannelDecision decision : plan.decisions()) {
            notification = notification.withDelivery(decision.channel(), initialStatus(decision, now));
            if (decision instanceof ChannelDecision.Send send) {
                ctx.outbox().save(OutboxEntry.pending(ctx.ids().newId(), notification, send.channel(), false,
                        send.at(), now));
            } else if (decision instanceof ChannelDecision.Digest digest) {
                ctx.outbox().save(OutboxEntry.pending(ctx.ids().newId(), notification, digest.channel(), true,
                        digest.at(), now));
            }
        }
        ctx.notifications().save(notification);
        return new NotifyResult.Queued(notification.id(), plan);
    }

    private static ChannelDelivery initialStatus(ChannelDecision decision, Instant now) {
        if (decision instanceof ChannelDecision.Send send) {
            return ChannelDelivery.of(DeliveryState.PENDING, send.at(), decision.reason());
        }
        if (decision instanceof ChannelDecision.Digest digest) {
            return ChannelDelivery.of(DeliveryState.HELD_FOR_DIGEST, digest.at(), decision.reason());
        }
        return ChannelDelivery.of(DeliveryState.SKIPPED, now, decision.reason());
    }

    private @Nullable NotificationId duplicateOf(Notification notification, Instant now) {
        String key = notification.dedupKey();
        if (key == null) {
            return null;
        }
        return ctx.notifications().findByDedupKey(notification.recipient(), key,
                now.minus(ctx.settings().dedupWindow())).map(Notification::id).orElse(null);
    }

    private static Notification draft(NotificationId id, NotifyMember c, @Nullable String templateName,
                                      @Nullable String html, Instant now) {
        String category = c.category() == null ? c.type().defaultCategory() : c.category();
        return new Notification(id, c.recipient(), c.type(), c.title().strip(), c.message().strip(), c.channels(),
                c.priority(), category, c.data(), c.actionUrl(), c.actionText(), c.scheduledFor(), c.expiresAt(),
                c.dedupKey(), templateName, html, now, null, Map.of());
    }

    private void validate(NotifyMember command) {
        if (command == null) {
            throw NamcException.invalid("command", ViolationRule.REQUIRED, "must be present");
        }
        Violations guards = Notification.check(command.title(), command.message(), command.channels(),
                command.category(), command.data(), command.actionUrl(), command.actionText(),
                command.scheduledFor(), command.expiresAt(), command.dedupKey())
                .required(command.recipient(), "recipient").required(command.type(), "type")
                .required(command.priority(), "priority").required(command.data(), "data");
        ctx.validation().validate(command, guards);
    }
}
