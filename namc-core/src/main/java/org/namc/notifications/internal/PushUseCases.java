package org.namc.notifications.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.namc.notifications.RegisterPushSubscription;
import org.namc.notifications.domain.PushSubscription;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/** A member's browsers subscribing to Web Push, and unsubscribing. */
final class PushUseCases {
    /** Enough for every browser a member uses; bounds what one account can make the dispatcher do. */
    static final int MAX_PER_MEMBER = 20;

    private final NotificationsContext ctx;

    PushUseCases(NotificationsContext ctx) {
        this.ctx = ctx;
    }

    PushSubscription register(Actor actor, RegisterPushSubscription c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.member(), "member")
                .notBlank(c.endpoint(), "endpoint", PushSubscription.MAX_ENDPOINT_LENGTH)
                .notBlank(c.p256dh(), "p256dh", 200).notBlank(c.auth(), "auth", 100));
        URI endpoint = endpoint(c.endpoint());
        return ctx.unitOfWork().execute(actor, "notification.push.subscribe", NotificationsContext.RESOURCE, scope -> {
            scope.resource(c.member());
            ctx.requireOwn(actor, "configure", c.member(), c.member());
            List<PushSubscription> existing = ctx.pushSubscriptions().forMember(c.member());
            boolean renewing = existing.stream().anyMatch(s -> s.endpoint().equals(endpoint));
            if (!renewing && existing.size() >= MAX_PER_MEMBER) {
                throw NamcException.invalid("endpoint", "max-subscriptions",
                        "a member has at most " + MAX_PER_MEMBER + " push subscriptions");
            }
            PushSubscription subscription = new PushSubscription(ctx.ids().newId(), c.member(), endpoint,
                    c.p256dh().strip(), c.auth().strip(), ctx.now());
            ctx.pushSubscriptions().save(subscription);
            scope.changed("pushSubscription", null, endpoint.getHost());
            return subscription;
        });
    }

    /** Removes one of the member's own subscriptions; someone else's endpoint is left alone and reported not found. */
    void remove(Actor actor, MemberId member, String endpoint) {
        Violations.collect().required(member, "member").notBlank(endpoint, "endpoint",
                PushSubscription.MAX_ENDPOINT_LENGTH).throwIfAny();
        URI uri = endpoint(endpoint);
        ctx.unitOfWork().execute(actor, "notification.push.unsubscribe", NotificationsContext.RESOURCE, scope -> {
            scope.resource(member);
            ctx.requireOwn(actor, "configure", member, member);
            boolean owned = ctx.pushSubscriptions().forMember(member).stream().anyMatch(s -> s.endpoint().equals(uri));
            if (!owned || !ctx.pushSubscriptions().remove(uri)) {
                throw NamcException.notFound("push subscription", uri.getHost());
            }
            scope.changed("pushSubscription", uri.getHost(), null);
            return null;
        });
    }

    private static URI endpoint(String raw) {
        try {
            URI uri = new URI(raw.strip());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw NamcException.invalid("endpoint", "https", "must be an https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw NamcException.invalid("endpoint", "https", "must be an https URL");
        }
    }
}
