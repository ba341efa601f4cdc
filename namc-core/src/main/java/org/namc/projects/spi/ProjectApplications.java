package org.namc.projects.spi;

import java.util.Optional;
import org.namc.projects.domain.ApplicationId;
import org.namc.projects.domain.ProjectApplication;
import org.namc.projects.domain.ProjectId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** The applications store. Every write joins the running transaction. */
public interface ProjectApplications {

    /**
     * Inserts a new application (version 0) or updates one whose version still matches, and
     * returns it at its new version. Fails with {@code CONFLICT} when the stored version moved
     * on, or when the member already has an application to the project (withdrawn ones count:
     * a member applies once per project).
     */
    ProjectApplication save(ProjectApplication application);

    Optional<ProjectApplication> findById(ApplicationId id);

    Optional<ProjectApplication> findByProjectAndApplicant(ProjectId project, MemberId applicant);

    /** A project's applications for reviewers: best match score first (none last), then oldest, then id. */
    Page<ProjectApplication> forProject(ProjectId project, PageRequest page);

    /** A member's own applications, newest first (submission time, then id). */
    Page<ProjectApplication> byApplicant(MemberId applicant, PageRequest page);
}
