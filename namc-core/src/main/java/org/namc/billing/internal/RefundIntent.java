package org.namc.billing.internal;

import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.RefundRequest;

/** A refund recorded as pending on its payment by a committed unit of work, to be sent outside any unit. */
record RefundIntent(PaymentId payment, RefundRequest request, IdempotencyKey key) {
}
