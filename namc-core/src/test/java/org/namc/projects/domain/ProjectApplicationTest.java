package org.namc.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.projects.Refusals.assertIllegal;
import static org.namc.projects.Refusals.assertViolation;
import static org.namc.projects.domain.ProjectSamples.NOW;
import static org.namc.projects.domain.ProjectSamples.OWNER;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.MemberId;

class ProjectApplicationTest {
    private static final MemberId APPLICANT = new MemberId(UUID.fromString("00000000-0000-7000-8000-000000000002"));

    private final ProjectApplication pending = ProjectApplication.submit(ProjectSamples.applicationId(1),
            ProjectSamples.draft().id(), APPLICANT, Proposal.of("We will do it.", "Twenty years.", "Eight weeks."),
            new MatchScore(8_250), NOW);

    @Test
    void aReviewMovesThroughShortlistQuestionAnswerAndAcceptance() {
        ProjectApplication shortlisted = pending.shortlisted(OWNER, "strong bid", NOW.plusSeconds(1));
        ProjectApplication asked = shortlisted.informationRequested(OWNER, "Can you start in May?", NOW.plusSeconds(2));
        ProjectApplication answered = asked.informationProvided("Yes, on May 4.", NOW.plusSeconds(3));
        ProjectApplication accepted = answered.decided(ApplicationDecision.ACCEPTED, OWNER, "Best value",
                "Congratulations", NOW.plusSeconds(4));

        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.review()).isEqualTo(new ReviewTrail(NOW.plusSeconds(4), OWNER, "strong bid",
                "Congratulations", "Can you start in May?", "Yes, on May 4."));
        assertThat(accepted.verdict()).isEqualTo(new Verdict(ApplicationDecision.ACCEPTED, "Best value",
                NOW.plusSeconds(4), OWNER));
        assertThat(accepted.review().withoutNotes().notes()).isNull();
        assertThat(accepted.matchScore()).isEqualTo(new MatchScore(8_250));
    }

    @Test
    void aMemberMayWithdrawOnlyBeforeReview() {
        assertThat(pending.withdrawn(NOW).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(pending.withdrawn(NOW).withdrawnAt()).isEqualTo(NOW);

        assertIllegal(() -> pending.shortlisted(OWNER, null, NOW).withdrawn(NOW), ProjectsRefusal.APPLICATION_NOT_WITHDRAWABLE,
                "is SHORTLISTED and cannot be withdrawn", "only before review");
    }

    @Test
    void eachIllegalTransitionIsRefusedSayingWhereTheApplicationStands() {
        ProjectApplication rejected = pending.decided(ApplicationDecision.REJECTED, OWNER, "Too far", null, NOW);
        ProjectApplication withdrawn = pending.withdrawn(NOW);
        ProjectApplication asked = pending.informationRequested(OWNER, "Insurance?", NOW);

        assertIllegal(() -> pending.informationProvided("unasked", NOW), ProjectsRefusal.APPLICATION_STATUS_FORBIDS, "is PENDING and cannot be answered");
        assertIllegal(() -> rejected.shortlisted(OWNER, null, NOW), ProjectsRefusal.APPLICATION_STATUS_FORBIDS, "is REJECTED", "it is final");
        assertIllegal(() -> rejected.decided(ApplicationDecision.ACCEPTED, OWNER, "changed mind", null, NOW), ProjectsRefusal.APPLICATION_STATUS_FORBIDS,
                "is REJECTED and cannot be accepted");
        assertIllegal(() -> withdrawn.decided(ApplicationDecision.REJECTED, OWNER, "late", null, NOW), ProjectsRefusal.APPLICATION_STATUS_FORBIDS,
                "is WITHDRAWN and cannot be rejected");
        assertIllegal(() -> asked.shortlisted(OWNER, null, NOW), ProjectsRefusal.APPLICATION_STATUS_FORBIDS, "is INFO_REQUESTED and cannot be shortlisted",
                "[INFO_PROVIDED, REJECTED]");
        assertIllegal(() -> asked.decided(ApplicationDecision.ACCEPTED, OWNER, "ok", null, NOW), ProjectsRefusal.APPLICATION_STATUS_FORBIDS,
                "is INFO_REQUESTED and cannot be accepted");
        assertIllegal(() -> pending.shortlisted(OWNER, null, NOW).shortlisted(OWNER, null, NOW), ProjectsRefusal.APPLICATION_STATUS_FORBIDS,
                "is SHORTLISTED and cannot be shortlisted");
    }

    @Test
    void aDecisionNeedsAReasonAndAQuestionNeedsText() {
        assertViolation(() -> pending.decided(ApplicationDecision.REJECTED, OWNER, " ", null, NOW), "reason",
                "required");
        assertViolation(() -> pending.informationRequested(OWNER, "", NOW), "question", "required");
    }
}
