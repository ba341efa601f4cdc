package org.namc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A JDBC URL's password reaches the database and nothing else: not the log of a start (Hibernate
 * prints the URL at INFO, pgjdbc at FINE), not the exception of a start that fails.
 */
class CredentialsOutOfLogsTest {
    private static final String SECRET = "Zebra-Quartz-9731";

    @Test
    void aStartLogsTheUrlWithoutThePassword() throws SQLException {
        JdbcUrl configured = JdbcUrl.parse(TestDatabase.jdbcUrl());
        // The real password written as %-escapes only: a token no log line contains by chance.
        String escapedPassword = percentEscaped(configured.password().orElse(SECRET));
        String url = withParameters(configured.withoutCredentials(),
                "user=" + configured.user().orElse("postgres") + "&password=" + escapedPassword);
        String schema = TestSchema.uniqueName(getClass());
        try (LogCapture log = LogCapture.start()) {
            JpaPersistence.builder().jdbcUrl(url).schema(schema).auditPartitionMonthsAhead(0).build().close();

            assertThat(log.text()).contains("jdbc:postgresql://").doesNotContain(escapedPassword)
                    .doesNotContainIgnoringCase("password=");
        } finally {
            TestSchema.dropSchema(schema);
        }
    }

    @Test
    void refusedUrlsDoNotQuoteThePassword() {
        String[] refused = {
            TestDatabase.jdbcUrl().replaceFirst("password=[^&]*", "password=" + SECRET), // wrong password
            "jdbc:postgresql://localhost:no-port/db?user=namc&password=" + SECRET,       // the driver refuses it
            "jdbc:postgresql://namc:" + SECRET + "@localhost/db",
            "jdbc:postgresql://localhost/db?sslpassword=" + SECRET,
            "jdbc:postgresql://localhost/db?password=%zz" + SECRET,
        };
        for (String url : refused) {
            try (LogCapture log = LogCapture.start()) {
                Throwable failure = catchThrowable(() -> JpaPersistence.builder().jdbcUrl(url).build());

                assertThat(failure).as(url).isNotNull();
                assertThat(LogCapture.stackTrace(failure)).as(url).doesNotContain(SECRET);
                assertThat(log.text()).as(url).doesNotContain(SECRET);
            }
        }
        Throwable replicaFailure = catchThrowable(() -> JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl())
                .readReplicaJdbcUrl("jdbc:postgresql://localhost/db?sslpassword=" + SECRET).build());
        assertThat(LogCapture.stackTrace(replicaFailure)).contains("sslpassword").doesNotContain(SECRET);
    }

    @Test
    void splitsTheCredentialsOffTheUrlAsTheDriverWouldReadThem() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db:5432/portal?ssl=true&user=portal&password=p%40ss+w%C3%B6rd"
                + "&ApplicationName=shop");

        assertThat(url.withoutCredentials()).isEqualTo("jdbc:postgresql://db:5432/portal?ssl=true&ApplicationName=shop");
        assertThat(url.user()).contains("portal");
        assertThat(url.password()).contains("p@ss wörd");
        assertThat(url).hasToString("jdbc:postgresql://db:5432/portal?ssl=true&ApplicationName=shop (user portal)");
        assertThat(JdbcUrl.parse("jdbc:postgresql://db/portal?password=x").withoutCredentials())
                .isEqualTo("jdbc:postgresql://db/portal");
    }

    private static String percentEscaped(String text) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            escaped.append(String.format("%%%02X", b & 0xFF));
        }
        return escaped.toString();
    }

    private static String withParameters(String url, String parameters) {
        return url + (url.contains("?") ? "&" : "?") + parameters;
    }
}
