package org.namc.persistence.jpa.projects;

import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.Proposal;
import org.namc.projects.domain.ReviewTrail;
import org.namc.projects.domain.Verdict;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** Copies between the core's {@link ProjectApplication} and its {@code project_applications} row. */
final class ApplicationMapper {
    private ApplicationMapper() {
    }

    static ApplicationJpaEntity newEntity(ProjectApplication application) {
        ApplicationJpaEntity entity = new ApplicationJpaEntity(application.id().value(),
                application.projectId().value(), application.applicant().value(), application.submittedAt());
        copyInto(application, entity);
        return entity;
    }

    /** Everything that may change after submission; the store owns the version. */
    static void copyInto(ProjectApplication application, ApplicationJpaEntity entity) {
        Proposal proposal = application.proposal();
        entity.proposal = proposal.proposal();
        entity.experience = proposal.experience();
        entity.timeline = proposal.timeline();
        Money budget = proposal.budgetProposal();
        entity.budgetProposal = budget == null ? null : budget.amount();
        entity.budgetCurrency = budget == null ? null : budget.currency().getCurrencyCode();
        entity.team = proposal.team().stream().map(TeamMemberJson::of).toList();
        entity.portfolio = proposal.portfolio().stream().map(PortfolioItemJson::of).toList();
        entity.references = proposal.references().stream().map(ClientReferenceJson::of).toList();
        entity.certificationsProvided = proposal.certificationsProvided().toArray(String[]::new);
        entity.status = application.status();
        entity.matchScore = application.matchScore() == null ? null : application.matchScore().toBigDecimal();
        ReviewTrail review = application.review();
        entity.reviewedAt = review.reviewedAt();
        entity.reviewedBy = uuid(review.reviewedBy());
        entity.reviewNotes = review.notes();
        entity.feedback = review.feedback();
        entity.question = review.question();
        entity.answer = review.answer();
        Verdict verdict = application.verdict();
        entity.decision = verdict == null ? null : verdict.decision();
        entity.decisionAt = verdict == null ? null : verdict.decidedAt();
        entity.decisionBy = verdict == null ? null : uuid(verdict.decidedBy());
        entity.decisionReason = verdict == null ? null : verdict.reason();
        entity.withdrawnAt = application.withdrawnAt();
        entity.updatedAt = application.updatedAt();
    }

    static ProjectApplication toDomain(ApplicationJpaEntity e) {
        Proposal proposal = new Proposal(e.proposal, e.experience, e.timeline,
                e.budgetProposal == null || e.budgetCurrency == null ? null
                        : Money.of(e.budgetProposal, Currency.getInstance(e.budgetCurrency)),
                e.team.stream().map(TeamMemberJson::toDomain).toList(),
                e.portfolio.stream().map(PortfolioItemJson::toDomain).toList(),
                e.references.stream().map(ClientReferenceJson::toDomain).toList(),
                List.of(e.certificationsProvided));
        ReviewTrail review = new ReviewTrail(e.reviewedAt, member(e.reviewedBy), e.reviewNotes, e.feedback,
                e.question, e.answer);
        Verdict verdict = e.decision == null || e.decisionAt == null || e.decisionReason == null ? null
                : new Verdict(e.decision, e.decisionReason, e.decisionAt, member(e.decisionBy));
        return ProjectApplication.restore(new ApplicationId(e.id), new ProjectId(e.projectId),
                new MemberId(e.applicant), proposal, e.status,
                e.matchScore == null ? null : MatchScore.of(e.matchScore), e.submittedAt, review, verdict,
                e.withdrawnAt, e.updatedAt, e.version);
    }

    private static @Nullable UUID uuid(@Nullable MemberId member) {
        return member == null ? null : member.value();
    }

    private static @Nullable MemberId member(@Nullable UUID id) {
        return id == null ? null : new MemberId(id);
    }
}
