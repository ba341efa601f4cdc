package org.namc.testing.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseQuery;
import org.namc.learning.spi.Courses;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Courses in memory, with the same row-version check as the database. */
public final class InMemoryCourses implements Courses {
    private static final Comparator<Course> BY_TITLE = Comparator
            .comparing((Course c) -> c.details().title().toLowerCase(Locale.ROOT))
            .thenComparing(c -> c.id().value());

    private final InMemoryTable<CourseId, Course> table;

    public InMemoryCourses(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Course save(Course course) {
        Optional<Course> stored = table.get(course.id());
        long next = InMemoryTable.nextVersion(stored, course.rowVersion(), Course::rowVersion, "course " + course.id());
        Course saved = course.atRowVersion(next);
        table.put(course.id(), saved);
        return saved;
    }

    @Override
    public Optional<Course> findById(CourseId id) {
        return table.get(id);
    }

    @Override
    public Page<Course> search(CourseQuery query, PageRequest page) {
        List<Course> found = table.where(query::matches);
        found.sort(BY_TITLE);
        return Page.slice(found, page);
    }
}
