package org.namc.notifications.internal;

import org.namc.shared.domain.ViolationRule;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.namc.notifications.DeliveryEvent;
import org.namc.notifications.InboundSms;
import org.namc.notifications.SmsReply;
import org.namc.notifications.UnsubscribeResult;
import org.namc.notifications.UnsubscribeTokens;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ChannelDelivery;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.DeliveryState;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/**
 * What comes back from members and providers after sending: one-click unsubscribes, provider
 * delivery events (bounces, complaints), and texted keywords.
 */
final class FeedbackUseCases {
    private static final Set<String> STOP = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
            "REVOKE", "OPTOUT");
    private static final Set<String> START = Set.of("START", "UNSTOP", "YES", "OPTIN");
    private static final Set<String> HELP = Set.of("HELP", "INFO");
    private static final String SECURITY = NotificationType.SECURITY.defaultCategory();

    private final NotificationsContext ctx;

    FeedbackUseCases(NotificationsContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The link's token is the authority (the member is not signed in when their mail client posts
     * it), so any actor may present one; a bad token is {@code INVALID_TOKEN} without saying why.
     */
    UnsubscribeResult unsubscribe(Actor actor, String token) {
        Violations.collect().notBlank(token, "token", 1000).throwIfAny();
        UnsubscribeTokens tokens = ctx.unsubscribeTokens();
        UnsubscribeTokens.Subject subject = Optional.ofNullable(tokens).flatMap(t -> t.verify(token.strip()))
                .orElseThrow(() -> NamcException.of(ErrorCode.INVALID_TOKEN, "the unsubscribe link is not valid"));
        if (SECURITY.equals(subject.category())) {
            return new UnsubscribeResult.Refused("security alerts always reach the member by email");
        }
        return ctx.unitOfWork().execute(actor, "notification.unsubscribe", NotificationsContext.RESOURCE, scope -> {
            DeliveryPreferences current = ctx.preferencesOf(subject.member());
            scope.resource(subject.member()).changed("emailOff", null, subject.category());
            ctx.preferences().save(current.withCategoryChannelOff(subject.category(), Channel.EMAIL));
            return new UnsubscribeResult.Unsubscribed(subject.member(), subject.category());
        });
    }

    /** A provider's event about a delivery: recorded on the notification; a hard bounce or a complaint stops the address. */
    void record(Actor actor, DeliveryEvent event) {
        Violations.collect().required(event, "event").throwIfAny();
        ctx.validation().validate(event, Violations.collect().required(event.channel(), "channel")
                .required(event.kind(), "kind").notBlank(event.deliveryKey(), "deliveryKey", 200)
                .notBlank(event.address(), "address", 320).maxLength(event.detail(), "detail", 1000)
                .required(event.occurredAt(), "occurredAt"));
        ctx.unitOfWork().execute(actor, "notification.delivery-event", NotificationsContext.RESOURCE, scope -> {
            ctx.require(actor, "dispatch");
            OutboxEntry entry = entryFor(event);
            scope.resource(entry.notificationId()).changed("event", null, event.kind());
            Notification notification = ctx.notifications().findById(entry.notificationId())
                    .orElseThrow(() -> NamcException.notFound("notification", entry.notificationId()));
            ChannelDelivery before = notification.deliveries().get(entry.channel());
            int attempts = before == null ? entry.attempts() : before.attempts();
            String detail = event.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (event.detail() == null ? "" : ": " + event.detail());
            DeliveryState state = switch (event.kind()) {
                case DELIVERED, SOFT_BOUNCE, COMPLAINT -> before == null ? DeliveryState.DELIVERED : before.state();
                case HARD_BOUNCE -> DeliveryState.FAILED;
            };
            ctx.notifications().save(notification.withDelivery(entry.channel(),
                    new ChannelDelivery(state, attempts, event.occurredAt(), detail)));
            if (event.kind() == DeliveryEvent.Kind.HARD_BOUNCE || event.kind() == DeliveryEvent.Kind.COMPLAINT) {
                ctx.preferences().save(ctx.preferencesOf(entry.recipient())
                        .withUndeliverable(entry.channel(), event.address().strip()));
                scope.changed("undeliverable", null, entry.channel());
            }
            return null;
        });
    }

    /** STOP / START / HELP texted to the portal's number (carrier rules), matched as the whole message. */
    SmsReply receive(Actor actor, InboundSms sms) {
        Violations.collect().required(sms, "sms").throwIfAny();
        ctx.validation().validate(sms, Violations.collect().required(sms.from(), "from")
                .required(sms.body(), "body"));
        String keyword = sms.body().strip().toUpperCase(Locale.ROOT);
        if (HELP.contains(keyword)) {
            return new SmsReply(SmsReply.Outcome.HELP, ctx.settings().smsHelpText());
        }
        boolean stop = STOP.contains(keyword);
        if (!stop && !START.contains(keyword)) {
            return new SmsReply(SmsReply.Outcome.IGNORED, "");
        }
        return ctx.unitOfWork().execute(actor, "notification.sms-keyword", NotificationsContext.RESOURCE, scope -> {
            ctx.require(actor, "dispatch");
            Optional<MemberId> member = ctx.contacts().findByPhone(sms.from());
            if (member.isEmpty()) {
                // The carrier blocks the number itself on STOP; nobody of ours to switch.
                return new SmsReply(SmsReply.Outcome.IGNORED, stop ? ctx.settings().smsStoppedText() : "");
            }
            scope.resource(member.get()).changed("sms", null, stop ? "off" : "on");
            ctx.preferences().save(ctx.preferencesOf(member.get()).withChannel(Channel.SMS, !stop));
            return stop ? new SmsReply(SmsReply.Outcome.OPTED_OUT, ctx.settings().smsStoppedText())
                    : new SmsReply(SmsReply.Outcome.OPTED_IN, ctx.settings().smsStartedText());
        });
    }

    private OutboxEntry entryFor(DeliveryEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.deliveryKey().strip());
        } catch (IllegalArgumentException e) {
            throw NamcException.invalid("deliveryKey", ViolationRule.FORMAT, "must be the delivery key the channel sent");
        }
        return ctx.outbox().findById(id).filter(e -> e.channel() == event.channel())
                .orElseThrow(() -> NamcException.notFound("delivery", id));
    }
}
