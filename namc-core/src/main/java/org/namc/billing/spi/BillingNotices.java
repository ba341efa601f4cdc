package org.namc.billing.spi;

import org.namc.billing.domain.BillingNotice;

/**
 * Where billing's notices to members go (the notifications context delivers them by the
 * member's preferences). Called only after the unit of work that caused the notice committed.
 */
@FunctionalInterface
public interface BillingNotices {

    void send(BillingNotice notice);
}
