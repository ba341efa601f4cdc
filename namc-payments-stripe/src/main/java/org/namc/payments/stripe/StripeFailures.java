package org.namc.payments.stripe;

import org.namc.billing.domain.BillingRefusal;
import org.namc.shared.domain.CommonRefusal;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

/**
 * What Stripe's errors mean to the portal: a card error is a decline (an answer, not an error);
 * connection, rate-limit and Stripe's own server errors are retryable
 * ({@code GATEWAY_UNAVAILABLE}); a reused idempotency key is {@code CONFLICT}; a missing object
 * {@code NOT_FOUND}; any other invalid request {@code VALIDATION_FAILED}. Messages never carry
 * a key: authentication errors get a fixed text, and anything shaped like a Stripe key is masked.
 */
final class StripeFailures {
    private static final Pattern KEY = Pattern.compile("\\b(sk|rk|pk|whsec)_[A-Za-z0-9_*]+");

    private StripeFailures() {
    }

    /** A card error on a payment intent, as the decline the portal records. */
    static ChargeOutcome.Declined declined(CardException card) {
        String paymentIntent = card.getStripeError() != null && card.getStripeError().getPaymentIntent() != null
                ? card.getStripeError().getPaymentIntent().getId() : "";
        String code = card.getDeclineCode() != null && !ChargeOutcome.Declined.AUTHENTICATION_REQUIRED
                .equals(card.getCode()) ? card.getDeclineCode() : Objects.requireNonNullElse(card.getCode(),
                "card_declined");
        return new ChargeOutcome.Declined(paymentIntent, code, safeMessage(card));
    }

    /** Any other Stripe error as the portal's typed failure. */
    static NamcException failure(StripeException e) {
        if (e instanceof ApiConnectionException || e instanceof RateLimitException || e instanceof ApiException) {
            return NamcException.of(ErrorCode.GATEWAY_UNAVAILABLE,
                    "Stripe is unavailable or asked to slow down; try again (" + e.getClass().getSimpleName() + ")");
        }
        if (e instanceof AuthenticationException || e instanceof PermissionException) {
            return NamcException.refused(BillingRefusal.GATEWAY_CREDENTIALS_REFUSED,
                    "Stripe refused the portal's API key; check the key configured for the gateway");
        }
        if (e instanceof IdempotencyException) {
            return NamcException.refused(CommonRefusal.DUPLICATE, "Stripe saw this idempotency key with a different request");
        }
        if (e instanceof InvalidRequestException invalid) {
            if ("resource_missing".equals(invalid.getCode())) {
                return NamcException.of(ErrorCode.NOT_FOUND, "Stripe has no such object: " + safeMessage(e));
            }
            String field = invalid.getParam() == null ? "request" : invalid.getParam();
            return NamcException.invalid(field, Objects.requireNonNullElse(invalid.getCode(), "stripe"),
                    safeMessage(e));
        }
        return NamcException.refused(BillingRefusal.GATEWAY_REFUSED, "Stripe refused the request: " + safeMessage(e));
    }

    /** Stripe's message without its request id suffix and with anything shaped like a key masked. */
    static String safeMessage(StripeException e) {
        String message = e.getStripeError() != null && e.getStripeError().getMessage() != null
                ? e.getStripeError().getMessage() : e.getClass().getSimpleName();
        return mask(message);
    }

    static String mask(@Nullable String text) {
        return text == null ? "" : KEY.matcher(text).replaceAll("$1_***");
    }
}
