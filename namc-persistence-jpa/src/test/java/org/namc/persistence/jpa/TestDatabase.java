package org.namc.persistence.jpa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostgreSQL + PostGIS server the persistence tests run on, resolved once per JVM:
 * {@code NAMC_TEST_JDBC_URL} when set, else a Testcontainers {@code postgis/postgis} container
 * when Docker is available, else a failure that says how to provide one. Never an in-memory
 * stand-in: the schema uses PostgreSQL enums, arrays, jsonb, PostGIS and partitioning.
 */
public final class TestDatabase {
    static final String URL_VARIABLE = "NAMC_TEST_JDBC_URL";
    static final String IMAGE_VARIABLE = "NAMC_TEST_POSTGIS_IMAGE";
    /** No arm64 build of this image exists; set NAMC_TEST_POSTGIS_IMAGE on such machines. */
    static final String DEFAULT_IMAGE = "postgis/postgis:15-3.4";

    private static @Nullable String jdbcUrl;

    private TestDatabase() {
    }

    /** A {@code jdbc:postgresql:} URL carrying user and password. */
    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            jdbcUrl = resolve();
        }
        return jdbcUrl;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    private static String resolve() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return startContainer();
        }
        throw new IllegalStateException("The persistence tests need PostgreSQL 15 with PostGIS. Either set "
                + URL_VARIABLE + "=jdbc:postgresql://HOST:PORT/DB?user=USER&password=PASSWORD (scripts/setup-postgres.sh"
                + " installs and starts one locally and prints that line), or start Docker so that Testcontainers can run "
                + DEFAULT_IMAGE + " (" + IMAGE_VARIABLE + " names another image).");
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers removes it afterwards
    private static String startContainer() {
        String image = System.getenv().getOrDefault(IMAGE_VARIABLE, DEFAULT_IMAGE);
        PostgreSQLContainer container = new PostgreSQLContainer(
                DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
        container.start();
        String url = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                + "user=" + container.getUsername() + "&password=" + container.getPassword();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("the container " + image + " has no usable PostGIS", e);
        }
        return url;
    }
}
