package org.namc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;

/** The demo's command line: the story in memory, the same story on PostgreSQL, and what it refuses. */
class PortalDemoTest {

    @Test
    void onPostgresTheStoryTellsTheInMemoryTranscriptWordForWord() throws SQLException, IOException {
        String schema = TestSchema.uniqueName(getClass());
        try {
            Run inMemory = Run.of();
            Run onPostgres = Run.of("--jdbc-url", TestDatabase.jdbcUrl(), "--schema", schema);

            assertThat(inMemory.status).isZero();
            assertThat(onPostgres.status).as(onPostgres.err).isZero();
            assertThat(inMemory.firstLine()).contains("on in-memory adapters;");
            assertThat(onPostgres.firstLine()).contains("on PostgreSQL (schema " + schema + ")");
            assertThat(onPostgres.rest()).contains("== Audit trail (hash-chained) ==").isEqualTo(inMemory.rest());
            assertThat(count(schema, "users")).isPositive();
            assertThat(count(schema, "audit_logs")).isPositive();
            assertThat(onPostgres.err).doesNotContain(TestDatabase.jdbcUrl());
            for (Run run : List.of(inMemory, onPostgres)) {
                assertThat(run.writtenPdfs()).hasSize(2).allSatisfy(pdf ->
                        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII)));
            }

            Run again = Run.of("--jdbc-url", TestDatabase.jdbcUrl(), "--schema", schema);
            assertThat(again.status).isEqualTo(1);
            assertThat(again.err).contains("schema " + schema + " already holds the demo's members");
        } finally {
            TestSchema.dropSchema(schema);
        }
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        for (List<String> args : List.of(List.of("--jdbc"), List.of("--jdbc-url"), List.of("--schema", "other"))) {
            Run run = Run.of(args.toArray(String[]::new));
            assertThat(run.status).as(args.toString()).isEqualTo(2);
            assertThat(run.err).as(args.toString()).contains("usage: PortalDemo [--jdbc-url");
            assertThat(run.out).isEmpty();
        }
    }

    private static long count(String schema, String table) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + schema + "." + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private record Run(int status, String out, String err) {
        static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = PortalDemo.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        String firstLine() {
            return out.lines().findFirst().orElse("");
        }

        /**
         * The transcript after its first line, but for the certificate's code (random on every run) and the
         * temporary folder the documents go to (new on every run).
         */
        String rest() {
            return out.substring(out.indexOf('\n') + 1).replaceAll("verification code [0-9A-Z-]+", "verification code ?")
                    .replaceAll(DocumentsStory.FOLDER_PREFIX + "[^/\\\\]+", DocumentsStory.FOLDER_PREFIX + "?");
        }

        /** The PDF files the transcript says it wrote. */
        List<Path> writtenPdfs() {
            return out.lines().filter(line -> line.contains(" -> ") && line.endsWith(".pdf"))
                    .map(line -> Path.of(line.substring(line.lastIndexOf(" -> ") + 4))).toList();
        }
    }
}
