package org.namc.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.namc.notifications.DispatchReport;
import org.namc.notifications.PlannedDelivery;
import org.namc.notifications.domain.ChannelDelivery;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.domain.DeliveryState;
import org.namc.notifications.domain.Digest;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.notifications.domain.Priority;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;

/**
 * The outbox dispatcher. A run claims the due entries in one unit of work (their next attempt
 * moves to the end of a lease, so concurrent runs skip them); each message then goes to its
 * channel outside any transaction, and its outcome is recorded in a unit of work of its own. A
 * crash between the two sends the message again once the lease ends: delivery is at least once,
 * and the channel sees the same key.
 */
final class DispatchUseCases {
    private static final System.Logger LOG = System.getLogger(DispatchUseCases.class.getName());

    private final NotificationsContext ctx;

    DispatchUseCases(NotificationsContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Outcomes lock their notifications in one order for every run: two runs recording different
     * channels of the same notifications would otherwise lock them crosswise and deadlock.
     */
    private static final Comparator<OutboxEntry> LOCK_ORDER = Comparator.comparing(e -> e.notificationId().toString());

    /** One message to send: its outbox entries and the notifications they carry. */
    private record Group(List<OutboxEntry> entries, List<Notification> notifications) {
        OutboxEntry first() {
            return entries.get(0);
        }
    }

    List<PlannedDelivery> plan(Actor actor) {
        ctx.require(actor, "dispatch");
        Instant now = ctx.now();
        return groups(now).stream().filter(g -> !g.notifications().isEmpty()).map(g -> planned(g, delivery(g)))
                .toList();
    }

    DispatchReport dispatch(Actor actor, BooleanSupplier stopRequested) {
        Instant now = ctx.now();
        Instant leaseEnd = now.plus(ctx.settings().dispatchLease());
        List<Group> groups = ctx.unitOfWork().execute(actor, "notification.dispatch", NotificationsContext.RESOURCE,
                scope -> {
                    ctx.require(actor, "dispatch");
                    List<Group> due = groups(now);
                    // The claim: concurrent runs no longer find these entries due, while the sending
                    // below happens outside any transaction.
                    due.forEach(g -> g.entries().forEach(e -> ctx.outbox().save(e.claimedUntil(leaseEnd))));
                    scope.resource("outbox").changed("dueMessages", null, due.size());
                    return due;
                });
        List<PlannedDelivery> delivered = new ArrayList<>();
        List<PlannedDelivery> retrying = new ArrayList<>();
        List<PlannedDelivery> failed = new ArrayList<>();
        int expired = 0;
        Set<NotificationChannel> opened = new LinkedHashSet<>();
        try {
            for (int i = 0; i < groups.size(); i++) {
                if (stopRequested.getAsBoolean()) {
                    release(actor, groups.subList(i, groups.size()), leaseEnd);
                    break;
                }
                Group group = groups.get(i);
                expired += expire(actor, group, now);
                if (group.notifications().isEmpty()) {
                    continue;
                }
                Delivery delivery = delivery(group);
                DeliveryResult result = send(delivery, opened);
                boolean retried = record(actor, group, result);
                PlannedDelivery line = planned(group, delivery);
                if (result instanceof DeliveryResult.Delivered) {
                    delivered.add(line);
                } else if (retried) {
                    retrying.add(line);
                } else {
                    failed.add(line);
                }
            }
        } finally {
            opened.forEach(DispatchUseCases::endQuietly);
        }
        return new DispatchReport(delivered, retrying, failed, expired);
    }

    /**
     * Gives claims not yet sent back, due at once, so another worker takes them without waiting for
     * the lease. Only entries still carrying this run's claim are released: one already recorded
     * elsewhere is left alone.
     */
    private void release(Actor actor, List<Group> unsent, Instant leaseEnd) {
        List<OutboxEntry> entries = unsent.stream().flatMap(g -> g.entries().stream()).sorted(LOCK_ORDER).toList();
        ctx.unitOfWork().execute(actor, "notification.release", NotificationsContext.RESOURCE, scope -> {
            Instant now = ctx.now();
            scope.resource("outbox").changed("releasedMessages", null, unsent.size());
            for (OutboxEntry claimed : entries) {
                ctx.outbox().findById(claimed.id())
                        .filter(current -> current.status() == OutboxEntry.Status.PENDING
                                && current.attempts() == claimed.attempts()
                                && sameInstant(current.nextAttemptAt(), leaseEnd))
                        .ifPresent(current -> ctx.outbox().save(current.released(now)));
            }
            return null;
        });
    }

    /** Equal to the microsecond a database keeps, not to the clock's nanosecond. */
    private static boolean sameInstant(Instant stored, Instant written) {
        return Duration.between(stored, written).abs().compareTo(Duration.ofNanos(1_000)) < 0;
    }

    private static void endQuietly(NotificationChannel channel) {
        try {
            channel.endBatch();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the " + channel.channel() + " channel's batch failed: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Due entries grouped into messages; notifications that expired are left out of their group's content. */
    private List<Group> groups(Instant now) {
        Map<String, List<OutboxEntry>> byKey = new LinkedHashMap<>();
        for (OutboxEntry entry : ctx.outbox().due(now, ctx.settings().dispatchBatch())) {
            byKey.computeIfAbsent(entry.groupKey(), k -> new ArrayList<>()).add(entry);
        }
        List<Group> groups = new ArrayList<>();
        for (List<OutboxEntry> entries : byKey.values()) {
            List<Notification> live = new ArrayList<>();
            for (OutboxEntry entry : entries) {
                ctx.notifications().findById(entry.notificationId()).filter(n -> !n.isExpiredAt(now))
                        .ifPresent(live::add);
            }
            entries.sort(Comparator.comparing(e -> e.id().toString()));
            groups.add(new Group(List.copyOf(entries), live));
        }
        return groups;
    }

    private Delivery delivery(Group group) {
        OutboxEntry first = group.first();
        List<Notification> sources = group.notifications();
        Digest.Composed composed = Digest.compose(first.category(), sources);
        Notification lead = sources.get(0);
        boolean single = composed.sources().size() == 1;
        Priority priority = sources.stream().map(Notification::priority).max(Comparator.naturalOrder())
                .orElse(Priority.NORMAL);
        return new Delivery(first.id().toString(), first.recipient(), first.channel(), priority, composed.subject(),
                composed.body(), single ? lead.html() : null, single ? lead.actionUrl() : null, composed.sources(),
                first.attempts() + 1, first.category(), sources.stream().anyMatch(Notification::isCritical),
                single ? lead.actionText() : null);
    }

    private DeliveryResult send(Delivery delivery, Set<NotificationChannel> opened) {
        try {
            NotificationChannel channel = ctx.channels().get(delivery.channel());
            if (opened.add(channel)) {
                channel.beginBatch();
            }
            return channel.deliver(delivery);
        } catch (RuntimeException e) {
            return new DeliveryResult.Failed(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    /** Marks entries whose notification expired; returns how many. */
    private int expire(Actor actor, Group group, Instant now) {
        List<OutboxEntry> stale = group.entries().stream().filter(e -> group.notifications().stream()
                .noneMatch(n -> n.id().equals(e.notificationId()))).sorted(LOCK_ORDER).toList();
        if (stale.isEmpty()) {
            return 0;
        }
        ctx.unitOfWork().execute(actor, "notification.expire", NotificationsContext.RESOURCE, scope -> {
            scope.resource(stale.get(0).notificationId()).changed("expiredDeliveries", null, stale.size());
            for (OutboxEntry entry : stale) {
                ctx.outbox().save(entry.expired(now));
                update(entry, ChannelDelivery.of(DeliveryState.EXPIRED, now, "expired before it could be sent"));
            }
            return null;
        });
        return stale.size();
    }

    /** Records the outcome; returns whether a failed message will be retried. */
    private boolean record(Actor actor, Group group, DeliveryResult result) {
        return ctx.unitOfWork().execute(actor, "notification.deliver", NotificationsContext.RESOURCE, scope -> {
            Instant now = ctx.now();
            List<OutboxEntry> live = group.entries().stream().filter(e -> group.notifications().stream()
                    .anyMatch(n -> n.id().equals(e.notificationId()))).sorted(LOCK_ORDER).toList();
            scope.resource(live.get(0).notificationId()).changed("channel", null, live.get(0).channel())
                    .changed("messages", null, live.size());
            boolean retry = false;
            for (OutboxEntry entry : live) {
                if (result instanceof DeliveryResult.Delivered) {
                    ctx.outbox().save(entry.delivered(now));
                    update(entry, new ChannelDelivery(DeliveryState.DELIVERED, entry.attempts() + 1, now,
                            live.size() > 1 ? "in a digest of " + live.size() : null));
                } else {
                    boolean permanent = result instanceof DeliveryResult.AddressRejected
                            || ((DeliveryResult.Failed) result).permanent();
                    String reason = result instanceof DeliveryResult.AddressRejected rejected
                            ? "address rejected: " + rejected.reason() : ((DeliveryResult.Failed) result).reason();
                    Optional<Instant> next = permanent ? Optional.empty()
                            : ctx.settings().retryPolicy().nextAttempt(entry.attempts() + 1, now);
                    retry = next.isPresent();
                    ctx.outbox().save(entry.failed(reason, next.orElse(null), now));
                    update(entry, new ChannelDelivery(next.isPresent() ? DeliveryState.PENDING : DeliveryState.FAILED,
                            entry.attempts() + 1, next.orElse(now), reason));
                }
            }
            if (result instanceof DeliveryResult.AddressRejected rejected) {
                OutboxEntry first = live.get(0);
                ctx.preferences().save(ctx.preferencesOf(first.recipient())
                        .withUndeliverable(first.channel(), rejected.address()));
                scope.changed("undeliverable", null, first.channel());
            }
            scope.changed("outcome", null, result instanceof DeliveryResult.Delivered ? "delivered"
                    : retry ? "retrying" : "failed");
            return retry;
        });
    }

    private void update(OutboxEntry entry, ChannelDelivery status) {
        Notification notification = ctx.notifications().findById(entry.notificationId())
                .orElseThrow(() -> NamcException.notFound("notification", entry.notificationId()));
        ctx.notifications().save(notification.withDelivery(entry.channel(), status));
    }

    private static PlannedDelivery planned(Group group, Delivery delivery) {
        return new PlannedDelivery(delivery.recipient(), delivery.channel(), delivery.subject(), delivery.body(),
                delivery.sources(), delivery.attempt(), group.first().releaseAt());
    }
}
