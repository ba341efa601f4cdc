package org.namc.billing.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.GatewayEvent;

/**
 * The inbox of the payment gateway's events, keyed by the gateway's event id: an event is
 * recorded before it is acted on, and only the delivery that recorded it (or that took up a
 * failed one) acts, however many deliveries arrive at once. Works outside units of work; each
 * method is atomic on its own.
 */
public interface GatewayEvents {

    /** Records a RECEIVED event; false when its id is already recorded (nothing changes then). */
    boolean recordIfNew(GatewayEvent event);

    /** Takes up a FAILED event again (RECEIVED, one more attempt); false when it is not FAILED any more. */
    boolean retryIfFailed(String id, Instant now);

    /** Stores the event's new status; the event must be recorded. */
    void update(GatewayEvent event);

    Optional<GatewayEvent> find(String id);

    /** Failed events, oldest first, for a replay. */
    List<GatewayEvent> failed(int limit);
}
