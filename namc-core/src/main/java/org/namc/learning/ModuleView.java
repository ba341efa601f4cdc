package org.namc.learning;

import java.util.ArrayList;
import java.util.List;
import org.namc.learning.domain.CourseModule;
import org.namc.learning.domain.Lesson;
import org.namc.learning.domain.ModuleContent;
import org.namc.learning.domain.ModuleId;

/** A module in a course outline with its position, derived duration and lessons. */
public record ModuleView(ModuleId id, int orderIndex, ModuleContent content, boolean published, boolean preview,
                         int durationMinutes, int lessonCount, List<LessonSummary> lessons) {
    public ModuleView {
        lessons = List.copyOf(lessons);
    }

    public static ModuleView of(CourseModule module, int orderIndex, boolean withDrafts) {
        List<Lesson> shown = withDrafts ? module.lessons() : module.publishedLessons();
        List<LessonSummary> lessons = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            lessons.add(LessonSummary.of(shown.get(i), i));
        }
        return new ModuleView(module.id(), orderIndex, module.content(), module.published(), module.preview(),
                module.durationMinutes(), module.publishedLessons().size(), lessons);
    }
}
