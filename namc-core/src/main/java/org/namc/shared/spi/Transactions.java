package org.namc.shared.spi;

import java.util.function.Supplier;

/**
 * A unit of work: everything a use case writes through the stores inside {@code work}
 * commits together, or nothing does when {@code work} throws. A call inside a running
 * unit joins it.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
