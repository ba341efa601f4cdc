package org.namc.persistence.jpa.generator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.RequestContext;
import org.namc.membership.security.Pbkdf2PasswordHasher;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.audit.JpaAuditEntries;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

/**
 * Writes members, projects and audit entries into an empty schema of a {@link JpaPersistence}:
 * members and projects with set-based SQL on the server (ids derived from their number, so a
 * benchmark can name any of them: {@link #memberId(long)}, {@link #projectId(long)}), and the
 * audit trail through {@link JpaAuditEntries#appendAll} in batches, hash-chained exactly as the
 * portal writes it, so that {@code verifyChain} holds over the whole of it.
 *
 * <p>Members are verified, active, spread over the Bay Area with one to three of eight trades;
 * projects are published, in sixteen categories, within 100 km of San Francisco, with deadlines over
 * the next 90 days; audit entries are spread evenly over the two years before the clock's instant,
 * one member acting in each (logins, profile updates, applications, payments).
 */
public final class AssociationGenerator {
    private static final int AUDIT_BATCH = 5_000;
    private static final long ROW_CHUNK = 25_000;
    private static final String[] ACTIONS = {"member.log_in", "member.update_profile", "project.apply",
            "billing.pay_invoice", "event.register", "course.enroll"};
    private static final String[] RESOURCES = {"member", "member", "project", "invoice", "event", "course"};

    private final JpaPersistence persistence;
    private final Clock clock;

    public AssociationGenerator(JpaPersistence persistence, Clock clock) {
        this.persistence = Objects.requireNonNull(persistence, "persistence");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How much to write. */
    public record Scale(long members, long projects, long auditEntries) {
        /** The association the benchmarks run against. */
        public static final Scale FULL = new Scale(100_000, 1_000_000, 10_000_000);

        public Scale {
            if (members < 1 || projects < 0 || auditEntries < 0) {
                throw new IllegalArgumentException("at least one member, and no negative counts: " + members + ", "
                        + projects + ", " + auditEntries);
            }
        }
    }

    /** How long each part took. */
    public record Timings(Duration members, Duration projects, Duration auditEntries) {
        public Duration total() {
            return members.plus(projects).plus(auditEntries);
        }
    }

    public Timings generate(Scale scale) {
        long start = System.nanoTime();
        members(scale.members());
        long afterMembers = System.nanoTime();
        projects(scale.projects(), scale.members());
        long afterProjects = System.nanoTime();
        auditEntries(scale.auditEntries(), scale.members());
        long end = System.nanoTime();
        return new Timings(Duration.ofNanos(afterMembers - start), Duration.ofNanos(afterProjects - afterMembers),
                Duration.ofNanos(end - afterProjects));
    }

    /** The id of generated member {@code n} (from 1). */
    public static MemberId memberId(long n) {
        return new MemberId(md5Uuid("member-" + n));
    }

    /** The id of generated project {@code n} (from 1). */
    public static UUID projectId(long n) {
        return md5Uuid("project-" + n);
    }

    /** The UUID PostgreSQL's {@code md5(text)::uuid} gives: ids both sides derive from a number. */
    private static UUID md5Uuid(String name) {
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8)));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    private void members(long count) {
        // One real hash for all: generated members can log in with "generated passphrase".
        String hash = new Pbkdf2PasswordHasher(10_000, new SecureRandom()).hash(Secret.of("generated passphrase"))
                .encoded();
        insertInChunks("""
                insert into users (id, email, password_hash, first_name, last_name, company, email_verified_at,
                                   membership_expires_at, skills, address, coordinates, created_at, updated_at)
                select md5('member-' || g)::uuid,
                       'member' || g || '@firm.example', :hash,
                       (array['Ana','Ben','Chen','Dana','Eli','Farah','Gus','Hana'])[1 + g % 8],
                       (array['Lopez','Nguyen','Okafor','Patel','Quinn','Rossi','Singh','Tanaka'])[1 + (g / 8) % 8],
                       'Firm ' || (g % 5000),
                       cast(:now as timestamptz) - make_interval(days => (g % 700)::int),
                       cast(:now as timestamptz) + make_interval(days => (g % 365)::int),
                       string_to_array((array['electrical,hvac', 'plumbing', 'concrete,roofing,demolition',
                                              'landscaping', 'civil,concrete'])[1 + g % 5], ','),
                       jsonb_build_object('street', g || ' Market St', 'city', 'Oakland', 'state', 'CA',
                                          'postal_code', '94607', 'country', 'US'),
                       st_setsrid(st_makepoint(-122.5 + (g % 1000) / 1000.0, 37.2 + (g % 997) / 997.0), 4326)::geography,
                       cast(:now as timestamptz) - make_interval(days => (g % 700)::int), cast(:now as timestamptz)
                from generate_series(:first, :last) g""", count, Map.of("hash", hash));
    }

    private void projects(long count, long members) {
        insertInChunks("""
                insert into projects (id, title, description, category, status, visibility, published_at,
                                      coordinates, location, address, skills_required, deadline_date, budget_min, budget_max,
                                      currency, insurance_required, created_by, created_at, updated_at)
                select md5('project-' || g)::uuid,
                       'Project ' || g || ': ' || (array['school retrofit','bridge deck','transit station','clinic',
                              'water main','housing block','library','fire station'])[1 + g % 8],
                       'Scope of work number ' || g || ', prevailing wage, bonding per contract documents.',
                       (enum_range(null::project_category_enum))[1 + g % 16],
                       'PUBLISHED', 'PUBLIC', cast(:now as timestamptz) - make_interval(days => (g % 60)::int),
                       st_setsrid(st_makepoint(-122.4 + (g % 1009) / 1009.0 - 0.5, 37.7 + (g % 1013) / 1013.0 - 0.5), 4326)::geography,
                       'Bay Area', jsonb_build_object('street', g || ' Broadway', 'city', 'San Francisco',
                                                      'state', 'CA', 'postal_code', '94133', 'country', 'US'),
                       string_to_array((array['electrical', 'plumbing,hvac', 'concrete', 'roofing'])[1 + g % 4], ','),
                       cast(:now as timestamptz) + make_interval(days => (g % 90)::int),
                       1000 * (g % 500), 1000 * (g % 500) + 50000, 'USD', '[]',
                       md5('member-' || (1 + g % :members))::uuid,
                       cast(:now as timestamptz) - make_interval(days => (g % 60)::int), cast(:now as timestamptz)
                from generate_series(:first, :last) g""", count, Map.of("members", members));
    }

    private void auditEntries(long count, long members) {
        JpaAuditEntries trail = persistence.auditEntries();
        Instant end = clock.instant();
        Duration span = Duration.ofDays(730);
        AuditEntry previous = trail.head().orElse(null);
        List<AuditEntry> batch = new ArrayList<>(AUDIT_BATCH);
        for (long n = 1; n <= count; n++) {
            Instant at = end.minus(span).plusNanos(span.toNanos() / Math.max(1, count) * n);
            int kind = (int) (n % ACTIONS.length);
            MemberId actor = memberId(1 + n % members);
            AuditRecord record = new AuditRecord(at, Actor.member(actor), ACTIONS[kind], RESOURCES[kind],
                    kind < 2 ? actor.value().toString() : Long.toString(n % 100_000), AuditRecord.Outcome.SUCCESS,
                    null, kind == 1 ? Map.of("phone", new AuditRecord.Change(null, "redacted")) : Map.of());
            previous = AuditEntry.next(previous, new UUID(at.getEpochSecond(), n), record, List.of("MEMBER"),
                    RequestContext.NONE);
            batch.add(previous);
            if (batch.size() == AUDIT_BATCH || n == count) {
                trail.appendAll(batch);
                batch.clear();
            }
        }
    }

    /**
     * Runs {@code sql} for rows 1 to {@code rows} in chunks ({@code :first} to {@code :last}), one
     * transaction each: every statement stays well within the pool's statement timeout.
     */
    private void insertInChunks(String sql, long rows, Map<String, Object> parameters) {
        JpaTransactions transactions = (JpaTransactions) persistence.transactions();
        for (long first = 1; first <= rows; first += ROW_CHUNK) {
            long last = Math.min(rows, first + ROW_CHUNK - 1);
            long from = first;
            transactions.withEntityManager(em -> {
                var query = em.createNativeQuery(sql)
                        .setParameter("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                        .setParameter("first", from).setParameter("last", last);
                parameters.forEach(query::setParameter);
                return query.executeUpdate();
            });
        }
    }
}
