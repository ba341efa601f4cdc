package org.namc.benchmarks.matching;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.namc.projects.matching.Candidate;
import org.namc.projects.matching.CandidateIndex;
import org.namc.projects.matching.MatchCriteria;
import org.namc.projects.matching.MatchEngine;
import org.namc.projects.matching.MatchWeights;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B2: the top 20 of 100,000 members for a project, {@link MatchEngine#rank} on a built
 * {@link CandidateIndex} against scoring everyone naively and sorting them all; and the
 * engine on two threads at once (two page views ranking concurrently).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RankingBenchmark {
    private static final int TOP = 20;

    @Param("100000")
    int members;

    private List<Candidate> candidates;
    private CandidateIndex index;
    private MatchCriteria project;
    private final MatchEngine engine = new MatchEngine(MatchWeights.defaults());

    @Setup(Level.Trial)
    public void buildAndCheck() {
        candidates = Contractors.generate(members, 17);
        index = CandidateIndex.of(candidates);
        project = Contractors.project();
        List<NaiveRanking.Scored> ours = engine.rank(index, project, Contractors.TIME, 0, TOP).entries().stream()
                .map(r -> new NaiveRanking.Scored(r.candidate().memberId(), r.score().hundredths()))
                .toList();
        List<NaiveRanking.Scored> naive = NaiveRanking.top(candidates, project, engine.weights(), Contractors.TIME, TOP);
        if (ours.size() != TOP || !ours.equals(naive)) {
            throw new IllegalStateException("the engine and the naive ranking disagree:\n" + ours + "\n" + naive);
        }
    }

    @Benchmark
    public CandidateIndex.Ranking engine() {
        return engine.rank(index, project, Contractors.TIME, 0, TOP);
    }

    @Benchmark
    @Threads(2)
    public CandidateIndex.Ranking engineTwoThreads() {
        return engine.rank(index, project, Contractors.TIME, 0, TOP);
    }

    @Benchmark
    public List<NaiveRanking.Scored> naive() {
        return NaiveRanking.top(candidates, project, engine.weights(), Contractors.TIME, TOP);
    }
}
