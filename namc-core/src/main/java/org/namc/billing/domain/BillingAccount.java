package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * A member's billing profile: their customer at the payment gateway and the payment method
 * charged by default (a gateway token such as {@code pm_card_visa}; never a card number).
 */
public record BillingAccount(MemberId member, String gatewayCustomerId, @Nullable String paymentMethod,
                             Instant createdAt, Instant updatedAt, long version) {
    public BillingAccount {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(gatewayCustomerId, "gatewayCustomerId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static BillingAccount open(MemberId member, String gatewayCustomerId, Instant now) {
        return new BillingAccount(member, gatewayCustomerId, null, now, now, 0);
    }

    public BillingAccount withPaymentMethod(String method, Instant now) {
        return new BillingAccount(member, gatewayCustomerId, method, createdAt, now, version);
    }

    /** No method on file any more (it was removed at the gateway). */
    public BillingAccount withoutPaymentMethod(Instant now) {
        return new BillingAccount(member, gatewayCustomerId, null, createdAt, now, version);
    }

    public BillingAccount atVersion(long storedVersion) {
        return new BillingAccount(member, gatewayCustomerId, paymentMethod, createdAt, updatedAt, storedVersion);
    }

    /** The method's last four characters, for receipts and screens. */
    public @Nullable String paymentMethodHint() {
        return paymentMethod == null ? null : "…" + paymentMethod.substring(Math.max(0, paymentMethod.length() - 4));
    }
}
