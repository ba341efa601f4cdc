package org.namc.persistence.jpa.events;

import java.math.BigDecimal;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/** Amounts in the seed's {@code numeric(8, 2)} columns of events and registrations. */
final class Amounts {
    private static final int STORED_SCALE = 2;

    private Amounts() {
    }

    /** The amount as stored; refused for currencies with more minor digits than the column keeps. */
    static BigDecimal storable(Money money) {
        if (money.amount().scale() > STORED_SCALE) {
            throw NamcException.invalid("currency", "scale", money.currency().getCurrencyCode()
                    + " has more decimal places than event prices are stored with (" + STORED_SCALE + ")");
        }
        return money.amount();
    }
}
