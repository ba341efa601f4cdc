package org.namc.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.PaymentId;
import org.namc.shared.domain.Money;

/**
 * Gives money back on a payment: {@code amount}, or all that is left when null. A refund that
 * leaves the payment fully refunded also takes back what it bought (the membership period, the
 * course or event place).
 */
public record RefundPayment(@NotNull PaymentId payment, @Nullable Money amount,
                            @NotBlank @Size(max = 500) String reason) {
}
