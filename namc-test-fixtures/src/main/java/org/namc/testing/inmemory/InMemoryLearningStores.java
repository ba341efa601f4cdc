package org.namc.testing.inmemory;

import org.namc.testing.contract.LearningStores;

/** Fresh, empty in-memory learning stores on one set of transactions, for the store contracts. */
public final class InMemoryLearningStores {
    private InMemoryLearningStores() {
    }

    public static LearningStores create() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        return new LearningStores(transactions, new InMemoryMembers(transactions), new InMemoryCourses(transactions),
                new InMemoryEnrollments(transactions), new InMemoryLessonProgressRecords(transactions),
                new InMemoryAssessments(transactions), new InMemoryAttempts(transactions),
                new InMemoryCertificates(transactions));
    }
}
