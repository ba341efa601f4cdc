package org.namc.testing.inmemory;

import java.util.concurrent.atomic.AtomicInteger;
import org.namc.events.domain.RegistrationId;
import org.namc.events.spi.PaymentReceipts;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.testing.contract.PaymentReceiptsContract;

class InMemoryPaymentReceiptsTest extends PaymentReceiptsContract {
    private final InMemoryPaymentReceipts receipts = new InMemoryPaymentReceipts();
    private final AtomicInteger next = new AtomicInteger();

    @Override
    protected PaymentReceipts receipts() {
        return receipts;
    }

    @Override
    protected String pay(MemberId payer, Money amount, RegistrationId registration, boolean succeeds) {
        String id = "pay-" + next.incrementAndGet();
        if (succeeds) {
            receipts.settle(id, payer, amount, registration);
        } else {
            receipts.decline(id, payer, amount, registration);
        }
        return id;
    }
}
