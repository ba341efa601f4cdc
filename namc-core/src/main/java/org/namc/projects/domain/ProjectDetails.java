package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/**
 * Everything an author says about a project opportunity (the seed's {@code projects} row
 * without its lifecycle and bookkeeping). {@code maxApplications}, when set, caps how many
 * applications are taken.
 */
public record ProjectDetails(ProjectBrief brief, Budget budget, ProjectLocation location, Timeline timeline,
                             Requirements requirements, ProjectContact contact, ProjectPriority priority,
                             ProjectVisibility visibility, @Nullable Integer maxApplications) {

    public static final int MAX_APPLICATIONS_LIMIT = 100_000;

    public ProjectDetails {
        Violations.collect()
                .required(brief, "brief")
                .required(budget, "budget")
                .required(location, "location")
                .required(timeline, "timeline")
                .required(requirements, "requirements")
                .required(contact, "contact")
                .required(priority, "priority")
                .required(visibility, "visibility")
                .check(maxApplications == null || maxApplications >= 1 && maxApplications <= MAX_APPLICATIONS_LIMIT,
                        "maxApplications", ViolationRule.RANGE, "must be between 1 and " + MAX_APPLICATIONS_LIMIT)
                .throwIfAny();
        Objects.requireNonNull(brief, "brief");
    }

    /** A minimal draft: the rest defaults to unknown, medium priority and public visibility. */
    public static ProjectDetails draft(ProjectBrief brief) {
        return new ProjectDetails(brief, Budget.NONE, ProjectLocation.UNKNOWN, Timeline.OPEN, Requirements.NONE,
                ProjectContact.NONE, ProjectPriority.MEDIUM, ProjectVisibility.PUBLIC, null);
    }

    /**
     * What a published project must have that a draft may lack: a description, a deadline still
     * ahead, the site's coordinates (for distance matching and radius search), the offering
     * organisation and a contact email. Empty when complete.
     */
    public List<FieldViolation> publicationGaps(Instant now) {
        Instant deadline = timeline.deadline();
        return Violations.collect()
                .check(brief.description() != null, "brief.description", "required-to-publish",
                        "a published project needs a description")
                .check(deadline != null, "timeline.deadline", "required-to-publish",
                        "a published project needs an application deadline")
                .check(deadline == null || deadline.isAfter(now), "timeline.deadline", "future",
                        "the deadline must still be ahead")
                .check(location.coordinates() != null, "location.coordinates", "required-to-publish",
                        "a published project needs the site's coordinates")
                .check(contact.organization() != null, "contact.organization", "required-to-publish",
                        "a published project names the offering organisation")
                .check(contact.email() != null, "contact.email", "required-to-publish",
                        "a published project needs a contact email")
                .list();
    }

    /** Every amount, by field path: a project's money is all in one currency. */
    public Map<String, Money> amounts() {
        Map<String, Money> all = new LinkedHashMap<>(budget.amounts());
        all.putAll(requirements.amounts());
        return all;
    }
}
