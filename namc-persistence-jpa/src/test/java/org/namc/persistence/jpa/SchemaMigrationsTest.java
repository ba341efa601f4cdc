package org.namc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.domain.ItemKind;
import org.namc.billing.domain.NumberSeries;
import org.namc.membership.domain.MemberType;
import org.namc.membership.domain.TokenPurpose;
import org.namc.membership.domain.TwoFactor;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.shared.domain.Actor;

/** The migrations against a real PostgreSQL: what they create, that they re-run as a no-op, and that Hibernate agrees. */
class SchemaMigrationsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final List<String> SEED_TABLES = List.of(
            "ai_feedback", "ai_models", "assessment_submissions", "assessments", "audit_logs", "audit_logs_archive",
            "certificates", "course_enrollments", "course_modules", "courses", "event_registrations", "events",
            "invoices", "lesson_progress", "lessons", "membership_tiers", "messages", "notification_templates",
            "notifications", "payments", "permissions", "project_applications", "projects", "role_permissions",
            "roles", "security_tokens", "subscriptions", "user_roles", "users");

    /** What the domain holds beyond the seed; each is listed in docs/schema-deviations.md. */
    private static final List<String> ADDED_TABLES = List.of(
            "access_changes", "billing_accounts", "contractor_qualifications", "covered_periods", "credit_notes",
            "invoice_number_counters", "member_blocks", "notification_delivery_preferences", "notification_outbox",
            "notification_push_subscriptions", "payment_gateway_events", "role_inclusions");

    private static final List<String> ENUM_TYPES = List.of(
            "ai_model_type_enum", "application_decision_enum", "application_status_enum", "assessment_type_enum",
            "attempt_status_enum", "audit_actor_kind_enum", "audit_severity_enum", "billing_interval_enum",
            "course_level_enum", "enrollment_status_enum", "event_category_enum", "event_location_type_enum",
            "event_status_enum", "event_visibility_enum", "invoice_purpose_enum", "invoice_status_enum",
            "lesson_type_enum", "member_type_enum", "message_priority_enum", "message_type_enum",
            "notification_channel_enum", "notification_priority_enum", "notification_type_enum",
            "number_series_enum", "outbox_status_enum", "overdue_policy_enum", "payment_method_enum",
            "payment_status_enum", "payment_type_enum", "project_category_enum", "project_priority_enum",
            "project_status_enum", "project_visibility_enum", "purchasable_kind_enum", "registration_status_enum",
            "submission_timing_enum", "subscription_status_enum", "token_purpose_enum", "two_factor_state_enum");

    @BeforeEach
    void emptyTables() {
        db.truncateAll();
    }

    @Test
    void createsEverySeedTableInTheLibrarysSchemaNextToItsOwnHistoryTable() throws SQLException {
        assertThat(strings("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition order by 1"""))
                .containsExactlyElementsOf(withHistory(SEED_TABLES, ADDED_TABLES));
        // Every shipped migration applied, none failed.
        assertThat(strings("select success::text from " + db.schema() + ".namc_schema_history where version is not null"))
                .hasSize(migrationScripts()).containsOnly("true");
    }

    @Test
    void definesTheDomainsEnumsWithTheDomainsValues() throws SQLException {
        assertThat(enumValues("member_type_enum")).containsExactlyElementsOf(names(MemberType.values()));
        assertThat(enumValues("token_purpose_enum")).containsExactlyElementsOf(names(TokenPurpose.values()));
        assertThat(enumValues("two_factor_state_enum")).containsExactlyElementsOf(names(TwoFactor.State.values()));
        assertThat(enumValues("audit_actor_kind_enum")).containsExactlyElementsOf(names(Actor.Kind.values()));
        assertThat(enumValues("outbox_status_enum")).containsExactlyElementsOf(names(OutboxEntry.Status.values()));
        assertThat(enumValues("billing_interval_enum")).containsExactlyElementsOf(names(BillingInterval.values()));
        assertThat(enumValues("number_series_enum")).containsExactlyElementsOf(names(NumberSeries.values()));
        assertThat(enumValues("purchasable_kind_enum")).containsExactlyElementsOf(names(ItemKind.values()));
        assertThat(strings("""
                select t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
                where n.nspname = ? and t.typtype = 'e' order by 1""")).containsExactlyElementsOf(ENUM_TYPES);
    }

    @Test
    void leavesPostGisInPublic() throws SQLException {
        assertThat(strings("""
                select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                where e.extname = 'postgis' and n.nspname <> ?""")).containsExactly("public");
    }

    @Test
    void reRunningTheMigrationsChangesNothing() throws SQLException {
        String applied = "select version from " + db.schema() + ".namc_schema_history where version is not null"
                + " order by installed_rank";
        List<String> before = strings(applied);
        try (HikariDataSource pool = PooledDataSources.create(TestDatabase.jdbcUrl(), db.schema())) {
            assertThat(SchemaMigrations.migrate(pool, db.schema()).migrationsExecuted).isZero();
        }
        try (JpaPersistence again = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl()).schema(db.schema())
                .build()) {
            assertThat(again.members().findByEmail(org.namc.shared.domain.EmailAddress.of("x@example.org"))).isEmpty();
        }
        assertThat(strings(applied)).isEqualTo(before);
    }

    @Test
    void hibernateValidationRejectsASchemaThatDisagreesWithTheEntities() throws SQLException {
        String schema = TestSchema.uniqueName(getClass()) + "_bad";
        try {
            try (HikariDataSource pool = PooledDataSources.create(TestDatabase.jdbcUrl(), schema)) {
                SchemaMigrations.migrate(pool, schema);
            }
            execute("ALTER TABLE " + schema + ".users DROP COLUMN twitter");

            assertThatThrownBy(() -> JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl()).schema(schema).build())
                    .hasStackTraceContaining("twitter");
        } finally {
            TestSchema.dropSchema(schema);
        }
    }

    @Test
    void theSearchVectorWeighsTitleDescriptionKeywordsAndOrganisation() throws SQLException {
        String s = db.schema();
        execute("INSERT INTO " + s + ".projects (id, title, description, category, keywords, organization) VALUES "
                + "('00000000-0000-7000-8000-0000000000a1', 'Solar canopy', 'Carport installation', 'ELECTRICAL', "
                + "'{photovoltaic}', 'Caltrans')");
        // Weight D is PostgreSQL's default and prints without its letter.
        assertThat(searchVector()).isEqualTo("'caltran':6 'canopi':2A 'carport':3B 'instal':4B 'photovolta':5C 'solar':1A");

        execute("UPDATE " + s + ".projects SET description = 'Roof repairs' WHERE id = '00000000-0000-7000-8000-0000000000a1'");
        assertThat(searchVector()).contains("'roof':3B").doesNotContain("carport");
        assertThat(strings("SELECT title FROM " + s + ".projects WHERE search_vector @@ websearch_to_tsquery('english', 'roof repair')"))
                .containsExactly("Solar canopy");
    }

    @Test
    void applicationRowsLeaveTheCountToTheSlotUpdates() throws SQLException {
        String s = db.schema();
        execute("INSERT INTO " + s + ".users (id, email, password_hash, first_name, last_name) VALUES "
                + "('00000000-0000-7000-8000-0000000000b1', 'a@example.org', 'h', 'A', 'A'), "
                + "('00000000-0000-7000-8000-0000000000b2', 'b@example.org', 'h', 'B', 'B')");
        execute("INSERT INTO " + s + ".projects (id, title, description, category, max_applications) VALUES "
                + "('00000000-0000-7000-8000-0000000000b3', 'Depot', 'Paving', 'CONCRETE', 1)");
        String apply = "INSERT INTO " + s + ".project_applications (project_id, user_id, proposal, "
                + "experience_description, timeline_description) VALUES ('00000000-0000-7000-8000-0000000000b3', '%s', "
                + "'p', 'e', 't')";
        execute(apply.formatted("00000000-0000-7000-8000-0000000000b1"));
        execute(apply.formatted("00000000-0000-7000-8000-0000000000b2"));

        // V14: Projects.takeApplicationSlot owns application_count (a withdrawn application keeps its row).
        assertThat(strings("SELECT application_count::text FROM " + s + ".projects")).containsExactly("0");
    }

    private static String searchVector() throws SQLException {
        return strings("SELECT search_vector::text FROM " + db.schema() + ".projects").get(0);
    }

    /** Every versioned script the library ships, so that a new migration needs no change here. */
    private static int migrationScripts() {
        try (Stream<Path> scripts = Files.list(
                Path.of(SchemaMigrationsTest.class.getResource("/db/migration/namc").toURI()))) {
            return (int) scripts.filter(p -> p.getFileName().toString().matches("V[0-9.]+__.+\\.sql")).count();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the migration scripts", e);
        }
    }

    private static List<String> withHistory(List<String> seed, List<String> added) {
        List<String> all = new ArrayList<>(seed);
        all.addAll(added);
        all.add("namc_schema_history");
        all.sort(null);
        return all;
    }

    private static List<String> enumValues(String type) throws SQLException {
        return strings("SELECT unnest(enum_range(NULL::" + db.schema() + "." + type + "))::text WHERE ? IS NOT NULL");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The first column of every row; a single {@code ?} in the query is bound to the schema name. */
    static List<String> strings(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                query.setString(1, db.schema());
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
