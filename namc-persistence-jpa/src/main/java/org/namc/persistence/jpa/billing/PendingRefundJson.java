package org.namc.persistence.jpa.billing;

import java.util.UUID;

/** {@code payments.pending_refund}: a refund recorded before the gateway was asked; the amount is a decimal string. */
record PendingRefundJson(UUID id, String amount, String reason, boolean takesBack, String requestedAt) {
}
