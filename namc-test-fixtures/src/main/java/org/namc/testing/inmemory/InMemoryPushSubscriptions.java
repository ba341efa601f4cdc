package org.namc.testing.inmemory;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.namc.notifications.domain.PushSubscription;
import org.namc.notifications.spi.PushSubscriptions;
import org.namc.shared.domain.MemberId;

/** Push subscriptions in memory, keyed by endpoint. */
public final class InMemoryPushSubscriptions implements PushSubscriptions {
    private final InMemoryTable<URI, PushSubscription> table;

    public InMemoryPushSubscriptions(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public void save(PushSubscription subscription) {
        table.put(subscription.endpoint(), subscription);
    }

    @Override
    public List<PushSubscription> forMember(MemberId member) {
        List<PushSubscription> found = table.where(s -> s.member().equals(member));
        found.sort(Comparator.comparing(PushSubscription::createdAt).thenComparing(s -> s.id().toString()));
        return found;
    }

    @Override
    public boolean remove(URI endpoint) {
        boolean present = table.get(endpoint).isPresent();
        table.remove(endpoint);
        return present;
    }
}
