package org.namc.notifications.spi;

import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;

/**
 * Sends messages on one channel (SMTP email, an SMS gateway, push, the in-app live feed). The
 * dispatcher calls it outside any transaction and retries what fails, so a channel may be
 * asked to send the same {@link Delivery#key()} more than once; it should drop repeats it
 * already sent. An exception counts as a failure that is worth retrying.
 */
public interface NotificationChannel {

    Channel channel();

    DeliveryResult deliver(Delivery delivery);

    /**
     * Called before a dispatch run hands this channel its first message, so a channel can open
     * one connection for the whole run (SMTP); {@link #endBatch()} follows however the run ends.
     */
    default void beginBatch() {
    }

    default void endBatch() {
    }
}
