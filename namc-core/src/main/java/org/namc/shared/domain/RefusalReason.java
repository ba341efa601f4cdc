package org.namc.shared.domain;

import java.util.Locale;

/**
 * Why a use case refused: a stable code a caller can branch on ({@code billing.payment-method-missing}),
 * beside the coarser {@link ErrorCode} it belongs to. Each feature declares its reasons in one enum
 * ({@code BillingRefusal}); codes are never renamed or reused, new ones are only added.
 */
public interface RefusalReason {

    /** The stable code: the feature, a dot, the reason in kebab case. */
    String code();

    /** The error code the reason refines, and so the HTTP status a host maps it to. */
    ErrorCode errorCode();

    /** What the reason means, in one sentence for the documentation; also the default message. */
    String meaning();

    /** {@code PAYMENT_METHOD_MISSING} of feature {@code billing} becomes {@code billing.payment-method-missing}. */
    static String codeOf(String feature, Enum<?> reason) {
        return feature + "." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
