package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.spi.NotificationChannel;

/**
 * A channel that records what it was asked to deliver. A test can make the next attempts fail
 * ({@link #failNext}) to exercise retries, or fail for good ({@link #refuseNext}).
 */
public final class InMemoryNotificationChannel implements NotificationChannel {
    private final Channel channel;
    private final List<Delivery> delivered = new ArrayList<>();
    private final List<Delivery> attempts = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger addressRejections = new AtomicInteger();

    public InMemoryNotificationChannel(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public synchronized DeliveryResult deliver(Delivery delivery) {
        attempts.add(delivery);
        if (addressRejections.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new DeliveryResult.AddressRejected(delivery.recipient() + "@" + channel, "550 no such user");
        }
        if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new DeliveryResult.Failed("address rejected", true);
        }
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the " + channel + " provider is unavailable");
        }
        delivered.add(delivery);
        return new DeliveryResult.Delivered(channel + "-" + delivered.size());
    }

    /** The next {@code n} attempts fail in a way worth retrying. */
    public void failNext(int n) {
        failures.set(n);
    }

    /** The next {@code n} attempts fail for good. */
    public void refuseNext(int n) {
        refusals.set(n);
    }

    /**
     * The next {@code n} attempts answer that the recipient's address does not exist; the address
     * reported is {@code <member id>@<channel>}.
     */
    public void rejectAddressNext(int n) {
        addressRejections.set(n);
    }

    /** Messages the channel accepted, in order. */
    public synchronized List<Delivery> delivered() {
        return List.copyOf(delivered);
    }

    /** Every attempt, failed ones included, in order. */
    public synchronized List<Delivery> attempts() {
        return List.copyOf(attempts);
    }

    public synchronized void clear() {
        delivered.clear();
        attempts.clear();
    }
}
