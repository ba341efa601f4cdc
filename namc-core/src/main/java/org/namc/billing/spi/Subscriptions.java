package org.namc.billing.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.shared.domain.MemberId;

/** The subscriptions store. */
public interface Subscriptions {

    /** Inserts (version 0) or updates when the version matches; {@code CONFLICT} otherwise. */
    Subscription save(Subscription subscription);

    Optional<Subscription> findById(SubscriptionId id);

    /** The member's subscriptions, newest first. */
    List<Subscription> forMember(MemberId member);

    /**
     * Subscriptions whose {@link Subscription#nextActionAt()} is at or before {@code now},
     * earliest first, at most {@code limit} of them.
     */
    List<Subscription> dueBy(Instant now, int limit);
}
