package org.namc.testing.inmemory;

import java.util.Optional;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.shared.domain.MemberId;

/** Delivery preferences in memory. */
public final class InMemoryMemberPreferences implements MemberPreferences {
    private final InMemoryTable<MemberId, DeliveryPreferences> table;

    public InMemoryMemberPreferences(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public void save(DeliveryPreferences preferences) {
        table.put(preferences.member(), preferences);
    }

    @Override
    public Optional<DeliveryPreferences> find(MemberId member) {
        return table.get(member);
    }
}
