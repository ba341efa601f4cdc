package org.namc.billing.domain;

import java.util.Objects;

/** The gateway's answer to a refund. */
public sealed interface GatewayRefund {

    record Refunded(String gatewayRefundId) implements GatewayRefund {
        public Refunded {
            Objects.requireNonNull(gatewayRefundId, "gatewayRefundId");
        }
    }

    /** @param code e.g. {@code amount_too_large}, {@code charge_not_captured} */
    record Rejected(String code, String message) implements GatewayRefund {
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
