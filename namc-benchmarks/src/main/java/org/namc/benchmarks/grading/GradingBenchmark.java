package org.namc.benchmarks.grading;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.namc.learning.grading.GradeReport;
import org.namc.learning.grading.Grader;
import org.namc.learning.grading.QuestionResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** B11: grading one learner's answers to a 50-question quiz. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GradingBenchmark {
    private Quiz quiz;
    private NaiveGrader naive;

    @Setup
    public void buildAndCheck() {
        quiz = new Quiz();
        naive = new NaiveGrader(quiz.key);
        GradeReport report = ours();
        long[] ours = new long[report.questions().size() + 1];
        for (int i = 0; i < report.questions().size(); i++) {
            QuestionResult result = report.questions().get(i);
            ours[i] = result.earnedOrZero().movePointRight(2).longValueExact();
        }
        ours[report.questions().size()] = report.percent().movePointRight(2).longValueExact();
        long[] expected = naive();
        if (!Arrays.equals(ours, expected)) {
            throw new IllegalStateException("the grader and the naive grader disagree:\n" + Arrays.toString(ours)
                    + "\n" + Arrays.toString(expected));
        }
    }

    @Benchmark
    public GradeReport ours() {
        return Grader.grade(quiz.key, quiz.answers);
    }

    @Benchmark
    public long[] naive() {
        return naive.grade(quiz.answers);
    }
}
