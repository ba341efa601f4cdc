package org.namc.projects.spi;

import java.util.Optional;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * The projects store. Every write joins the running transaction.
 *
 * <p>{@code application_count} belongs to the slot methods: {@link #save} never writes it (it
 * returns the stored count), so an edit racing an applicant loses neither. In SQL the slot
 * methods are single conditional updates, e.g. {@code UPDATE projects SET application_count =
 * application_count + 1 WHERE id = ? AND (max_applications IS NULL OR application_count <
 * max_applications)}, which stay exact under concurrent applicants without retries.
 */
public interface Projects {

    /**
     * Inserts a new project (version 0) or updates one whose version still matches, and returns
     * it at its new version with the stored application count. Fails with {@code CONFLICT} when
     * the stored version moved on, or when another project has the same imported
     * {@code (source, externalId)}.
     */
    Project save(Project project);

    Optional<Project> findById(ProjectId id);

    /** The project imported from {@code source} under {@code externalId} (source in canonical form). */
    Optional<Project> findByOrigin(String source, String externalId);

    /** Projects a member created, newest first (creation time, then id). */
    Page<Project> ownedBy(MemberId owner, PageRequest page);

    /**
     * Atomically counts one more application unless the project's {@code maxApplications} is
     * reached; true when a slot was taken. Unknown projects take no slot.
     */
    boolean takeApplicationSlot(ProjectId id);

    /** Atomically gives a slot back (an application was withdrawn); never below zero. */
    void releaseApplicationSlot(ProjectId id);
}
