package org.namc.payments.stripe;

import java.util.Objects;

/**
 * What became of one webhook delivery. A host answers {@code Failed} with HTTP 500 (Stripe then
 * delivers again, and the event is taken up again), {@code Rejected} with 400, everything else
 * with 200.
 */
public sealed interface WebhookResult {

    /** Verified, recorded and applied. */
    record Accepted(String eventId, String type) implements WebhookResult {
    }

    /** Verified, but this event was recorded before: nothing happened again. */
    record Duplicate(String eventId) implements WebhookResult {
    }

    /** Verified and recorded; a type the portal does not act on. */
    record Ignored(String eventId, String type) implements WebhookResult {
    }

    /** Not verified: nothing was recorded or applied. */
    record Rejected(Reason reason) implements WebhookResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Verified and recorded, but applying it failed; kept with its attempts and error for a replay. */
    record Failed(String eventId, String error) implements WebhookResult {
    }

    /** Why a delivery was not believed. */
    enum Reason {
        /** No {@code Stripe-Signature} header, or one that is not {@code t=..,v1=..}. */
        MALFORMED_HEADER,
        /** The header has no {@code v1} signature. */
        NO_SIGNATURE,
        /** Signed more than the tolerance before or after now (replayed, or a clock far off). */
        TIMESTAMP_OUT_OF_TOLERANCE,
        /** No {@code v1} signature matches the body under the endpoint's signing secret. */
        SIGNATURE_MISMATCH,
        /** Signed correctly, but not an event. */
        MALFORMED_PAYLOAD
    }
}
