package org.namc.persistence.jpa;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the library's schema up to date with the migrations in {@value #LOCATION}. The schema
 * and the history table ({@value #HISTORY_TABLE}) are the library's own, so a host application's
 * Flyway, with its default history table in its own schema, never sees them.
 */
final class SchemaMigrations {
    static final String LOCATION = "classpath:db/migration/namc";
    static final String HISTORY_TABLE = "namc_schema_history";

    private SchemaMigrations() {
    }

    static MigrateResult migrate(DataSource dataSource, String schema) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .baselineOnMigrate(false)
                .outOfOrder(false)
                .cleanDisabled(true)
                .load()
                .migrate();
    }
}
