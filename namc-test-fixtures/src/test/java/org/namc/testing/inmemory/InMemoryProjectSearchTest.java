package org.namc.testing.inmemory;

import org.namc.membership.spi.Members;
import org.namc.projects.spi.ProjectSearch;
import org.namc.projects.spi.Projects;
import org.namc.testing.contract.ProjectSearchContract;

class InMemoryProjectSearchTest extends ProjectSearchContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryProjects projects = new InMemoryProjects(transactions);
    private final InMemoryMembers members = new InMemoryMembers(transactions);
    private final InMemoryProjectSearch search = new InMemoryProjectSearch(projects);

    @Override
    protected ProjectSearch search() {
        return search;
    }

    @Override
    protected Projects projects() {
        return projects;
    }

    @Override
    protected Members members() {
        return members;
    }
}
