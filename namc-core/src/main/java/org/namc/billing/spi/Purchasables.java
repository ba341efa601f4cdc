package org.namc.billing.spi;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PurchasableItem;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * Courses and events as billing sees them: their price, and the record their own context
 * keeps of who paid (an enrollment, a registration). Billing calls {@link #paid} and
 * {@link #refunded} inside the unit of work that records the payment or refund, so the related
 * record and the payment change together or not at all.
 */
public interface Purchasables {

    /** The item on sale, with its current price; empty when unknown or not for sale. */
    Optional<PurchasableItem> find(ItemRef item);

    /**
     * Before billing charges {@code buyer}: checks they may have the item and holds their place
     * pending payment (a pending enrolment, a held seat), returning what to invoice at the price
     * they pay. Called inside the purchase's unit of work, so a decline keeps the hold pending and
     * a failure rolls it back. By default only {@link #find}.
     */
    default Optional<PurchasableItem> reserve(ItemRef item, MemberId buyer) {
        return find(item);
    }

    /** {@code buyer} paid {@code amount} for {@code item} (no payment when it was free): enrol or register them. */
    void paid(ItemRef item, MemberId buyer, @Nullable PaymentId payment, Money amount);

    /** Money went back; {@code fully} when the whole payment is refunded (the place is given up). */
    void refunded(ItemRef item, MemberId buyer, PaymentId payment, Money amount, boolean fully);
}
