package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.billing.domain.BillingTestData.at;
import static org.namc.billing.domain.BillingTestData.capturedPayment;
import static org.namc.billing.domain.BillingTestData.line;
import static org.namc.billing.domain.BillingTestData.openInvoice;
import static org.namc.billing.domain.BillingTestData.refund;
import static org.namc.billing.domain.BillingTestData.refunded;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/** Whatever refunds are asked for, their sum never exceeds what the payment captured. */
class PaymentRefundProperties {
    private static final Instant NOW = at("2026-03-01T10:00:00Z");

    @Provide
    Arbitrary<Long> captures() {
        return Arbitraries.longs().between(1, 10_000_000);
    }

    @Provide
    Arbitrary<List<Long>> requests() {
        return Arbitraries.longs().between(1, 6_000_000).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property
    void theSumOfRefundsNeverExceedsTheCapture(@ForAll("captures") long capturedMinor,
                                               @ForAll("requests") List<Long> requestedMinor) {
        Invoice invoice = openInvoice(1, new InvoicePurpose.Manual(), NOW,
                line("Dues", 1, Money.ofMinor(capturedMinor, java.util.Currency.getInstance("USD")).amount()
                        .toPlainString(), "0"));
        Payment payment = capturedPayment(1, invoice, NOW);
        long accepted = 0;
        int n = 0;
        for (long minor : requestedMinor) {
            Money asked = Money.ofMinor(minor, payment.amount().currency());
            try {
                payment = refunded(payment, refund(++n, asked, NOW));
                accepted += minor;
            } catch (NamcException refused) {
                assertThat(asked).isGreaterThan(payment.refundable());
            }
            assertThat(payment.refunded().minorUnits()).isEqualTo(accepted).isLessThanOrEqualTo(capturedMinor);
            assertThat(payment.refunded().plus(payment.refundable())).isEqualTo(payment.amount());
        }
    }
}
