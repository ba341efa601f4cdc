package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.BillingStoreData.NOW;
import static org.namc.testing.contract.BillingStoreData.usd;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.CreditNote;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.NumberSeries;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.spi.CreditNotes;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/** What every {@link CreditNotes} adapter must do. */
public abstract class CreditNotesContract {

    /** An empty store. */
    protected abstract CreditNotes notes();

    /** The id of a paid invoice of {@code member}, with its payment, that the store may refer to. */
    protected abstract InvoiceId existingInvoice(MemberId member);

    protected abstract PaymentId existingPayment(InvoiceId invoice);

    protected abstract MemberId existingMember();

    private CreditNote note(MemberId member, InvoiceId invoice, long sequence, String amount) {
        return new CreditNote(new CreditNoteId(UUID.randomUUID()), new InvoiceNumber(NumberSeries.CREDIT_NOTE, 2026,
                sequence), member, invoice, existingPayment(invoice), usd(amount), "refund " + sequence, NOW);
    }

    @Test
    void keepsTheNotesAgainstAnInvoiceInTheirOrder() {
        MemberId member = existingMember();
        InvoiceId invoice = existingInvoice(member);
        CreditNote second = note(member, invoice, 2, "5.00");
        CreditNote first = note(member, invoice, 1, "10.00");
        notes().save(second);
        notes().save(first);
        notes().save(note(member, existingInvoice(member), 3, "1.00"));

        assertThat(notes().forInvoice(invoice)).containsExactly(first, second);
    }

    @Test
    void aNumberIsUsedOnce() {
        MemberId member = existingMember();
        InvoiceId invoice = existingInvoice(member);
        notes().save(note(member, invoice, 1, "10.00"));
        assertThatNamcException(() -> notes().save(note(member, invoice, 1, "2.00"))).hasReason(CommonRefusal.DUPLICATE);
    }

    @Test
    void listsTheNotesIssuedWithinAPeriodOldestFirstByPage() {
        MemberId member = existingMember();
        InvoiceId invoice = existingInvoice(member);
        CreditNote before = issuedAt(note(member, invoice, 1, "1.00"), NOW.minusSeconds(1));
        CreditNote second = issuedAt(note(member, invoice, 2, "2.00"), NOW.plusSeconds(30));
        CreditNote first = issuedAt(note(member, existingInvoice(member), 3, "3.00"), NOW);
        CreditNote atEnd = issuedAt(note(member, invoice, 4, "4.00"), NOW.plusSeconds(60));
        for (CreditNote n : new CreditNote[] {before, second, first, atEnd}) {
            notes().save(n);
        }
        ReportingPeriod period = new ReportingPeriod(NOW, NOW.plusSeconds(60));

        var page = notes().issuedWithin(period, new PageRequest(0, 10));
        assertThat(page.items()).containsExactly(first, second);
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(notes().issuedWithin(period, new PageRequest(1, 10)).items()).isEmpty();
    }

    private static CreditNote issuedAt(CreditNote note, Instant at) {
        return new CreditNote(note.id(), note.number(), note.member(), note.invoice(), note.payment(), note.amount(),
                note.reason(), at);
    }
}
