package org.namc.billing.internal;

import java.util.List;
import org.namc.billing.PaymentOutcome;

/**
 * What the first unit of work of a collection leaves to do once it has committed: nothing (the
 * invoice needed no payment), a charge to send, or the refunds that give a credit back.
 */
sealed interface Collecting {

    record Done(PaymentOutcome outcome) implements Collecting {
    }

    record Charge(ChargeIntent intent) implements Collecting {
    }

    /** A credit invoice settled with nothing due; its credit goes back through {@code refunds}. */
    record Credit(PaymentOutcome.NothingDue settled, List<RefundIntent> refunds) implements Collecting {
        public Credit {
            refunds = List.copyOf(refunds);
        }
    }
}
