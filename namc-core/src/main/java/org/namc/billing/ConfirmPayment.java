package org.namc.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's later word on a pending payment (a verified webhook, relayed by the host).
 * Confirming the same payment again changes nothing.
 */
public record ConfirmPayment(@NotBlank @Size(max = 255) String gatewayPaymentId, boolean succeeded,
                             @Nullable @Size(max = 100) String failureCode,
                             @Nullable @Size(max = 500) String failureMessage) {

    public static ConfirmPayment succeeded(String gatewayPaymentId) {
        return new ConfirmPayment(gatewayPaymentId, true, null, null);
    }

    public static ConfirmPayment failed(String gatewayPaymentId, String code, String message) {
        return new ConfirmPayment(gatewayPaymentId, false, code, message);
    }
}
