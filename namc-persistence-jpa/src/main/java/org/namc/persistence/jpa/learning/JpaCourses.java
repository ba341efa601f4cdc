package org.namc.persistence.jpa.learning;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.namc.learning.domain.Course;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseQuery;
import org.namc.learning.spi.Courses;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Courses in {@code courses}, {@code course_modules} and {@code lessons}. A course is read
 * whole in two statements (the courses with their modules, then those modules' lessons), and a
 * catalogue page in four, however many courses, modules and lessons it holds.
 *
 * <p>Concurrency: a save bumps the course row's version with a conditional update
 * ({@code ... where version = :read}) before it touches any module or lesson. The update locks
 * the row until the unit ends, so concurrent saves of one course queue up, and the later one
 * finds the version moved on and fails with {@code CONFLICT}.
 */
public final class JpaCourses implements Courses {
    private final JpaTransactions transactions;
    private final String schema;

    /** @param schema the library's schema, already validated as a plain lower-case identifier */
    public JpaCourses(JpaTransactions transactions, String schema) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    @Override
    public Course save(Course course) {
        return transactions.withEntityManager(em -> {
            int bumped = em.createQuery("""
                            update CourseJpaEntity c set c.version = c.version + 1
                            where c.id = :id and c.version = :read and c.deletedAt is null""")
                    .setParameter("id", course.id().value())
                    .setParameter("read", course.rowVersion())
                    .executeUpdate();
            if (bumped == 0) {
                return insert(em, course);
            }
            CourseJpaEntity stored = load(em, List.of(course.id().value())).get(0);
            CourseMapper.copyInto(course, stored);
            RowWrites.flush(em);
            stored.version = course.rowVersion() + 1;
            return course.atRowVersion(stored.version);
        });
    }

    @Override
    public Optional<Course> findById(CourseId id) {
        return transactions.withEntityManager(em ->
                load(em, List.of(id.value())).stream().findFirst().map(CourseMapper::toDomain));
    }

    @Override
    public Page<Course> search(CourseQuery query, PageRequest page) {
        return transactions.withEntityManager(em -> {
            CourseSearch search = CourseSearch.of(query, schema);
            long total = ((Number) search.bind(em.createNativeQuery(search.countSql())).getSingleResult())
                    .longValue();
            @SuppressWarnings("unchecked")
            List<UUID> ids = search.bind(em.createNativeQuery(search.pageSql(), UUID.class))
                    .setFirstResult(Math.toIntExact(page.offset()))
                    .setMaxResults(page.size())
                    .getResultList();
            Map<UUID, CourseJpaEntity> loaded = load(em, ids).stream()
                    .collect(Collectors.toMap(c -> c.id, Function.identity()));
            List<Course> courses = ids.stream().map(loaded::get).map(CourseMapper::toDomain).toList();
            return new Page<>(courses, page, total);
        });
    }

    private Course insert(EntityManager em, Course course) {
        CourseJpaEntity existing = em.find(CourseJpaEntity.class, course.id().value());
        if (existing != null) {
            throw RowWrites.stale("course " + course.id(), course.rowVersion());
        }
        em.persist(CourseMapper.newEntity(course));
        RowWrites.flush(em);
        return course.atRowVersion(0);
    }

    /** The live courses among {@code ids} with their modules and lessons, in two statements. */
    private static List<CourseJpaEntity> load(EntityManager em, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CourseJpaEntity> courses = em.createQuery("""
                        select c from CourseJpaEntity c left join fetch c.modules
                        where c.id in :ids and c.deletedAt is null""", CourseJpaEntity.class)
                .setParameter("ids", ids)
                .getResultList();
        if (!courses.isEmpty()) {
            em.createQuery("select m from ModuleJpaEntity m left join fetch m.lessons where m.course in :courses",
                            ModuleJpaEntity.class)
                    .setParameter("courses", courses)
                    .getResultList();
        }
        return new ArrayList<>(courses);
    }
}
