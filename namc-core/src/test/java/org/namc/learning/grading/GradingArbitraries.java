package org.namc.learning.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of answer keys of every question kind, and of answers that fit them. */
public final class GradingArbitraries {
    private static final List<String> TEXT_POOL = List.of("alpha", "  ALPHA ", "Beta", "gamma ray", "Gamma  Ray",
            "delta", "épsilon", "epsilon");

    /** A key and answers that fit it (some questions unanswered). */
    public record Paper(GradingKey key, Map<QuestionId, Answer> answers) {
    }

    private GradingArbitraries() {
    }

    public static Arbitrary<GradingKey> keys(boolean withEssays) {
        Arbitrary<Question> question = Arbitraries.integers().between(0, withEssays ? 5 : 4)
                .flatMap(kind -> question(kind));
        return question.list().ofMinSize(1).ofMaxSize(8).map(GradingArbitraries::renumbered)
                .flatMap(questions -> Arbitraries.integers().between(0, 10_000)
                        .map(p -> new GradingKey(1, questions, BigDecimal.valueOf(p, 2))));
    }

    public static Arbitrary<Paper> papers(boolean withEssays) {
        return keys(withEssays).flatMap(key -> answersFor(key).map(answers -> new Paper(key, answers)));
    }

    public static Arbitrary<Map<QuestionId, Answer>> answersFor(GradingKey key) {
        List<Arbitrary<Optional<Answer>>> perQuestion = key.questions().stream()
                .map(q -> Arbitraries.oneOf(Arbitraries.just(Optional.<Answer>empty()), answerFor(q.spec()).map(Optional::of)))
                .toList();
        return Combinators.combine(perQuestion).as(answers -> {
            Map<QuestionId, Answer> map = new HashMap<>();
            for (int i = 0; i < answers.size(); i++) {
                int index = i;
                answers.get(i).ifPresent(a -> map.put(key.questions().get(index).id(), a));
            }
            return map;
        });
    }

    /** Questions keep their spec but get ids 1..n, so that a key never repeats an id. */
    private static List<Question> renumbered(List<Question> questions) {
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            out.add(new Question(Questions.id(i + 1), q.prompt(), q.points(), q.spec(), null));
        }
        return out;
    }

    private static Arbitrary<Question> question(int kind) {
        Arbitrary<BigDecimal> points = Arbitraries.integers().between(1, 2_000).map(p -> BigDecimal.valueOf(p, 2));
        Arbitrary<QuestionSpec> spec = switch (kind) {
            case 0 -> options().flatMap(o -> Arbitraries.integers().between(0, o.size() - 1)
                    .map(i -> new QuestionSpec.SingleChoice(o, o.get(i).id())));
            case 1 -> options().flatMap(o -> Arbitraries.of(MultipleChoiceScoring.class).flatMap(scoring ->
                    Arbitraries.of(o).set().ofMinSize(1).ofMaxSize(o.size()).map(correct ->
                            new QuestionSpec.MultipleChoice(o, ids(correct), scoring))));
            case 2 -> Arbitraries.of(true, false).map(QuestionSpec.TrueFalse::new);
            case 3 -> Combinators.combine(Arbitraries.integers().between(-10_000, 10_000),
                    Arbitraries.integers().between(0, 500)).as((e, t) -> new QuestionSpec.Numeric(
                    BigDecimal.valueOf(e, 2), BigDecimal.valueOf(t, 2)));
            case 4 -> Arbitraries.of(TEXT_POOL).list().ofMinSize(1).ofMaxSize(3).map(QuestionSpec.ShortText::new);
            default -> Arbitraries.just(new QuestionSpec.Essay(null));
        };
        return Combinators.combine(points, spec).as((p, s) -> new Question(Questions.id(0), "Q", p, s, null));
    }

    private static Arbitrary<List<Option>> options() {
        return Arbitraries.integers().between(2, 6).map(n -> IntStream.range(0, n)
                .mapToObj(i -> Option.of("o" + i, "Option " + i)).toList());
    }

    private static Set<String> ids(Set<Option> options) {
        Set<String> ids = new HashSet<>();
        options.forEach(o -> ids.add(o.id()));
        return ids;
    }

    private static Arbitrary<Answer> answerFor(QuestionSpec spec) {
        if (spec instanceof QuestionSpec.SingleChoice s) {
            return Arbitraries.of(s.options()).map(o -> new Answer.Choice(o.id()));
        }
        if (spec instanceof QuestionSpec.MultipleChoice m) {
            return Arbitraries.of(m.options()).list().uniqueElements().ofMaxSize(m.options().size())
                    .map(l -> new Answer.Choices(l.stream().map(Option::id).toList()));
        }
        if (spec instanceof QuestionSpec.TrueFalse) {
            return Arbitraries.of(true, false).map(Answer.TrueOrFalse::new);
        }
        if (spec instanceof QuestionSpec.Numeric n) {
            return Arbitraries.integers().between(-600, 600)
                    .map(d -> new Answer.Number(n.expected().add(BigDecimal.valueOf(d, 2))));
        }
        if (spec instanceof QuestionSpec.ShortText) {
            return Arbitraries.of(TEXT_POOL).map(Answer.Text::new);
        }
        return Arbitraries.of("", "An essay answer.").map(Answer.Text::new);
    }
}
