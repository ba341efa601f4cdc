package org.namc.learning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.GradeReport;
import org.namc.learning.grading.QuestionId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * One numbered attempt of a member at an assessment. It is taken on one assessment version,
 * within a window fixed at its start, with a seed that fixes the order its questions are
 * shown in. While in progress it holds the saved answers; once submitted, the graded ones.
 */
public final class Attempt {
    private final AttemptId id;
    private final AssessmentId assessmentId;
    private final CourseId courseId;
    private final MemberId memberId;
    private final int number;
    private final int takenOnVersion;
    private final AttemptWindow window;
    private final long seed;
    private final Map<QuestionId, Answer> answers;
    private final @Nullable Instant savedAt;
    private final AttemptStatus status;
    private final @Nullable SubmissionTiming timing;
    private final @Nullable Instant endedAt;
    private final @Nullable GradeReport grade;
    private final Map<QuestionId, BigDecimal> reviewedPoints;
    private final @Nullable MemberId reviewedBy;
    private final @Nullable Instant reviewedAt;
    private final long rowVersion;

    private Attempt(AttemptId id, AssessmentId assessmentId, CourseId courseId, MemberId memberId, int number,
                    int takenOnVersion, AttemptWindow window, long seed, Map<QuestionId, Answer> answers,
                    @Nullable Instant savedAt, AttemptStatus status, @Nullable SubmissionTiming timing,
                    @Nullable Instant endedAt, @Nullable GradeReport grade, Map<QuestionId, BigDecimal> reviewedPoints,
                    @Nullable MemberId reviewedBy, @Nullable Instant reviewedAt, long rowVersion) {
        this.id = Objects.requireNonNull(id, "id");
        this.assessmentId = Objects.requireNonNull(assessmentId, "assessmentId");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.number = number;
        this.takenOnVersion = takenOnVersion;
        this.window = Objects.requireNonNull(window, "window");
        this.seed = seed;
        this.answers = Map.copyOf(answers);
        this.savedAt = savedAt;
        this.status = Objects.requireNonNull(status, "status");
        this.timing = timing;
        this.endedAt = endedAt;
        this.grade = grade;
        this.reviewedPoints = Map.copyOf(reviewedPoints);
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.rowVersion = rowVersion;
        if (number < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1");
        }
        boolean graded = status == AttemptStatus.GRADED || status == AttemptStatus.AWAITING_REVIEW;
        if (graded != (grade != null)) {
            throw new IllegalArgumentException("exactly the submitted attempts carry a grade");
        }
        if ((status == AttemptStatus.IN_PROGRESS) != (endedAt == null)) {
            throw new IllegalArgumentException("exactly the attempts in progress have no end");
        }
    }

    public static Attempt start(AttemptId id, AssessmentId assessmentId, CourseId courseId, MemberId memberId,
                                int number, int version, AttemptWindow window, long seed) {
        return new Attempt(id, assessmentId, courseId, memberId, number, version, window, seed, Map.of(), null,
                AttemptStatus.IN_PROGRESS, null, null, null, Map.of(), null, null, 0);
    }

    /** Rebuilds a stored attempt; for adapters only. */
    public static Attempt restore(AttemptId id, AssessmentId assessmentId, CourseId courseId, MemberId memberId,
                                  int number, int takenOnVersion, AttemptWindow window, long seed,
                                  Map<QuestionId, Answer> answers, @Nullable Instant savedAt, AttemptStatus status,
                                  @Nullable SubmissionTiming timing, @Nullable Instant endedAt,
                                  @Nullable GradeReport grade, Map<QuestionId, BigDecimal> reviewedPoints,
                                  @Nullable MemberId reviewedBy, @Nullable Instant reviewedAt, long rowVersion) {
        return new Attempt(id, assessmentId, courseId, memberId, number, takenOnVersion, window, seed, answers,
                savedAt, status, timing, endedAt, grade, reviewedPoints, reviewedBy, reviewedAt, rowVersion);
    }

    /** Replaces the saved answers (the latest save wins, as a whole). */
    public Attempt saved(Map<QuestionId, Answer> newAnswers, Instant now) {
        requireInProgress();
        return new Attempt(id, assessmentId, courseId, memberId, number, takenOnVersion, window, seed, newAnswers, now,
                status, null, null, null, reviewedPoints, null, null, rowVersion);
    }

    /** Submitted (by the learner, or by the rules with the saved answers) and graded. */
    public Attempt submitted(Map<QuestionId, Answer> graded, SubmissionTiming how, Instant at, GradeReport report) {
        requireInProgress();
        return new Attempt(id, assessmentId, courseId, memberId, number, takenOnVersion, window, seed, graded, savedAt,
                statusOf(report), how, at, report, Map.of(), null, null, rowVersion);
    }

    /** Closed without a submission: {@code NEVER_SUBMITTED} or {@code ABANDONED}. */
    public Attempt closedUnsubmitted(AttemptStatus outcome, Instant at) {
        requireInProgress();
        if (outcome != AttemptStatus.NEVER_SUBMITTED && outcome != AttemptStatus.ABANDONED) {
            throw new IllegalArgumentException("an unsubmitted attempt is never submitted or abandoned");
        }
        return new Attempt(id, assessmentId, courseId, memberId, number, takenOnVersion, window, seed, answers,
                savedAt, outcome, null, at, null, Map.of(), null, null, rowVersion);
    }

    /** An instructor's points for essay answers, and the grade they lead to; no reviewer when the system grades. */
    public Attempt reviewed(Map<QuestionId, BigDecimal> points, GradeReport report, @Nullable MemberId reviewer,
                            Instant now) {
        if (grade == null) {
            throw NamcException.refused(LearningRefusal.ATTEMPT_NOT_SUBMITTED, "attempt " + id + " is " + status + "; only submitted attempts are graded");
        }
        return new Attempt(id, assessmentId, courseId, memberId, number, takenOnVersion, window, seed, answers,
                savedAt, statusOf(report), timing, endedAt, report, points, reviewer, now, rowVersion);
    }

    /** The same answers graded against another version. */
    public Attempt regraded(GradeReport report) {
        if (grade == null) {
            throw NamcException.refused(LearningRefusal.ATTEMPT_NOT_SUBMITTED, "attempt " + id + " was never submitted; there is nothing to regrade");
        }
        return new Attempt(id, assessmentId, courseId, memberId, number, takenOnVersion, window, seed, answers,
                savedAt, statusOf(report), timing, endedAt, report, reviewedPoints, reviewedBy, reviewedAt,
                rowVersion);
    }

    public Attempt atRowVersion(long storedVersion) {
        return new Attempt(id, assessmentId, courseId, memberId, number, takenOnVersion, window, seed, answers,
                savedAt, status, timing, endedAt, grade, reviewedPoints, reviewedBy, reviewedAt, storedVersion);
    }

    private void requireInProgress() {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw NamcException.refused(LearningRefusal.ATTEMPT_CLOSED, "attempt " + id + " is " + status + " and takes no more answers");
        }
    }

    private static AttemptStatus statusOf(GradeReport report) {
        return report.awaitingReview() ? AttemptStatus.AWAITING_REVIEW : AttemptStatus.GRADED;
    }

    public boolean isInProgress() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    /** Graded attempts count with their percent, never-submitted ones as zero; others not at all. */
    public boolean countsTowardGrade() {
        return status == AttemptStatus.GRADED || status == AttemptStatus.NEVER_SUBMITTED;
    }

    /** The percent this attempt counts with; see {@link #countsTowardGrade()}. */
    public BigDecimal countedPercent() {
        return status == AttemptStatus.GRADED && grade != null ? grade.percent() : BigDecimal.ZERO.setScale(2);
    }

    public boolean isPassed() {
        return status == AttemptStatus.GRADED && grade != null && grade.passed();
    }

    /** The version the current grade was computed on: the taken one, or a regrade's. */
    public int gradedOnVersion() {
        return grade == null ? takenOnVersion : grade.version();
    }

    public AttemptId id() {
        return id;
    }

    public AssessmentId assessmentId() {
        return assessmentId;
    }

    public CourseId courseId() {
        return courseId;
    }

    public MemberId memberId() {
        return memberId;
    }

    public int number() {
        return number;
    }

    public int takenOnVersion() {
        return takenOnVersion;
    }

    public AttemptWindow window() {
        return window;
    }

    public long seed() {
        return seed;
    }

    public Map<QuestionId, Answer> answers() {
        return answers;
    }

    public @Nullable Instant savedAt() {
        return savedAt;
    }

    public AttemptStatus status() {
        return status;
    }

    public @Nullable SubmissionTiming timing() {
        return timing;
    }

    /** When the attempt ended: its submission, or the effective deadline it ran past. */
    public @Nullable Instant endedAt() {
        return endedAt;
    }

    public @Nullable GradeReport grade() {
        return grade;
    }

    public Map<QuestionId, BigDecimal> reviewedPoints() {
        return reviewedPoints;
    }

    public @Nullable MemberId reviewedBy() {
        return reviewedBy;
    }

    public @Nullable Instant reviewedAt() {
        return reviewedAt;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
