package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.BillingStoreData.NOW;
import static org.namc.testing.contract.BillingStoreData.draft;
import static org.namc.testing.contract.BillingStoreData.issued;
import static org.namc.testing.contract.BillingStoreData.line;
import static org.namc.testing.contract.BillingStoreData.period;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.ItemRef;
import org.namc.billing.domain.NumberSeries;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.spi.Invoices;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;
import org.namc.shared.spi.Transactions;

/** What every {@link Invoices} adapter must do. */
public abstract class InvoicesContract {

    /** An empty store. */
    protected abstract Invoices invoices();

    /** The transactions the store takes part in. */
    protected abstract Transactions transactions();

    /** A member the store may refer to (an adapter with foreign keys creates one). */
    protected abstract MemberId existingMember();

    @Test
    void keepsLinesDiscountFiguresAndEveryKindOfPurposeThroughARoundTrip() {
        MemberId member = existingMember();
        SubscriptionId subscription = new SubscriptionId(UUID.randomUUID());
        List<InvoicePurpose> purposes = List.of(new InvoicePurpose.Manual(),
                new InvoicePurpose.SubscriptionPeriod(subscription, "GOLD",
                        period("2026-03-01T10:00:00Z", "2026-04-01T09:00:00Z")),
                new InvoicePurpose.TierChange(subscription, "GOLD", "PLATINUM",
                        period("2026-03-11T10:00:00Z", "2026-04-01T09:00:00Z")),
                new InvoicePurpose.Purchase(ItemRef.event("gala")));
        for (InvoicePurpose purpose : purposes) {
            Invoice invoice = draft(member, purpose, line("Workshop", 3, "19.99", "0.0725"),
                    line("Unused time", 1, "-5.00", "0"));
            invoices().save(invoice);

            Invoice loaded = invoices().findById(invoice.id()).orElseThrow();
            assertThat(loaded.purpose()).isEqualTo(purpose);
            assertThat(loaded.lines()).isEqualTo(invoice.lines());
            assertThat(loaded.discount()).isEqualTo(invoice.discount());
            assertThat(loaded.amounts()).isEqualTo(invoice.amounts());
            assertThat(loaded.number()).isNull();
        }
    }

    @Test
    void keepsTheStatusTrailOfAnIssuedInvoice() {
        Invoice open = invoices().save(issued(existingMember(), 7, NOW));
        PaymentId payment = new PaymentId(UUID.randomUUID());
        Invoice paid = invoices().save(open.paid(payment, NOW.plusSeconds(60)));

        Invoice loaded = invoices().findByNumber(new InvoiceNumber(NumberSeries.INVOICE, 2026, 7)).orElseThrow();
        assertThat(loaded.status()).isEqualTo(paid.status());
        assertThat(loaded.paidBy()).isEqualTo(payment);
        assertThat(loaded.issuedAt()).isEqualTo(NOW);
        assertThat(loaded.dueAt()).isEqualTo(open.dueAt());
        assertThat(loaded.paidAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(loaded.version()).isEqualTo(1);
        assertThatNamcException(() -> invoices().save(open.voided(NOW))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
    }

    @Test
    void numbersAreUnique() {
        MemberId member = existingMember();
        invoices().save(issued(member, 1, NOW));
        assertThatNamcException(() -> invoices().save(issued(member, 1, NOW))).hasReason(CommonRefusal.DUPLICATE);
    }

    @Test
    void listsAMembersInvoicesNewestFirstByPage() {
        MemberId member = existingMember();
        Invoice first = invoices().save(issued(member, 1, NOW));
        Invoice second = invoices().save(issued(member, 2, NOW.plusSeconds(60)));
        Invoice third = invoices().save(issued(member, 3, NOW.plusSeconds(120)));
        invoices().save(issued(existingMember(), 4, NOW));

        var page = invoices().forMember(member, new PageRequest(0, 2));
        assertThat(page.items()).extracting(Invoice::id).containsExactly(third.id(), second.id());
        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(invoices().forMember(member, new PageRequest(1, 2)).items()).extracting(Invoice::id)
                .containsExactly(first.id());
    }

    @Test
    void aRolledBackUnitLeavesNoInvoice() {
        Invoice invoice = issued(existingMember(), 9, NOW);
        assertThatThrownBy(() -> transactions().run(() -> {
            invoices().save(invoice);
            throw new IllegalStateException("payment store down");
        })).hasMessageContaining("store down");

        assertThat(invoices().findById(invoice.id())).isEmpty();
        assertThat(invoices().findByNumber(invoice.issuedNumber())).isEmpty();
        invoices().save(issued(existingMember(), 9, NOW));
    }

    @Test
    void listsTheInvoicesIssuedWithinAPeriodOldestFirstByPage() {
        MemberId member = existingMember();
        Invoice before = invoices().save(issued(member, 1, NOW.minusSeconds(1)));
        Invoice atStart = invoices().save(issued(member, 2, NOW));
        Invoice later = invoices().save(issued(existingMember(), 3, NOW.plusSeconds(60)));
        Invoice last = invoices().save(issued(member, 4, NOW.plusSeconds(119)));
        Invoice atEnd = invoices().save(issued(member, 5, NOW.plusSeconds(120)));
        invoices().save(draft(member, new InvoicePurpose.Manual(), line("Draft", 1, "5.00", "0")));
        ReportingPeriod period = new ReportingPeriod(NOW, NOW.plusSeconds(120));

        var first = invoices().issuedWithin(period, new PageRequest(0, 2));
        assertThat(first.items()).extracting(Invoice::id).containsExactly(atStart.id(), later.id());
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(invoices().issuedWithin(period, new PageRequest(1, 2)).items()).extracting(Invoice::id)
                .containsExactly(last.id()).doesNotContain(before.id(), atEnd.id());
    }
}
