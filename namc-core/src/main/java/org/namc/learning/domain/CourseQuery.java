package org.namc.learning.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * A catalogue filter; {@code null} fields do not filter. {@link #matches} is the meaning every
 * store implements.
 *
 * @param publishedOnly only published courses
 * @param tag           courses carrying this tag (compared in canonical form)
 * @param free          free ({@code true}) or paid ({@code false}) courses only
 * @param owner         courses this instructor owns
 */
public record CourseQuery(boolean publishedOnly, @Nullable CourseLevel level, @Nullable String category,
                          @Nullable String tag, @Nullable Boolean free, @Nullable MemberId owner) {

    public static CourseQuery catalogue() {
        return new CourseQuery(true, null, null, null, null, null);
    }

    public static CourseQuery ownedBy(MemberId owner) {
        return new CourseQuery(false, null, null, null, null, owner);
    }

    public CourseQuery withTag(@Nullable String newTag) {
        return new CourseQuery(publishedOnly, level, category, newTag, free, owner);
    }

    public CourseQuery withLevel(@Nullable CourseLevel newLevel) {
        return new CourseQuery(publishedOnly, newLevel, category, tag, free, owner);
    }

    public CourseQuery freeOnly(@Nullable Boolean onlyFree) {
        return new CourseQuery(publishedOnly, level, category, tag, onlyFree, owner);
    }

    public boolean matches(Course course) {
        CourseDetails d = course.details();
        return (!publishedOnly || course.isPublished())
                && (level == null || d.level() == level)
                && (category == null || d.category().equalsIgnoreCase(category.strip()))
                && (tag == null || d.tags().contains(tag.strip().toLowerCase(Locale.ROOT)))
                && (free == null || d.isFree() == free)
                && (owner == null || owner.equals(course.ownerId()));
    }
}
