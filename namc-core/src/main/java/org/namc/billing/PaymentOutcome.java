package org.namc.billing;

import java.util.List;
import java.util.Objects;
import org.namc.billing.domain.CustomerAction;

/** How collecting an invoice went; the caller tells the member accordingly. */
public sealed interface PaymentOutcome {

    InvoiceView invoice();

    /** Paid; whatever it was for has happened (membership extended, place booked). */
    record Succeeded(InvoiceView invoice, PaymentView payment) implements PaymentOutcome {
    }

    /**
     * Not settled yet; nothing has happened. The payment is PENDING when the gateway waits for the
     * customer ({@code action} says what the UI must do: confirm with the client secret, or
     * redirect), or PROCESSING when the gateway has not answered yet (the reconcile step, run by
     * {@code runBilling}, settles it).
     */
    record Pending(InvoiceView invoice, PaymentView payment, CustomerAction action) implements PaymentOutcome {
        public Pending {
            Objects.requireNonNull(action, "action");
        }

        public Pending(InvoiceView invoice, PaymentView payment) {
            this(invoice, payment, CustomerAction.NONE);
        }
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
