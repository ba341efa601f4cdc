package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.events.domain.PaymentReceipt;
import org.namc.events.domain.RegistrationId;
import org.namc.events.spi.PaymentReceipts;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * What every {@link PaymentReceipts} adapter (billing's) must answer. The subclass makes a
 * payment happen through its own means and returns its id.
 */
public abstract class PaymentReceiptsContract {

    protected abstract PaymentReceipts receipts();

    /** Takes a payment by {@code payer} for the registration; {@code succeeds} false for a declined one. */
    protected abstract String pay(MemberId payer, Money amount, RegistrationId registration, boolean succeeds);

    @Test
    void reportsASucceededPaymentWithPayerAmountAndTheRegistrationItPaidFor() {
        MemberId payer = new MemberId(UUID.randomUUID());
        RegistrationId registration = new RegistrationId(UUID.randomUUID());

        String id = pay(payer, Money.of("45.00", "USD"), registration, true);

        PaymentReceipt receipt = receipts().find(id).orElseThrow();
        assertThat(receipt.paymentId()).isEqualTo(id);
        assertThat(receipt.payer()).isEqualTo(payer);
        assertThat(receipt.amount()).isEqualTo(Money.of("45.00", "USD"));
        assertThat(receipt.reference()).isEqualTo(PaymentReceipt.referenceFor(registration));
        assertThat(receipt.succeeded()).isTrue();
    }

    @Test
    void reportsADeclinedPaymentAsNotSucceededAndAnUnknownOneAsAbsent() {
        String id = pay(new MemberId(UUID.randomUUID()), Money.of("45.00", "USD"), new RegistrationId(UUID.randomUUID()),
                false);

        assertThat(receipts().find(id).orElseThrow().succeeded()).isFalse();
        assertThat(receipts().find("no-such-payment")).isEmpty();
    }
}
