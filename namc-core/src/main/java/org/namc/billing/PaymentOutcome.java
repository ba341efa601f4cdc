package org.namc.billing;

import java.util.List;

/** How collecting an invoice went; the caller tells the member accordingly. */
public sealed interface PaymentOutcome {

    InvoiceView invoice();

    /** Paid; whatever it was for has happened (membership extended, place booked). */
    record Succeeded(InvoiceView invoice, PaymentView payment) implements PaymentOutcome {
    }

    /** The gateway confirms later (e.g. after 3-D Secure); nothing has happened yet. */
    record Pending(InvoiceView invoice, PaymentView payment) implements PaymentOutcome {
    }

    /** Declined; the invoice stays open. The payment carries the gateway's code and message. */
    record Declined(InvoiceView invoice, PaymentView payment) implements PaymentOutcome {
    }

    /** Nothing to collect: the total was zero, or a credit given back as the listed credit notes. */
    record NothingDue(InvoiceView invoice, List<CreditNoteView> credits) implements PaymentOutcome {
        public NothingDue {
            credits = List.copyOf(credits);
        }
    }
}
