package org.namc.testing.inmemory;

import org.namc.notifications.spi.MemberPreferences;
import org.namc.testing.contract.MemberPreferencesContract;

class InMemoryMemberPreferencesTest extends MemberPreferencesContract {
    private final InMemoryMemberPreferences preferences = new InMemoryMemberPreferences(new InMemoryTransactions());

    @Override
    protected MemberPreferences preferences() {
        return preferences;
    }
}
