package org.namc.testing.inmemory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.namc.billing.domain.BillingNotice;
import org.namc.billing.spi.BillingNotices;
import org.namc.shared.domain.MemberId;

/** Records the notices billing sends, in order, for tests to read. */
public final class InMemoryBillingNotices implements BillingNotices {
    private final List<BillingNotice> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(BillingNotice notice) {
        sent.add(notice);
    }

    public List<BillingNotice> sent() {
        return List.copyOf(sent);
    }

    public List<BillingNotice> sentTo(MemberId member) {
        return sent.stream().filter(n -> n.member().equals(member)).toList();
    }
}
