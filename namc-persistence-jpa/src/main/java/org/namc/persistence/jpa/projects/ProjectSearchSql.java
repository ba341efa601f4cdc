package org.namc.persistence.jpa.projects;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.BudgetRange;
import org.namc.projects.domain.ProjectFilter;
import org.namc.projects.domain.ProjectQuery;
import org.namc.projects.domain.Radius;
import org.namc.shared.domain.Money;

/**
 * The SQL of one {@link ProjectQuery}: the WHERE clause {@link ProjectQuery#admits} states, with
 * the operators the seed's indexes serve ({@code @@} on the GIN search vector, {@code ST_DWithin}
 * on the GiST coordinates, on the sphere {@link Radius#covers} measures on, {@code &&} and
 * {@code @>} on the GIN skills), and the relevance.
 */
final class ProjectSearchSql {
    private static final String TEXT_QUERY = "websearch_to_tsquery('english', cast(:text as text))";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String relevance;

    ProjectSearchSql(ProjectQuery query) {
        ProjectFilter filter = query.filter();
        conditions.add("p.deleted_at is null and p.status = 'PUBLISHED'");
        where("p.visibility = any(cast(:visibilities as {h-schema}project_visibility_enum[]))", "visibilities",
                query.visibleTo().stream().map(Enum::name).toArray(String[]::new));
        where("p.deadline_date > :deadlineAfter", "deadlineAfter", query.deadlineAfter());
        if (!filter.categories().isEmpty()) {
            // Compared as the enum, so that idx_projects_category (category, status) can serve it.
            where("p.category = any(cast(:categories as {h-schema}project_category_enum[]))", "categories",
                    filter.categories().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.budget() != null) {
            budget(filter.budget());
        }
        if (filter.radius() != null) {
            radius(filter.radius());
        }
        if (!filter.skillsAny().isEmpty()) {
            where("p.skills_required && cast(:skillsAny as text[])", "skillsAny",
                    filter.skillsAny().toArray(String[]::new));
        }
        if (!filter.skillsAll().isEmpty()) {
            where("p.skills_required @> cast(:skillsAll as text[])", "skillsAll",
                    filter.skillsAll().toArray(String[]::new));
        }
        if (filter.text() != null) {
            where("p.search_vector @@ " + TEXT_QUERY, "text", filter.text());
            relevance = "cast(ts_rank_cd(p.search_vector, " + TEXT_QUERY + ") as double precision)";
        } else {
            relevance = "cast(0 as double precision)";
        }
    }

    /** One page of ids with relevance and the total of all hits (repeated on every row). */
    String page() {
        return "select p.id, " + relevance + " as relevance, count(*) over () as total from {h-schema}projects p"
                + " where " + String.join(" and ", conditions)
                + " order by relevance desc, p.published_at desc nulls last, p.id limit :limit offset :offset";
    }

    /** The number of hits, for a page past the last one. */
    String count() {
        return "select count(*) from {h-schema}projects p where " + String.join(" and ", conditions);
    }

    Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * {@link BudgetRange#overlaps}: the project's interval runs from its minimum (zero when only a
     * maximum is known) to its maximum (open when only a minimum is known), or is the estimated
     * value alone; a project without amounts never overlaps. Amounts compare in one currency.
     */
    private void budget(BudgetRange range) {
        Money any = range.min() != null ? range.min() : range.max();
        where("p.currency = :currency", "currency", any == null ? "" : any.currency().getCurrencyCode());
        String low = "coalesce(p.budget_min, case when p.budget_max is not null then 0 end, p.estimated_value)";
        String high = "(case when p.budget_max is not null then p.budget_max"
                + " when p.budget_min is null then p.estimated_value end)";
        conditions.add(low + " is not null");
        if (range.max() != null) {
            where(low + " <= :budgetMax", "budgetMax", range.max().amount());
        }
        if (range.min() != null) {
            where("(" + high + " is null or " + high + " >= :budgetMin)", "budgetMin",
                    range.min().amount());
        }
    }

    private void radius(Radius radius) {
        conditions.add("p.coordinates is not null");
        where(SphereDistance.within("p.coordinates", ":latitude", ":longitude", ":meters"), "meters", radius.meters());
        parameters.put("longitude", radius.center().longitude());
        parameters.put("latitude", radius.center().latitude());
    }

    private void where(String condition, String name, @Nullable Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }
}
