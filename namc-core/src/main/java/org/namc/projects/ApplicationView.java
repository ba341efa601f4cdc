package org.namc.projects;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.ApplicationStatus;
import org.namc.projects.domain.MatchScore;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.Proposal;
import org.namc.projects.domain.ReviewTrail;
import org.namc.projects.domain.Verdict;
import org.namc.shared.domain.MemberId;

/**
 * An application as its reader may see it: reviewers see their notes, the applicant does not.
 */
public record ApplicationView(ApplicationId id, ProjectId projectId, MemberId applicant, Proposal proposal,
                              ApplicationStatus status, @Nullable MatchScore matchScore, Instant submittedAt,
                              ReviewTrail review, @Nullable Verdict verdict, @Nullable Instant withdrawnAt,
                              Instant updatedAt) {

    public static ApplicationView forReviewers(ProjectApplication application) {
        return of(application, application.review());
    }

    public static ApplicationView forApplicant(ProjectApplication application) {
        return of(application, application.review().withoutNotes());
    }

    private static ApplicationView of(ProjectApplication a, ReviewTrail review) {
        return new ApplicationView(a.id(), a.projectId(), a.applicant(), a.proposal(), a.status(), a.matchScore(),
                a.submittedAt(), review, a.verdict(), a.withdrawnAt(), a.updatedAt());
    }
}
