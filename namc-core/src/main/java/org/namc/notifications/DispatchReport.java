package org.namc.notifications;

import java.util.List;

/**
 * What one dispatch run did: messages the channels accepted, failures to retry, failures given
 * up, and notifications that expired before they could go out.
 */
public record DispatchReport(List<PlannedDelivery> delivered, List<PlannedDelivery> retrying,
                             List<PlannedDelivery> failed, int expired) {
    public DispatchReport {
        delivered = List.copyOf(delivered);
        retrying = List.copyOf(retrying);
        failed = List.copyOf(failed);
    }
}
