package org.namc.persistence.jpa.billing;

import java.util.UUID;

/** One element of {@code payments.refunds}; the amount is a decimal string in the payment's currency. */
record RefundJson(UUID id, String amount, String reason, String gatewayRefundId, UUID creditNoteId,
                  String refundedAt) {
}
