package org.namc.persistence.jpa.operations;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code scripts/pg-clusters.sh}, which starts, stops and restores the test clusters beside
 * 15/main (a streaming replica, a WAL-archiving cluster and its restored copy), and reads the
 * URLs of those clusters from the environment {@code scripts/test-all.sh} sets.
 */
final class ClusterScript {
    static final String REPLICA_URL = "NAMC_TEST_REPLICA_JDBC_URL";
    static final String PITR_URL = "NAMC_TEST_PITR_JDBC_URL";
    private static final Pattern URL_PARTS = Pattern.compile(
            "jdbc:postgresql://[^/]+/([A-Za-z0-9_]+)\\?user=([A-Za-z0-9_]+)&password=([^&]+)");

    private ClusterScript() {
    }

    /** The URL in {@code variable}; the test is skipped, saying how to get one, when it is not set. */
    static String urlOrSkip(String variable) {
        String url = System.getenv(variable);
        assumeTrue(url != null && !url.isBlank(), variable + " is not set: scripts/test-all.sh sets it, or run"
                + " scripts/pg-clusters.sh (as root or with sudo) and export the line it prints");
        return url.strip();
    }

    /** Runs the script with {@code arguments}; returns its standard output, or fails with its error output. */
    static String run(String... arguments) {
        return run(Map.of(), arguments);
    }

    /**
     * Runs the script for the database, user and password of {@code url} (the script's
     * {@code NAMC_DB_*} settings), so that the URLs it prints name the same database.
     */
    static String runFor(String url, String... arguments) {
        Matcher parts = URL_PARTS.matcher(url);
        if (!parts.matches()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/db?user=..&password=.., got another URL");
        }
        return run(Map.of("NAMC_DB_NAME", parts.group(1), "NAMC_DB_USER", parts.group(2),
                "NAMC_DB_PASSWORD", parts.group(3)), arguments);
    }

    private static String run(Map<String, String> environment, String... arguments) {
        Path script = Path.of("..", "scripts", "pg-clusters.sh").toAbsolutePath().normalize();
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException(script + " is missing or not executable");
        }
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        try {
            Path errors = Files.createTempFile("pg-clusters", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(errors));
                }
                return output;
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }

    /** The value of the {@code NAME=value} line {@code output} ends with. */
    static String printedValue(String output, String name) {
        String[] lines = output.strip().split("\n");
        String last = lines[lines.length - 1];
        if (!last.startsWith(name + "=")) {
            throw new IllegalStateException("expected a line " + name + "=..., got: " + last);
        }
        return last.substring(name.length() + 1);
    }
}
