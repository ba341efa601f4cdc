package org.namc.projects.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * A project opportunity: its details, where it came from, and its lifecycle
 * {@code DRAFT -> PUBLISHED -> CLOSED / AWARDED / CANCELLED}. Immutable; every change returns
 * a new instance. {@code owner} is the member who created it (null for imports, which staff
 * manage). {@code applicationCount} counts applications not withdrawn; the store keeps it
 * exact under concurrent applicants and never takes it from a saved instance.
 */
public final class Project {
    private final ProjectId id;
    private final ProjectOrigin origin;
    private final ProjectDetails details;
    private final ProjectStatus status;
    private final @Nullable MemberId owner;
    private final @Nullable MemberId updatedBy;
    private final int applicationCount;
    private final @Nullable ApplicationId awardedApplication;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final @Nullable Instant publishedAt;
    private final @Nullable Instant closedAt;
    private final long version;

    private Project(ProjectId id, ProjectOrigin origin, ProjectDetails details, ProjectStatus status,
                    @Nullable MemberId owner, @Nullable MemberId updatedBy, int applicationCount,
                    @Nullable ApplicationId awardedApplication, Instant createdAt, Instant updatedAt,
                    @Nullable Instant publishedAt, @Nullable Instant closedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.owner = owner;
        this.updatedBy = updatedBy;
        if (applicationCount < 0) {
            throw new IllegalArgumentException("applicationCount must not be negative");
        }
        this.applicationCount = applicationCount;
        this.awardedApplication = awardedApplication;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.publishedAt = publishedAt;
        this.closedAt = closedAt;
        this.version = version;
    }

    /** A new draft. */
    public static Project draft(ProjectId id, ProjectOrigin origin, ProjectDetails details, @Nullable MemberId owner,
                                Instant now) {
        return new Project(id, origin, details, ProjectStatus.DRAFT, owner, owner, 0, null, now, now, null, null, 0);
    }

    /** Rebuilds a stored project; for adapters only. */
    public static Project restore(ProjectId id, ProjectOrigin origin, ProjectDetails details, ProjectStatus status,
                                  @Nullable MemberId owner, @Nullable MemberId updatedBy, int applicationCount,
                                  @Nullable ApplicationId awardedApplication, Instant createdAt, Instant updatedAt,
                                  @Nullable Instant publishedAt, @Nullable Instant closedAt, long version) {
        return new Project(id, origin, details, status, owner, updatedBy, applicationCount, awardedApplication,
                createdAt, updatedAt, publishedAt, closedAt, version);
    }

    /**
     * New details. Drafts take anything valid; a published project must stay complete.
     * Finished projects (closed, awarded, cancelled) no longer change.
     */
    public Project withDetails(ProjectDetails newDetails, @Nullable MemberId by, Instant now) {
        if (status != ProjectStatus.DRAFT && status != ProjectStatus.PUBLISHED) {
            throw NamcException.refused(ProjectsRefusal.PROJECT_NOT_EDITABLE, "project " + id + " is " + status
                    + "; only a DRAFT or PUBLISHED project can be edited");
        }
        if (status == ProjectStatus.PUBLISHED) {
            requireComplete(newDetails, now);
        }
        return new Project(id, origin, newDetails, status, owner, by, applicationCount, awardedApplication, createdAt,
                now, publishedAt, closedAt, version);
    }

    /** Publishes a complete draft; {@code VALIDATION_FAILED} names every missing field. */
    public Project published(@Nullable MemberId by, Instant now) {
        requireTransition(ProjectStatus.PUBLISHED, "published");
        requireComplete(details, now);
        return moved(ProjectStatus.PUBLISHED, by, now, now, closedAt, awardedApplication);
    }

    /** Stops taking applications; review of those received goes on. */
    public Project closed(@Nullable MemberId by, Instant now) {
        requireTransition(ProjectStatus.CLOSED, "closed");
        return moved(ProjectStatus.CLOSED, by, now, publishedAt, now, awardedApplication);
    }

    /** Awards the work to an accepted application (the caller checks the application). */
    public Project awarded(ApplicationId application, @Nullable MemberId by, Instant now) {
        requireTransition(ProjectStatus.AWARDED, "awarded");
        return moved(ProjectStatus.AWARDED, by, now, publishedAt, closedAt == null ? now : closedAt, application);
    }

    public Project cancelled(@Nullable MemberId by, Instant now) {
        requireTransition(ProjectStatus.CANCELLED, "cancelled");
        return moved(ProjectStatus.CANCELLED, by, now, publishedAt, closedAt == null ? now : closedAt,
                awardedApplication);
    }

    /** Why an application cannot be taken at {@code now}, or empty when it can. */
    public Optional<NamcException> applicationRefusal(Instant now) {
        if (status != ProjectStatus.PUBLISHED) {
            return Optional.of(NamcException.refused(ProjectsRefusal.PROJECT_CLOSED_TO_APPLICATIONS,
                    "project " + id + " is " + status + " and takes no applications"));
        }
        if (!details.timeline().isOpenAt(now)) {
            return Optional.of(NamcException.refused(ProjectsRefusal.APPLICATION_DEADLINE_PASSED,
                    "the application deadline of project " + id + " passed at " + details.timeline().deadline()));
        }
        if (isFull()) {
            return Optional.of(NamcException.refused(ProjectsRefusal.APPLICATION_LIMIT_REACHED,
                    "project " + id + " has reached its limit of " + details.maxApplications() + " applications"));
        }
        return Optional.empty();
    }

    public boolean isFull() {
        Integer max = details.maxApplications();
        return max != null && applicationCount >= max;
    }

    public boolean isOwnedBy(MemberId member) {
        return member.equals(owner);
    }

    /** The same project with the count the store holds; for adapters. */
    public Project withApplicationCount(int count) {
        return new Project(id, origin, details, status, owner, updatedBy, count, awardedApplication, createdAt,
                updatedAt, publishedAt, closedAt, version);
    }

    /** The same project at the version a store just wrote. */
    public Project atVersion(long storedVersion) {
        return new Project(id, origin, details, status, owner, updatedBy, applicationCount, awardedApplication,
                createdAt, updatedAt, publishedAt, closedAt, storedVersion);
    }

    private void requireTransition(ProjectStatus next, String verb) {
        if (!status.canMoveTo(next)) {
            throw NamcException.refused(ProjectsRefusal.PROJECT_STATUS_FORBIDS, "project " + id + " is " + status + " and cannot be " + verb
                    + (status.isFinal() ? "; it is final" : "; from " + status + " it can only become "
                    + status.successors()));
        }
    }

    private static void requireComplete(ProjectDetails details, Instant now) {
        List<FieldViolation> gaps = details.publicationGaps(now);
        if (!gaps.isEmpty()) {
            throw NamcException.validation(gaps);
        }
    }

    private Project moved(ProjectStatus next, @Nullable MemberId by, Instant now, @Nullable Instant published,
                          @Nullable Instant closed, @Nullable ApplicationId awarded) {
        return new Project(id, origin, details, next, owner, by, applicationCount, awarded, createdAt, now, published,
                closed, version);
    }

    public ProjectId id() {
        return id;
    }

    public ProjectOrigin origin() {
        return origin;
    }

    public ProjectDetails details() {
        return details;
    }

    public ProjectStatus status() {
        return status;
    }

    public @Nullable MemberId owner() {
        return owner;
    }

    public @Nullable MemberId updatedBy() {
        return updatedBy;
    }

    public int applicationCount() {
        return applicationCount;
    }

    public @Nullable ApplicationId awardedApplication() {
        return awardedApplication;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Project[" + id + ", " + details.brief().title() + ", " + status + ", v" + version + "]";
    }
}
