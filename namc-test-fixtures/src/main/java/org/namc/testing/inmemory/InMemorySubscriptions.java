package org.namc.testing.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.spi.Subscriptions;
import org.namc.shared.domain.MemberId;

/** Subscriptions in memory, versioned. */
public final class InMemorySubscriptions implements Subscriptions {
    private static final Comparator<Subscription> NEWEST_FIRST = Comparator.comparing(Subscription::createdAt)
            .thenComparing(s -> s.id().value()).reversed();

    private final InMemoryTable<SubscriptionId, Subscription> table;

    public InMemorySubscriptions(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Subscription save(Subscription subscription) {
        Optional<Subscription> stored = table.get(subscription.id());
        long next = InMemoryTable.nextVersion(stored, subscription.version(), Subscription::version,
                "subscription " + subscription.id());
        Subscription saved = subscription.atVersion(next);
        table.put(subscription.id(), saved);
        return saved;
    }

    @Override
    public Optional<Subscription> findById(SubscriptionId id) {
        return table.get(id);
    }

    @Override
    public List<Subscription> forMember(MemberId member) {
        return table.where(s -> s.member().equals(member)).stream().sorted(NEWEST_FIRST).toList();
    }

    @Override
    public List<Subscription> dueBy(Instant now, int limit) {
        return table.where(s -> s.nextActionAt() != null && !s.nextActionAt().isAfter(now)).stream()
                .sorted(Comparator.comparing((Subscription s) -> Objects.requireNonNull(s.nextActionAt()))
                        .thenComparing(s -> s.id().value()))
                .limit(limit).toList();
    }
}
