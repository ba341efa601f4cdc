package org.namc.testing.inmemory;

import java.util.List;
import org.namc.NamcPortalBuilder;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.contract.NotificationScenarios;

class InMemoryNotificationScenariosTest extends NotificationScenarios {
    private InMemoryPortal portal;

    @Override
    protected PortalFixture newPortal(NamcPortalBuilder settings) {
        portal = InMemoryPortal.create(MutableClock.at("2026-01-15T09:00:00Z"), settings);
        return portal;
    }

    @Override
    protected List<Delivery> delivered(Channel channel) {
        return portal.adapters().channel(channel).delivered();
    }

    @Override
    protected void failNext(Channel channel, int attempts) {
        portal.adapters().channel(channel).failNext(attempts);
    }

    @Override
    protected void rejectAddressNext(Channel channel) {
        portal.adapters().channel(channel).rejectAddressNext(1);
    }
}
