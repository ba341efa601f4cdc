package org.namc.notifications;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.namc.notifications.domain.DeliveryPlan;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.PushSubscription;
import org.namc.notifications.domain.RenderedMessage;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Notifications: sending (staff, {@code notification:send}), planning what would go out,
 * templates, the member's in-app list and preferences, and the outbox dispatcher the host runs
 * on a schedule ({@code notification:dispatch}).
 */
public interface NotificationsApi {

    NotifyResult notify(Actor actor, NotifyMember command);

    NotifyResult notifyFromTemplate(Actor actor, NotifyFromTemplate command);

    /** A dry run of {@link #notify}: what would go out on each channel, when, and why; nothing is stored. */
    DeliveryPlan plan(Actor actor, NotifyMember command);

    /** A dry run of {@link #dispatch}: the messages it would send now, digests bundled; nothing is sent. */
    List<PlannedDelivery> planDispatch(Actor actor);

    /** Sends what the outbox holds that is due, retrying failures with exponential backoff. */
    DispatchReport dispatch(Actor actor);

    /**
     * {@link #dispatch(Actor)} that asks {@code stopRequested} before each message: once it answers
     * true, the message in flight has been recorded and the run gives the rest of its claims back
     * (due at once for another worker) instead of holding them to the end of the lease.
     */
    DispatchReport dispatch(Actor actor, BooleanSupplier stopRequested);

    NotificationTemplate saveTemplate(Actor actor, SaveTemplate command);

    RenderedMessage previewTemplate(Actor actor, PreviewTemplate command);

    /** The member's in-app notifications, newest first. */
    Page<NotificationView> inbox(Actor actor, MemberId member, PageRequest page);

    long unreadCount(Actor actor, MemberId member);

    NotificationView markRead(Actor actor, NotificationId id);

    NotificationView find(Actor actor, NotificationId id);

    DeliveryPreferences preferences(Actor actor, MemberId member);

    DeliveryPreferences updatePreferences(Actor actor, UpdateDeliveryPreferences command);

    /**
     * A one-click unsubscribe (RFC 8058): the signed token of the message's {@code List-Unsubscribe}
     * link turns that category's email off. Security alerts cannot be unsubscribed.
     *
     * @throws org.namc.shared.domain.NamcException {@code INVALID_TOKEN} for a malformed, forged or unknown-key token
     */
    UnsubscribeResult unsubscribe(Actor actor, String token);

    /** A provider's delivery event (delivered, hard or soft bounce, complaint); {@code notification:dispatch}. */
    void recordDeliveryEvent(Actor actor, DeliveryEvent event);

    /** A text sent to the portal's number: STOP, START and HELP act on the member's SMS; {@code notification:dispatch}. */
    SmsReply receiveSms(Actor actor, InboundSms sms);

    PushSubscription registerPushSubscription(Actor actor, RegisterPushSubscription command);

    void removePushSubscription(Actor actor, MemberId member, String endpoint);
}
