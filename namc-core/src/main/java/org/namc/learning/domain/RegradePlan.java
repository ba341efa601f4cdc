package org.namc.learning.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.namc.learning.grading.GradeReport;
import org.namc.learning.grading.Grader;
import org.namc.learning.grading.GradingKey;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.shared.domain.NamcException;

/**
 * A regrade worked out but not applied: every submitted attempt replayed against a target
 * version. {@link #changes()} is the dry-run diff (attempts whose score or outcome moves);
 * {@link #regraded()} is what applying writes (also attempts that only move to the target
 * version). Replaying is idempotent: planning again after applying finds nothing to do.
 * {@link #fingerprint()} identifies the plan, so that what is applied is what was previewed.
 */
public final class RegradePlan {
    private final int targetVersion;
    private final List<RegradeChange> changes;
    private final List<Attempt> regraded;
    private final String fingerprint;

    private RegradePlan(int targetVersion, List<RegradeChange> changes, List<Attempt> regraded, String fingerprint) {
        this.targetVersion = targetVersion;
        this.changes = List.copyOf(changes);
        this.regraded = List.copyOf(regraded);
        this.fingerprint = fingerprint;
    }

    public static RegradePlan of(Assessment assessment, int targetVersion, List<Attempt> attempts) {
        AssessmentVersion target = assessment.version(targetVersion)
                .orElseThrow(() -> NamcException.notFound("assessment version", assessment.id() + " v" + targetVersion));
        GradingKey key = target.gradingKey(assessment.settings().passingPercent());
        List<RegradeChange> changes = new ArrayList<>();
        List<Attempt> regraded = new ArrayList<>();
        List<Attempt> ordered = attempts.stream().filter(a -> a.grade() != null)
                .sorted(Comparator.comparing((Attempt a) -> a.id().value())).toList();
        for (Attempt attempt : ordered) {
            AssessmentVersion taken = assessment.version(attempt.takenOnVersion()).orElseThrow();
            if (!taken.isRegradeCompatibleWith(target)) {
                throw NamcException.refused(LearningRefusal.REGRADE_CHANGES_QUESTIONS, "version " + targetVersion + " changes the questions or options of "
                        + "version " + taken.number() + "; only answer keys, points and texts can be regraded");
            }
            GradeReport before = attempt.grade();
            GradeReport after = Grader.grade(key, attempt.answers(), reviewedWithin(attempt, target));
            if (after.sameGradeAs(before)) {
                continue;
            }
            regraded.add(attempt.regraded(after));
            if (after.score().compareTo(before.score()) != 0 || after.passed() != before.passed()
                    || after.percent().compareTo(before.percent()) != 0) {
                changes.add(new RegradeChange(attempt.id(), attempt.memberId(), attempt.number(), before.version(),
                        before.score(), before.percent(), before.passed(), after.version(), after.score(),
                        after.percent(), after.passed()));
            }
        }
        return new RegradePlan(targetVersion, changes, regraded, fingerprintOf(targetVersion, regraded));
    }

    /** Reviewed essay points, capped at the target version's points for the question. */
    private static Map<QuestionId, BigDecimal> reviewedWithin(Attempt attempt, AssessmentVersion target) {
        Map<QuestionId, BigDecimal> capped = new HashMap<>();
        attempt.reviewedPoints().forEach((id, points) -> target.questions().stream()
                .filter(q -> q.id().equals(id)).map(Question::points).findFirst()
                .ifPresent(max -> capped.put(id, points.min(max))));
        return capped;
    }

    private static String fingerprintOf(int targetVersion, List<Attempt> regraded) {
        StringBuilder text = new StringBuilder("regrade-to-v").append(targetVersion);
        for (Attempt a : regraded) {
            GradeReport g = a.grade();
            text.append('\n').append(a.id()).append(':').append(a.rowVersion()).append(':')
                    .append(g.score().toPlainString()).append(':').append(g.passed());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean isEmpty() {
        return regraded.isEmpty();
    }

    public int targetVersion() {
        return targetVersion;
    }

    public List<RegradeChange> changes() {
        return changes;
    }

    public List<Attempt> regraded() {
        return regraded;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
