package org.namc.persistence.jpa;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;
import org.namc.persistence.jpa.access.AccessEntities;
import org.namc.persistence.jpa.audit.AuditEntities;
import org.namc.persistence.jpa.billing.BillingEntities;
import org.namc.persistence.jpa.events.EventsEntities;
import org.namc.persistence.jpa.insights.InsightsEntities;
import org.namc.persistence.jpa.learning.LearningEntities;
import org.namc.persistence.jpa.membership.MembershipEntities;
import org.namc.persistence.jpa.messaging.MessagingEntities;
import org.namc.persistence.jpa.notifications.NotificationEntities;
import org.namc.persistence.jpa.projects.ProjectEntities;

/**
 * Builds the entity manager factory with JPA 3.2's programmatic configuration, no framework
 * and no persistence.xml. Hibernate also reads system properties and a {@code hibernate.properties}
 * on the classpath, so every setting the library depends on is set here explicitly.
 */
final class EntityManagerFactories {
    static final String PERSISTENCE_UNIT = "namc";

    private EntityManagerFactories() {
    }

    static EntityManagerFactory create(DataSource dataSource, String schema, boolean collectStatistics) {
        return create(dataSource, schema, collectStatistics, Action.VALIDATE);
    }

    /**
     * For a read replica: the same model without schema validation. The primary's validation
     * covers the mapping, and a replica may replay a migration the primary just ran a moment
     * later, which must not fail the start. Nor must a replica that is down at start: Hibernate
     * takes what it would read from the connection's metadata from the dialect instead.
     */
    static EntityManagerFactory createForReplica(DataSource dataSource, String schema, boolean collectStatistics) {
        return create(dataSource, schema, collectStatistics, Action.NONE, false);
    }

    private static EntityManagerFactory create(DataSource dataSource, String schema, boolean collectStatistics,
            Action schemaAction) {
        return create(dataSource, schema, collectStatistics, schemaAction, true);
    }

    private static EntityManagerFactory create(DataSource dataSource, String schema, boolean collectStatistics,
            Action schemaAction, boolean connectAtBoot) {
        List<Class<?>> entities = new ArrayList<>();
        entities.addAll(MembershipEntities.classes());
        entities.addAll(AuditEntities.classes());
        entities.addAll(AccessEntities.classes());
        entities.addAll(InsightsEntities.classes());
        entities.addAll(ProjectEntities.classes());
        entities.addAll(LearningEntities.classes());
        entities.addAll(BillingEntities.classes());
        entities.addAll(EventsEntities.classes());
        entities.addAll(MessagingEntities.classes());
        entities.addAll(NotificationEntities.classes());
        return new HibernatePersistenceConfiguration(PERSISTENCE_UNIT)
                .managedClasses(entities)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.DIALECT, PostgreSQLDialect.class.getName())
                .property(AvailableSettings.ALLOW_METADATA_ON_BOOT, connectAtBoot)
                .defaultSchema(schema)
                // Flyway owns the schema; Hibernate only checks that the mapping agrees with it. The
                // JPA key outranks hbm2ddl.auto, so it is pinned too: no other source of settings may
                // name an action that drops and recreates the library's tables.
                .schemaToolingAction(schemaAction)
                .property(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, schemaAction)
                .property(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "none")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.JSON_FORMAT_MAPPER, new JacksonJsonFormatMapper(jsonMapper()))
                .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .property(AvailableSettings.PHYSICAL_NAMING_STRATEGY, PhysicalNamingStrategyStandardImpl.class.getName())
                .property(AvailableSettings.IMPLICIT_NAMING_STRATEGY,
                        ImplicitNamingStrategyJpaCompliantImpl.class.getName())
                .property(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS, false)
                .property(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, false)
                .property(AvailableSettings.FAIL_ON_PAGINATION_OVER_COLLECTION_FETCH, true)
                .property(AvailableSettings.USE_SECOND_LEVEL_CACHE, false)
                .property(AvailableSettings.USE_QUERY_CACHE, false)
                .sharedCacheMode(SharedCacheMode.NONE)
                // The core validates its commands; the adapter must not pick up a host's Bean Validation.
                .validationMode(ValidationMode.NONE)
                .showSql(false, false, false)
                .collectStatistics(collectStatistics)
                .createEntityManagerFactory();
    }

    /**
     * The JSON mapper for jsonb columns: snake_case keys as in the seed, tolerant of keys that
     * other writers added, and independent of any ObjectMapper the host configures.
     */
    static ObjectMapper jsonMapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }
}
