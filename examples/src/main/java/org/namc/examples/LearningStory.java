package org.namc.examples;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.namc.access.GrantRole;
import org.namc.learning.AddLesson;
import org.namc.learning.AddModule;
import org.namc.learning.AssessmentView;
import org.namc.learning.AttemptView;
import org.namc.learning.CertificateKey;
import org.namc.learning.CertificateView;
import org.namc.learning.CourseView;
import org.namc.learning.CreateAssessment;
import org.namc.learning.CreateCourse;
import org.namc.learning.Enroll;
import org.namc.learning.EnrollmentView;
import org.namc.learning.LearningApi;
import org.namc.learning.OpenLesson;
import org.namc.learning.QuestionDraft;
import org.namc.learning.SetVisibility;
import org.namc.learning.StartAttempt;
import org.namc.learning.SubmissionResult;
import org.namc.learning.SubmitAttempt;
import org.namc.learning.TrackLesson;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentSettings;
import org.namc.learning.domain.CertificateSignatures;
import org.namc.learning.domain.CourseDetails;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.CourseLevel;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.ModuleContent;
import org.namc.learning.domain.ModuleId;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.CourseGrading;
import org.namc.learning.grading.MultipleChoiceScoring;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;
import org.namc.membership.MembershipApi;
import org.namc.membership.RegisterMember;
import org.namc.membership.VerifyEmail;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;

/**
 * The learning part of the demo: an instructor publishes a course with a quiz; a member
 * enrols, works through the lessons, fails the quiz, passes it on the second attempt, and
 * the certificate that is issued is verified by its code and, offline, by its signature.
 */
final class LearningStory {
    private static final List<Option> GEAR = List.of(Option.of("a", "Hard hat"), Option.of("b", "Full-body harness"),
            Option.of("c", "Lanyard with shock absorber"), Option.of("d", "Tool belt"));

    private final PrintStream out;
    private final LearningApi learning;
    private final MembershipApi membership;
    private final DemoRuntime runtime;
    private final MutableClock clock;

    LearningStory(DemoRuntime runtime, PrintStream out) {
        this.runtime = runtime;
        this.out = out;
        this.learning = runtime.portal().learning();
        this.membership = runtime.portal().membership();
        this.clock = runtime.clock();
    }

    /** Returns the certificate the learner earned, for the documents part to print. */
    CertificateView run() {
        say("");
        say("== Learning ==");
        MemberId teacher = registered("rosa.diaz@bay-safety.example", "Rosa", "Diaz");
        runtime.portal().access().grantRole(Actor.system(), new GrantRole(teacher, "INSTRUCTOR", null));
        Actor instructor = Actor.member(teacher);
        CourseId course = learning.createCourse(instructor, CreateCourse.of(new CourseDetails(
                "Fall Protection for Residential Framing", "Harnesses, anchors and guardrails on the job.",
                "OSHA-aligned basics", "Rosa Diaz", "Safety", CourseLevel.BEGINNER, List.of("osha", "safety"),
                "English", Money.of("0", "USD"), 180, 730))).id();
        ModuleId module = new ModuleId(learning.addModule(instructor,
                new AddModule(course, ModuleContent.titled("On the roof"))).id());
        learning.setVisibility(instructor, new SetVisibility(course, module.value(), true, false));
        LessonId hazards = lesson(instructor, course, module, LessonContent.text("Spotting fall hazards",
                "Open edges, skylights, ladders...", 15));
        LessonId anchors = lesson(instructor, course, module, LessonContent.video("Rigging an anchor",
                URI.create("https://video.example/anchors"), 480, 90));
        AssessmentView quiz = learning.createAssessment(instructor, new CreateAssessment(course, null,
                AssessmentProfile.quiz("Fall protection check", CourseGrading.DEFAULT_CATEGORY),
                AssessmentSettings.defaults().passingAt("75").shuffled(true), questions()));
        learning.publishAssessment(instructor, quiz.id());
        CourseView published = learning.publishCourse(instructor, course);
        say(String.format("published \"%s\": %d module, %d lessons, %d minutes, %d quiz of %d questions, free",
                published.details().title(), published.moduleCount(), published.lessonCount(),
                published.totalDurationMinutes(), published.assessmentCount(), quiz.current().questions().size()));

        MemberId sam = registered("sam.okafor@okafor-framing.example", "Sam", "Okafor");
        Actor learner = Actor.member(sam);
        EnrollmentView enrolled = learning.enroll(learner, new Enroll(sam, course)).enrollment();
        say("Sam enrols: " + enrolled.status() + ", access until " + enrolled.accessExpiresAt());
        learning.openLesson(learner, new OpenLesson(sam, course, hazards));
        learning.openLesson(learner, new OpenLesson(sam, course, anchors));
        learning.trackLesson(learner, TrackLesson.watched(sam, course, anchors, 0, 300));
        say("after reading one lesson and watching 300 of 480 video seconds: "
                + progress(sam, course) + " % of the required lessons");
        learning.trackLesson(learner, TrackLesson.watched(sam, course, anchors, 300, 480));
        say("after watching the rest of the video: " + progress(sam, course) + " %");

        List<Question> key = learning.assessment(instructor, quiz.id()).current().questions();
        take(learner, sam, quiz, answers(key, 1), "first attempt (one answer right)");
        clock.advance(Duration.ofHours(2));
        take(learner, sam, quiz, answers(key, key.size()), "second attempt (all right)");
        say("enrolment is now " + learning.enrollment(learner, sam, course).status());

        CertificateView certificate = learning.certificate(learner, sam, course).orElseThrow();
        say("certificate " + certificate.content().number() + " for " + certificate.content().recipientName()
                + ", score " + certificate.content().finalScore() + ", completed " + certificate.content().completedOn());
        say("  verification code " + certificate.verificationCode() + ", content hash "
                + certificate.contentHash().substring(0, 16) + "...");
        say("  anyone checks the code -> " + learning.verifyCertificate(Actor.anonymous(),
                certificate.verificationCode()));
        CertificateKey key2026 = learning.certificateKey(Actor.anonymous());
        var publicKey = CertificateSignatures.publicKey(Base64.getDecoder().decode(key2026.encoded()));
        say("  offline, with the association's public key " + key2026.keyId() + ": signature valid = "
                + CertificateSignatures.verify(publicKey, certificate.content(), certificate.signature()));
        String typo = swapFirstDistinctNeighbours(certificate.verificationCode());
        try {
            learning.verifyCertificate(Actor.anonymous(), typo);
        } catch (NamcException e) {
            say("  a mistyped code (two symbols swapped) -> " + e.code() + " " + e.violations());
        }
        return certificate;
    }

    /** The code is random: its first two symbols may be equal, and swapping those would change nothing. */
    private static String swapFirstDistinctNeighbours(String code) {
        int i = 0;
        while (code.charAt(i) == code.charAt(i + 1) || code.charAt(i) == '-' || code.charAt(i + 1) == '-') {
            i++;
        }
        return code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
    }

    private void take(Actor learner, MemberId sam, AssessmentView quiz, Map<QuestionId, Answer> answers,
                      String label) {
        AttemptView attempt = learning.startAttempt(learner, new StartAttempt(sam, quiz.id()));
        clock.advance(Duration.ofMinutes(6));
        SubmissionResult result = learning.submitAttempt(learner, new SubmitAttempt(attempt.id(), answers));
        var grade = result.attempt().result();
        say(String.format("%s: attempt #%d %s %s %% -> %s", label, result.attempt().number(),
                result.getClass().getSimpleName(), grade.percent(), grade.passed() ? "PASSED" : "failed"));
    }

    private static List<QuestionDraft> questions() {
        return List.of(
                QuestionDraft.of("Above what height does residential construction need fall protection (feet)?",
                        "1", QuestionSpec.Numeric.exactly("6")),
                QuestionDraft.of("Which make up a personal fall arrest system?", "1", new QuestionSpec.MultipleChoice(
                        GEAR, Set.of("b", "c"), MultipleChoiceScoring.PARTIAL_CREDIT)),
                QuestionDraft.of("A skylight screen counts as a guard.", "1", new QuestionSpec.TrueFalse(true)),
                QuestionDraft.of("Name the device a lanyard clips to on the roof.", "1",
                        QuestionSpec.ShortText.accepting("anchor", "anchorage", "roof anchor")));
    }

    /** The first {@code right} questions answered right, the others wrong. */
    private static Map<QuestionId, Answer> answers(List<Question> key, int right) {
        Map<QuestionId, Answer> answers = new HashMap<>();
        for (int i = 0; i < key.size(); i++) {
            Question q = key.get(i);
            answers.put(q.id(), i < right ? q.spec().correctAnswer() : switch (i) {
                case 0 -> Answer.Number.of("10");
                case 1 -> Answer.Choices.of("a", "d");
                case 2 -> new Answer.TrueOrFalse(false);
                default -> new Answer.Text("guardrail");
            });
        }
        return answers;
    }

    private String progress(MemberId sam, CourseId course) {
        return learning.enrollment(Actor.member(sam), sam, course).progress().percent().toPlainString();
    }

    private LessonId lesson(Actor instructor, CourseId course, ModuleId module, LessonContent content) {
        LessonId id = new LessonId(learning.addLesson(instructor, new AddLesson(course, module, content)).id());
        learning.setVisibility(instructor, new SetVisibility(course, id.value(), true, false));
        return id;
    }

    private MemberId registered(String email, String first, String last) {
        var registration = membership.register(RegisterMember.of(email, Secret.of("hard hats on site 2026"), first,
                last));
        membership.verifyEmail(new VerifyEmail(registration.verification().token()));
        return registration.memberId();
    }

    private void say(String line) {
        out.println(line);
    }
}
