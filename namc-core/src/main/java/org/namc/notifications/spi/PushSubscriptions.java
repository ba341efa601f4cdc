package org.namc.notifications.spi;

import java.net.URI;
import java.util.List;
import org.namc.notifications.domain.PushSubscription;
import org.namc.shared.domain.MemberId;

/** Members' Web Push subscriptions; an endpoint belongs to one subscription at most. */
public interface PushSubscriptions {

    /** Inserts, or replaces the subscription with the same endpoint (a browser renewing its keys). */
    void save(PushSubscription subscription);

    /** The member's subscriptions, oldest first. */
    List<PushSubscription> forMember(MemberId member);

    /** Removes the subscription at {@code endpoint}; returns whether there was one. */
    boolean remove(URI endpoint);
}
