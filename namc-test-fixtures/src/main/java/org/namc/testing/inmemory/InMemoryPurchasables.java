package org.namc.testing.inmemory;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PurchasableItem;
import org.namc.billing.spi.Purchasables;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * Courses and events for sale, as a test offers them, and the places bought: a stand-in for
 * the learning and events contexts' enrollments and registrations. Bookings roll back with the
 * unit of work that made them.
 */
public final class InMemoryPurchasables implements Purchasables {
    /** A place bought: {@code active} until the payment is refunded in full. */
    public record Booking(ItemRef item, MemberId buyer, @Nullable PaymentId payment, Money paid, Money refunded,
                          boolean active) {
    }

    private final ConcurrentHashMap<ItemRef, PurchasableItem> catalogue = new ConcurrentHashMap<>();
    private final InMemoryTable<String, Booking> bookings;

    private final AtomicBoolean failNextPaid = new AtomicBoolean();

    public InMemoryPurchasables(InMemoryTransactions transactions) {
        this.bookings = new InMemoryTable<>(transactions);
    }

    public void offer(PurchasableItem item) {
        catalogue.put(item.ref(), item);
    }

    public Optional<Booking> booking(ItemRef item, MemberId buyer) {
        return bookings.get(key(item, buyer));
    }

    @Override
    public Optional<PurchasableItem> find(ItemRef item) {
        return Optional.ofNullable(catalogue.get(item));
    }

    /** The next {@link #paid} fails, as if the process stopped while the payment was being settled. */
    public void failNextPaid() {
        failNextPaid.set(true);
    }

    @Override
    public void paid(ItemRef item, MemberId buyer, @Nullable PaymentId payment, Money amount) {
        if (failNextPaid.getAndSet(false)) {
            throw new IllegalStateException("the process stopped before the payment was settled");
        }
        bookings.put(key(item, buyer), new Booking(item, buyer, payment, amount, Money.zero(amount.currency()), true));
    }

    @Override
    public void refunded(ItemRef item, MemberId buyer, PaymentId payment, Money amount, boolean fully) {
        booking(item, buyer).ifPresent(b -> bookings.put(key(item, buyer),
                new Booking(item, buyer, b.payment(), b.paid(), b.refunded().plus(amount), !fully && b.active())));
    }

    private static String key(ItemRef item, MemberId buyer) {
        return item.kind() + ":" + item.id() + ":" + buyer;
    }
}
