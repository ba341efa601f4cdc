package org.namc.persistence.jpa.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.query.NativeQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.projects.domain.ProjectFilter;
import org.namc.projects.domain.ProjectQuery;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.projects.domain.Radius;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.PageRequest;

/**
 * On 50,000 published projects the search's full-text, radius and skills conditions run on
 * their GIN and GiST indexes: the plans PostgreSQL chooses for the adapter's own SQL name them.
 */
class ProjectSearchPlanTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Pattern INDEX_NAME = Pattern.compile("\"Index Name\"\\s*:\\s*\"([^\"]+)\"");

    @BeforeAll
    static void fiftyThousandProjects() throws SQLException {
        db.truncateAll();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            // Every project is published and open, so only the tested condition is selective: one
            // in a thousand is about geothermal wells, one in 500 asks for each skill, and the
            // sites spread over California (about 9.5 by 10 degrees).
            statement.execute("""
                    insert into %s.projects (title, description, category, status, visibility, deadline_date,
                                             published_at, coordinates, skills_required, keywords, organization)
                    select 'Project ' || i || case when i %% 1000 = 0 then ' geothermal wells' else ' site works' end,
                           'Grading, utilities and paving for site ' || i, 'GENERAL_CONSTRUCTION', 'PUBLISHED',
                           'PUBLIC', timestamptz '2027-01-01' + i * interval '1 minute',
                           timestamptz '2026-01-01' + i * interval '1 minute',
                           cast(ST_SetSRID(ST_MakePoint(-124 + (i * 7919 %% 10000) / 1000.0,
                                                        32.5 + (i * 104729 %% 9500) / 1000.0), 4326) as geography),
                           array['skill ' || (i %% 500), 'general'], array['county ' || (i %% 58)],
                           'Agency ' || (i %% 300)
                    from generate_series(cast(1 as bigint), 50000) as i""".formatted(db.schema()));
            statement.execute("analyze " + db.schema() + ".projects");
        }
    }

    @Test
    void fullTextUsesTheSearchVectorIndex() {
        assertThat(indexesUsedBy(ProjectFilter.text("geothermal"))).contains("idx_projects_search");
    }

    @Test
    void aRadiusUsesTheLocationIndex() {
        assertThat(indexesUsedBy(ProjectFilter.ANY.within(Radius.around(GeoPoint.of(37.8, -122.27), 5))))
                .contains("idx_projects_location");
    }

    @Test
    void skillsAnyAndAllUseTheSkillsIndex() {
        assertThat(indexesUsedBy(ProjectFilter.ANY.withAnySkill("skill 7", "skill 8")))
                .contains("idx_projects_skills");
        assertThat(indexesUsedBy(ProjectFilter.ANY.withAllSkills("skill 7", "general")))
                .contains("idx_projects_skills");
    }

    private static Set<String> indexesUsedBy(ProjectFilter filter) {
        ProjectSearchSql sql = new ProjectSearchSql(ProjectQuery.of(filter, EnumSet.allOf(ProjectVisibility.class),
                NOW));
        JpaTransactions transactions = (JpaTransactions) db.persistence().transactions();
        String plan = transactions.withEntityManager(em -> (String) sql.bind(em.createNativeQuery(
                        "explain (format json) " + sql.page()))
                .setParameter("limit", PageRequest.first(20).size())
                .setParameter("offset", 0L)
                .unwrap(NativeQuery.class)
                .addScalar("QUERY PLAN", String.class)
                .getSingleResult());
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = INDEX_NAME.matcher(plan);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
