package org.namc.testing.data;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.namc.learning.AddLesson;
import org.namc.learning.AddModule;
import org.namc.learning.CreateAssessment;
import org.namc.learning.CreateCourse;
import org.namc.learning.LearningApi;
import org.namc.learning.QuestionDraft;
import org.namc.learning.SetCourseGrading;
import org.namc.learning.SetVisibility;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.learning.domain.CourseDetails;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseLevel;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.ModuleContent;
import org.namc.learning.domain.ModuleId;
import org.namc.learning.grading.CourseGrading;
import org.namc.learning.grading.MultipleChoiceScoring;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.QuestionSpec;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Money;

/**
 * A course built and published through the API, as an instructor would:
 * {@code aCourse().withTextLessons(2).withQuiz(settings).publish(learning, instructor)}. The
 * standard quiz has four one-point questions (single choice, multiple choice, true/false,
 * numeric); {@link Classroom#answers} answers any number of them right.
 */
public final class CourseBuilder {
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final List<Option> OPTIONS = List.of(Option.of("a", "Hard hat"), Option.of("b", "Harness"),
            Option.of("c", "Gloves"), Option.of("d", "Sandals"));

    private String title = "Course " + SERIAL.incrementAndGet();
    private Money price = Money.of("0", "USD");
    private @Nullable Integer accessDays;
    private @Nullable Integer certificateValidDays;
    private int textLessons = 2;
    private @Nullable Integer videoSeconds;
    private @Nullable AssessmentSettings quiz;
    private CourseGrading grading = CourseGrading.standard();

    private CourseBuilder() {
    }

    public static CourseBuilder aCourse() {
        return new CourseBuilder();
    }

    public CourseBuilder titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public CourseBuilder priced(String usd) {
        this.price = Money.of(usd, "USD");
        return this;
    }

    public CourseBuilder withAccessDays(@Nullable Integer days) {
        this.accessDays = days;
        return this;
    }

    public CourseBuilder withCertificatesValidFor(@Nullable Integer days) {
        this.certificateValidDays = days;
        return this;
    }

    public CourseBuilder withTextLessons(int count) {
        this.textLessons = count;
        return this;
    }

    /** Adds a video lesson completed by watching 90 % of it. */
    public CourseBuilder withVideoLesson(int seconds) {
        this.videoSeconds = seconds;
        return this;
    }

    public CourseBuilder withQuiz(AssessmentSettings settings) {
        this.quiz = settings;
        return this;
    }

    public CourseBuilder gradedBy(CourseGrading newGrading) {
        this.grading = newGrading;
        return this;
    }

    public CourseDetails details() {
        return new CourseDetails(title, "A course about " + title, null, "Ana Ruiz", "Safety", CourseLevel.BEGINNER,
                List.of("safety"), "English", price, accessDays, certificateValidDays);
    }

    /** The standard quiz's questions: single choice (b), multiple choice (a, b), true/false (true), numeric (42). */
    public static List<QuestionDraft> standardQuestions() {
        return List.of(
                QuestionDraft.of("Which protects you from a fall?", "1", new QuestionSpec.SingleChoice(OPTIONS, "b")),
                QuestionDraft.of("Which are protective equipment?", "1", new QuestionSpec.MultipleChoice(OPTIONS,
                        Set.of("a", "b"), MultipleChoiceScoring.PARTIAL_CREDIT)),
                QuestionDraft.of("Guardrails are needed above six feet.", "1", new QuestionSpec.TrueFalse(true)),
                QuestionDraft.of("Rungs on a 42-rung ladder?", "1", QuestionSpec.Numeric.exactly("42")));
    }

    /** A course that was built and published; {@code quiz} is null without one. */
    public record PublishedCourse(CourseId id, ModuleId moduleId, List<LessonId> lessons,
                                  @Nullable AssessmentId quiz) {
        public PublishedCourse {
            lessons = List.copyOf(lessons);
        }
    }

    public PublishedCourse publish(LearningApi learning, Actor instructor) {
        CourseId course = learning.createCourse(instructor, CreateCourse.of(details())).id();
        if (!grading.equals(CourseGrading.standard())) {
            learning.setGrading(instructor, new SetCourseGrading(course, grading));
        }
        ModuleId module = new ModuleId(learning.addModule(instructor,
                new AddModule(course, ModuleContent.titled("Essentials"))).id());
        learning.setVisibility(instructor, new SetVisibility(course, module.value(), true, false));
        List<LessonId> lessons = new ArrayList<>();
        for (int i = 1; i <= textLessons; i++) {
            lessons.add(lesson(learning, instructor, course, module, LessonContent.text("Lesson " + i, "Read me", 10)));
        }
        if (videoSeconds != null) {
            lessons.add(lesson(learning, instructor, course, module, LessonContent.video("Walkthrough",
                    URI.create("https://video.example/walkthrough"), videoSeconds, 90)));
        }
        AssessmentId quizId = null;
        if (quiz != null) {
            quizId = learning.createAssessment(instructor, new CreateAssessment(course, null,
                    AssessmentProfile.quiz("Safety quiz", CourseGrading.DEFAULT_CATEGORY), quiz, standardQuestions()))
                    .id();
            learning.publishAssessment(instructor, quizId);
        }
        learning.publishCourse(instructor, course);
        return new PublishedCourse(course, module, lessons, quizId);
    }

    private static LessonId lesson(LearningApi learning, Actor instructor, CourseId course, ModuleId module,
                                   LessonContent content) {
        LessonId id = new LessonId(learning.addLesson(instructor, new AddLesson(course, module, content)).id());
        learning.setVisibility(instructor, new SetVisibility(course, id.value(), true, false));
        return id;
    }
}
