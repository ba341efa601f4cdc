package org.namc.projects.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/**
 * A member's application to a project (one per member and project) and its review. The
 * {@code matchScore} is the matching score at submission, kept for reviewers to sort by.
 * Immutable; transitions follow {@link ApplicationStatus#successors()}.
 */
public final class ProjectApplication {
    private final ApplicationId id;
    private final ProjectId projectId;
    private final MemberId applicant;
    private final Proposal proposal;
    private final ApplicationStatus status;
    private final @Nullable MatchScore matchScore;
    private final Instant submittedAt;
    private final ReviewTrail review;
    private final @Nullable Verdict verdict;
    private final @Nullable Instant withdrawnAt;
    private final Instant updatedAt;
    private final long version;

    private ProjectApplication(ApplicationId id, ProjectId projectId, MemberId applicant, Proposal proposal,
                               ApplicationStatus status, @Nullable MatchScore matchScore, Instant submittedAt,
                               ReviewTrail review, @Nullable Verdict verdict, @Nullable Instant withdrawnAt,
                               Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.proposal = Objects.requireNonNull(proposal, "proposal");
        this.status = Objects.requireNonNull(status, "status");
        this.matchScore = matchScore;
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.review = Objects.requireNonNull(review, "review");
        this.verdict = verdict;
        this.withdrawnAt = withdrawnAt;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    public static ProjectApplication submit(ApplicationId id, ProjectId projectId, MemberId applicant,
                                            Proposal proposal, @Nullable MatchScore matchScore, Instant now) {
        return new ProjectApplication(id, projectId, applicant, proposal, ApplicationStatus.PENDING, matchScore, now,
                ReviewTrail.NONE, null, null, now, 0);
    }

    /** Rebuilds a stored application; for adapters only. */
    public static ProjectApplication restore(ApplicationId id, ProjectId projectId, MemberId applicant,
                                             Proposal proposal, ApplicationStatus status,
                                             @Nullable MatchScore matchScore, Instant submittedAt,
                                             ReviewTrail review, @Nullable Verdict verdict,
                                             @Nullable Instant withdrawnAt, Instant updatedAt, long version) {
        return new ProjectApplication(id, projectId, applicant, proposal, status, matchScore, submittedAt, review,
                verdict, withdrawnAt, updatedAt, version);
    }

    /** A member may withdraw only before any review, while the application is PENDING. */
    public ProjectApplication withdrawn(Instant now) {
        if (status != ApplicationStatus.PENDING) {
            throw NamcException.refused(ProjectsRefusal.APPLICATION_NOT_WITHDRAWABLE, "application " + id + " is " + status
                    + " and cannot be withdrawn; a member may withdraw only before review, while it is PENDING");
        }
        return new ProjectApplication(id, projectId, applicant, proposal, ApplicationStatus.WITHDRAWN, matchScore,
                submittedAt, review, verdict, now, now, version);
    }

    public ProjectApplication shortlisted(@Nullable MemberId by, @Nullable String notes, Instant now) {
        require(ApplicationStatus.SHORTLISTED, "shortlisted");
        return reviewed(ApplicationStatus.SHORTLISTED, review.reviewed(now, by, blankToNull(notes), null), null,
                now);
    }

    public ProjectApplication informationRequested(@Nullable MemberId by, String question, Instant now) {
        Violations.collect().notBlank(question, "question", 5_000).throwIfAny();
        require(ApplicationStatus.INFO_REQUESTED, "asked for more information");
        return reviewed(ApplicationStatus.INFO_REQUESTED, review.asked(now, by, question.strip()), null, now);
    }

    /** The applicant's answer to the reviewers' question. */
    public ProjectApplication informationProvided(String answer, Instant now) {
        Violations.collect().notBlank(answer, "answer", 10_000).throwIfAny();
        require(ApplicationStatus.INFO_PROVIDED, "answered");
        return reviewed(ApplicationStatus.INFO_PROVIDED, review.answered(answer.strip()), null, now);
    }

    public ProjectApplication decided(ApplicationDecision decision, @Nullable MemberId by, String reason,
                                      @Nullable String feedback, Instant now) {
        Verdict newVerdict = new Verdict(decision, reason, now, by);
        ApplicationStatus next = decision == ApplicationDecision.ACCEPTED
                ? ApplicationStatus.ACCEPTED : ApplicationStatus.REJECTED;
        require(next, decision == ApplicationDecision.ACCEPTED ? "accepted" : "rejected");
        return reviewed(next, review.reviewed(now, by, null, blankToNull(feedback)), newVerdict, now);
    }

    /** The same application at the version a store just wrote. */
    public ProjectApplication atVersion(long storedVersion) {
        return new ProjectApplication(id, projectId, applicant, proposal, status, matchScore, submittedAt, review,
                verdict, withdrawnAt, updatedAt, storedVersion);
    }

    private void require(ApplicationStatus next, String verb) {
        if (!status.canMoveTo(next)) {
            throw NamcException.refused(ProjectsRefusal.APPLICATION_STATUS_FORBIDS, "application " + id + " is " + status + " and cannot be " + verb
                    + (status.isFinal() ? "; it is final" : "; from " + status + " it can only become "
                    + status.successors()));
        }
    }

    private ProjectApplication reviewed(ApplicationStatus next, ReviewTrail newReview, @Nullable Verdict newVerdict,
                                        Instant now) {
        return new ProjectApplication(id, projectId, applicant, proposal, next, matchScore, submittedAt, newReview,
                newVerdict, withdrawnAt, now, version);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ApplicationId id() {
        return id;
    }

    public ProjectId projectId() {
        return projectId;
    }

    public MemberId applicant() {
        return applicant;
    }

    public Proposal proposal() {
        return proposal;
    }

    public ApplicationStatus status() {
        return status;
    }

    public @Nullable MatchScore matchScore() {
        return matchScore;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public ReviewTrail review() {
        return review;
    }

    public @Nullable Verdict verdict() {
        return verdict;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectApplication other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ProjectApplication[" + id + ", project " + projectId + ", " + status + ", v" + version + "]";
    }
}
