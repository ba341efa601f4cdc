package org.namc.notifications;

import java.util.List;
import org.namc.notifications.domain.DeliveryPlan;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.NotificationTemplate;
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

    NotificationTemplate saveTemplate(Actor actor, SaveTemplate command);

    RenderedMessage previewTemplate(Actor actor, PreviewTemplate command);

    /** The member's in-app notifications, newest first. */
    Page<NotificationView> inbox(Actor actor, MemberId member, PageRequest page);

    long unreadCount(Actor actor, MemberId member);

    NotificationView markRead(Actor actor, NotificationId id);

    NotificationView find(Actor actor, NotificationId id);

    DeliveryPreferences preferences(Actor actor, MemberId member);

    DeliveryPreferences updatePreferences(Actor actor, UpdateDeliveryPreferences command);
}
