package org.namc.testing.inmemory;

import org.namc.messaging.spi.Messages;
import org.namc.testing.contract.MessagesContract;

class InMemoryMessagesTest extends MessagesContract {
    private final InMemoryMessages messages = new InMemoryMessages(new InMemoryTransactions());

    @Override
    protected Messages messages() {
        return messages;
    }
}
