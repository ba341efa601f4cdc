package org.namc.testing.inmemory;

import org.namc.membership.spi.Members;
import org.namc.projects.spi.ProjectApplications;
import org.namc.projects.spi.Projects;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.ProjectsContract;

class InMemoryProjectsTest extends ProjectsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryProjects projects = new InMemoryProjects(transactions);
    private final InMemoryProjectApplications applications = new InMemoryProjectApplications(transactions);
    private final InMemoryMembers members = new InMemoryMembers(transactions);

    @Override
    protected Projects projects() {
        return projects;
    }

    @Override
    protected Members members() {
        return members;
    }

    @Override
    protected ProjectApplications applications() {
        return applications;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
