package org.namc.testing.inmemory;

import org.namc.membership.spi.Members;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.MembersContract;

class InMemoryMembersTest extends MembersContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryMembers members = new InMemoryMembers(transactions);

    @Override
    protected Members members() {
        return members;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
