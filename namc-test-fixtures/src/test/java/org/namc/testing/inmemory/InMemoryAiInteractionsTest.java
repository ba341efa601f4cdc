package org.namc.testing.inmemory;

import org.namc.insights.spi.AiInteractions;
import org.namc.testing.contract.AiInteractionsContract;

class InMemoryAiInteractionsTest extends AiInteractionsContract {
    private final InMemoryAiInteractions interactions = new InMemoryAiInteractions(new InMemoryTransactions());

    @Override
    protected AiInteractions interactions() {
        return interactions;
    }
}
