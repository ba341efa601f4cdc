package org.namc.events.spi;

import java.util.Optional;
import org.namc.events.domain.PaymentReceipt;

/**
 * Tells the events context whether a payment went through, for how much, by whom and for
 * what. The billing context implements it; events never calls a payment provider itself.
 */
public interface PaymentReceipts {

    Optional<PaymentReceipt> find(String paymentId);
}
