package org.namc.persistence.jpa.learning;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.namc.learning.domain.CourseQuery;

/**
 * {@link CourseQuery#matches} as SQL over {@code courses}: only the filters the query sets
 * become conditions, so every one binds a typed value and no condition reads
 * {@code :x is null or ...}, which keeps the partial catalogue indexes usable.
 */
final class CourseSearch {
    private final String schema;
    private final List<String> conditions;
    private final Map<String, Object> parameters;

    private CourseSearch(String schema, List<String> conditions, Map<String, Object> parameters) {
        this.schema = schema;
        this.conditions = conditions;
        this.parameters = parameters;
    }

    static CourseSearch of(CourseQuery query, String schema) {
        List<String> conditions = new ArrayList<>(List.of("deleted_at is null"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.publishedOnly()) {
            conditions.add("is_published");
        }
        if (query.level() != null) {
            conditions.add("level = cast(:level as " + schema + ".course_level_enum)");
            parameters.put("level", query.level().name());
        }
        if (query.category() != null) {
            conditions.add("lower(category) = lower(:category)");
            parameters.put("category", query.category().strip());
        }
        if (query.tag() != null) {
            conditions.add("cast(:tag as text) = any(tags)");
            parameters.put("tag", query.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (query.free() != null) {
            conditions.add("is_free = :free");
            parameters.put("free", query.free());
        }
        if (query.owner() != null) {
            conditions.add("created_by = :owner");
            parameters.put("owner", query.owner().value());
        }
        return new CourseSearch(schema, conditions, parameters);
    }

    String countSql() {
        return "select count(*) from " + from();
    }

    /** By title as the core compares it (lower case, then code point order), then id. */
    String pageSql() {
        return "select id from " + from() + " order by lower(title) collate \"C\", id";
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private String from() {
        return schema + ".courses where " + String.join(" and ", conditions);
    }
}
