package org.namc.testing.inmemory;

import org.namc.membership.spi.Members;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.QualificationsContract;

class InMemoryQualificationsTest extends QualificationsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryQualifications qualifications = new InMemoryQualifications(transactions);
    private final InMemoryMembers members = new InMemoryMembers(transactions);

    @Override
    protected Qualifications qualifications() {
        return qualifications;
    }

    @Override
    protected Members members() {
        return members;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
