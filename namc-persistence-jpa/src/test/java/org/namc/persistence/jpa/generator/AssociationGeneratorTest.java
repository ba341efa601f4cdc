package org.namc.persistence.jpa.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.audit.domain.ChainVerification;
import org.namc.audit.domain.ChainVerifier;
import org.namc.membership.domain.Member;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.persistence.jpa.generator.AssociationGenerator.Scale;

/** The generator at a small scale: the counts asked for, rows the stores read back, a chain that verifies. */
class AssociationGeneratorTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void writesTheAskedCountsAsRowsTheStoresReadAndAChainThatVerifies() throws SQLException {
        JpaPersistence persistence = db.persistence();

        new AssociationGenerator(persistence, Clock.fixed(NOW, ZoneOffset.UTC)).generate(new Scale(50, 400, 12_000));

        assertThat(count("users")).isEqualTo(50);
        assertThat(count("projects")).isEqualTo(400);
        assertThat(count("audit_logs")).isEqualTo(12_000);
        Member member = persistence.members().findById(AssociationGenerator.memberId(7)).orElseThrow();
        assertThat(member.email().value()).isEqualTo("member7@firm.example");
        assertThat(persistence.projects().findById(new org.namc.projects.domain.ProjectId(AssociationGenerator.projectId(9))))
                .isPresent();
        ChainVerifier verifier = ChainVerifier.fromGenesis();
        persistence.auditEntries().chain(1, Integer.MAX_VALUE).forEach(verifier::accept);
        assertThat(verifier.result()).isInstanceOfSatisfying(ChainVerification.Intact.class,
                intact -> assertThat(intact.entriesChecked()).isEqualTo(12_000));
    }

    private static long count(String table) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from " + db.schema() + "." + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
