package org.namc.notifications.internal;

import org.namc.notifications.NotificationView;
import org.namc.notifications.NotificationsSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.DeliveryEvent;
import org.namc.notifications.InboundSms;
import org.namc.notifications.RegisterPushSubscription;
import org.namc.notifications.SmsReply;
import org.namc.notifications.UnsubscribeResult;
import org.namc.notifications.UnsubscribeTokens;
import org.namc.notifications.domain.PushSubscription;
import org.namc.notifications.spi.MemberContacts;
import org.namc.notifications.spi.PushSubscriptions;
import org.namc.notifications.spi.TemplateRenderer;
import org.namc.notifications.DispatchReport;
import org.namc.notifications.NotificationsApi;
import org.namc.notifications.Notifier;
import org.namc.notifications.NotifyFromTemplate;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.NotifyResult;
import org.namc.notifications.PlannedDelivery;
import org.namc.notifications.PreviewTemplate;
import org.namc.notifications.SaveTemplate;
import org.namc.notifications.UpdateDeliveryPreferences;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.DeliveryPlan;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.RenderedMessage;
import org.namc.notifications.domain.RetryPolicy;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.notifications.spi.NotificationTemplates;
import org.namc.notifications.spi.Notifications;
import org.namc.notifications.spi.Outbox;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** The notifications context's primary port, and the {@link Notifier} other contexts send through. */
public final class NotificationsModule implements NotificationsApi {
    private final SendingUseCases sending;
    private final DispatchUseCases dispatching;
    private final TemplateUseCases templating;
    private final InboxUseCases inboxes;
    private final FeedbackUseCases feedback;
    private final PushUseCases push;


    /** The ports and options beyond the stores: how members are reached, and how templates render. */
    public record Reach(MemberContacts contacts, PushSubscriptions pushSubscriptions, TemplateRenderer renderer,
                           @Nullable UnsubscribeTokens unsubscribeTokens) {
    }

    public NotificationsModule(Notifications notifications, NotificationTemplates templates,
                               MemberPreferences preferences, Outbox outbox, List<NotificationChannel> channels,
                               Reach reach, Clock clock, IdGenerator ids, UnitOfWork unitOfWork,
                               CommandValidation validation, Authorizer authorizer, NotificationsSettings settings) {
        Map<Channel, NotificationChannel> byChannel = new EnumMap<>(Channel.class);
        channels.forEach(c -> byChannel.put(c.channel(), c));
        NotificationsContext ctx = new NotificationsContext(notifications, templates, preferences, outbox, byChannel,
                reach.contacts(), reach.pushSubscriptions(), reach.renderer(), reach.unsubscribeTokens(),
                clock, ids, unitOfWork, validation, authorizer, settings);
        this.sending = new SendingUseCases(ctx);
        this.dispatching = new DispatchUseCases(ctx);
        this.templating = new TemplateUseCases(ctx);
        this.inboxes = new InboxUseCases(ctx);
        this.feedback = new FeedbackUseCases(ctx);
        this.push = new PushUseCases(ctx);
    }

    /** For other contexts' use cases: joins their unit of work, checks no permission. */
    public Notifier notifier() {
        return request -> sending.enqueue(request, null, null);
    }

    @Override
    public NotifyResult notify(Actor actor, NotifyMember command) {
        return sending.notify(actor, command);
    }

    @Override
    public NotifyResult notifyFromTemplate(Actor actor, NotifyFromTemplate command) {
        return sending.notifyFromTemplate(actor, command);
    }

    @Override
    public DeliveryPlan plan(Actor actor, NotifyMember command) {
        return sending.plan(actor, command);
    }

    @Override
    public List<PlannedDelivery> planDispatch(Actor actor) {
        return dispatching.plan(actor);
    }

    @Override
    public DispatchReport dispatch(Actor actor) {
        return dispatching.dispatch(actor, () -> false);
    }

    @Override
    public DispatchReport dispatch(Actor actor, BooleanSupplier stopRequested) {
        return dispatching.dispatch(actor, stopRequested);
    }

    @Override
    public NotificationTemplate saveTemplate(Actor actor, SaveTemplate command) {
        return templating.save(actor, command);
    }

    @Override
    public RenderedMessage previewTemplate(Actor actor, PreviewTemplate command) {
        return templating.preview(actor, command);
    }

    @Override
    public Page<NotificationView> inbox(Actor actor, MemberId member, PageRequest page) {
        return inboxes.inbox(actor, member, page).map(NotificationView::of);
    }

    @Override
    public long unreadCount(Actor actor, MemberId member) {
        return inboxes.unreadCount(actor, member);
    }

    @Override
    public NotificationView markRead(Actor actor, NotificationId id) {
        return NotificationView.of(inboxes.markRead(actor, id));
    }

    @Override
    public NotificationView find(Actor actor, NotificationId id) {
        return NotificationView.of(inboxes.find(actor, id));
    }

    @Override
    public DeliveryPreferences preferences(Actor actor, MemberId member) {
        return inboxes.preferences(actor, member);
    }

    @Override
    public DeliveryPreferences updatePreferences(Actor actor, UpdateDeliveryPreferences command) {
        return inboxes.update(actor, command);
    }

    @Override
    public UnsubscribeResult unsubscribe(Actor actor, String token) {
        return feedback.unsubscribe(actor, token);
    }

    @Override
    public void recordDeliveryEvent(Actor actor, DeliveryEvent event) {
        feedback.record(actor, event);
    }

    @Override
    public SmsReply receiveSms(Actor actor, InboundSms sms) {
        return feedback.receive(actor, sms);
    }

    @Override
    public PushSubscription registerPushSubscription(Actor actor, RegisterPushSubscription command) {
        return push.register(actor, command);
    }

    @Override
    public void removePushSubscription(Actor actor, MemberId member, String endpoint) {
        push.remove(actor, member, endpoint);
    }
}
