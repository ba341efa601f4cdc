package org.namc.billing.internal;

import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.PaymentId;

/** A charge recorded PROCESSING by a committed unit of work, to be sent to the gateway outside any unit. */
record ChargeIntent(PaymentId payment, ChargeRequest request, IdempotencyKey key) {
}
