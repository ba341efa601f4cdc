package org.namc.persistence.jpa.projects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.spi.Members;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.projects.spi.ProjectSearch;
import org.namc.projects.spi.Projects;
import org.namc.testing.contract.ProjectSearchContract;

/**
 * The search contract with a read replica configured: the streaming replica of
 * {@code NAMC_TEST_REPLICA_JDBC_URL} when set (scripts/test-all.sh starts one), else a second,
 * read-only pool on the test database. Searches outside a unit of work run there and still keep
 * every promise: on a real replica because each search waits for the test's own writes.
 */
class JpaProjectSearchOnReplicaTest extends ProjectSearchContract {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static JpaPersistence withReplica;

    @BeforeAll
    static void startWithReplica() {
        withReplica = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl())
                .readReplicaJdbcUrl(replicaUrl()).schema(db.schema()).auditPartitionMonthsAhead(0).build();
    }

    private static String replicaUrl() {
        String streaming = System.getenv("NAMC_TEST_REPLICA_JDBC_URL");
        return streaming == null || streaming.isBlank() ? TestDatabase.jdbcUrl() : streaming.strip();
    }

    @AfterAll
    static void stopReplica() {
        withReplica.close();
    }

    // After, not before: the contracts set up rows in their own @BeforeEach, which runs first.
    @AfterEach
    void emptyStores() {
        db.truncateAll();
    }

    /** The replica runs the same SQL as JpaProjectSearchTest, which checks it on the corpus. */
    @Override
    protected boolean checksTheGeneratedCorpus() {
        return false;
    }

    @Override
    protected ProjectSearch search() {
        return withReplica.projectSearch();
    }

    @Override
    protected Projects projects() {
        return withReplica.projects();
    }

    @Override
    protected Members members() {
        return withReplica.members();
    }
}
