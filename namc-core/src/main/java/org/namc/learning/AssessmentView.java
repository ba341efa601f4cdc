package org.namc.learning;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.learning.domain.AssessmentVersion;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;

/** An assessment as its authors see it, with every version of its questions and answer keys. */
public record AssessmentView(AssessmentId id, CourseId courseId, @Nullable LessonId lessonId,
                             AssessmentProfile profile, AssessmentSettings settings, boolean published,
                             int currentVersion, List<AssessmentVersion> versions, Instant createdAt,
                             Instant updatedAt) {
    public AssessmentView {
        versions = List.copyOf(versions);
    }

    public AssessmentVersion current() {
        return versions.get(currentVersion - 1);
    }

    public static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id(), a.courseId(), a.lessonId(), a.profile(), a.settings(), a.isPublished(),
                a.currentVersion().number(), a.versions(), a.createdAt(), a.updatedAt());
    }
}
