package org.namc.projects.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class CandidateIndexProperties {

    @Provide
    Arbitrary<List<Candidate>> candidates() {
        return MatchArbitraries.distinctCandidates(60);
    }

    @Provide
    Arbitrary<MatchCriteria> criteria() {
        return MatchArbitraries.criteria();
    }

    @Provide
    Arbitrary<MatchWeights> weights() {
        return MatchArbitraries.weights();
    }

    /** What the index must return: every eligible member, scored by the engine, best first. */
    private static List<CandidateIndex.Ranked> byEngine(List<Candidate> candidates, MatchCriteria criteria,
                                                        MatchWeights weights) {
        MatchEngine engine = new MatchEngine(weights);
        List<CandidateIndex.Ranked> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            if (engine.match(c, criteria, MatchFixtures.TIME) instanceof MatchResult.Eligible e) {
                ranked.add(new CandidateIndex.Ranked(c, e.score()));
            }
        }
        ranked.sort(Comparator.comparing(CandidateIndex.Ranked::score).reversed()
                .thenComparing(r -> r.candidate().memberId(), MemberOrder.ASCENDING));
        return ranked;
    }

    @Property(tries = 300)
    void theIndexRanksExactlyAsTheEngineScores(@ForAll("candidates") List<Candidate> candidates,
                                               @ForAll("criteria") MatchCriteria criteria,
                                               @ForAll("weights") MatchWeights weights) {
        CandidateIndex.Ranking ranking = CandidateIndex.of(candidates)
                .rank(criteria, weights, MatchFixtures.TIME, 0, candidates.size());

        List<CandidateIndex.Ranked> expected = byEngine(candidates, criteria, weights);
        assertThat(ranking.entries()).containsExactlyElementsOf(expected);
        assertThat(ranking.eligible()).isEqualTo(expected.size());
        Statistics.label("some eligible").collect(!expected.isEmpty());
        Statistics.label("some ineligible").collect(expected.size() < candidates.size());
        Statistics.label("some eligible").coverage(c -> c.check(true).percentage(p -> p > 35));
        Statistics.label("some ineligible").coverage(c -> c.check(true).percentage(p -> p > 60));
    }

    @Property(tries = 300)
    void ineligibleMembersNeverAppearInTheTopK(@ForAll("candidates") List<Candidate> candidates,
                                               @ForAll("criteria") MatchCriteria criteria,
                                               @ForAll @IntRange(min = 1, max = 20) int k) {
        MatchEngine engine = new MatchEngine(MatchWeights.defaults());
        CandidateIndex.Ranking top = engine.rank(CandidateIndex.of(candidates), criteria, MatchFixtures.TIME, 0, k);

        assertThat(top.entries()).hasSizeLessThanOrEqualTo(k).allSatisfy(entry ->
                assertThat(engine.match(entry.candidate(), criteria, MatchFixtures.TIME))
                        .isInstanceOf(MatchResult.Eligible.class));
    }

    @Property(tries = 300)
    void theRankingIsATotalOrderWhateverTheInputOrder(@ForAll("candidates") List<Candidate> candidates,
                                                      @ForAll("criteria") MatchCriteria criteria,
                                                      @ForAll Random random) {
        MatchWeights weights = MatchWeights.defaults();
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);

        List<CandidateIndex.Ranked> first = CandidateIndex.of(candidates)
                .rank(criteria, weights, MatchFixtures.TIME, 0, candidates.size()).entries();
        List<CandidateIndex.Ranked> second = CandidateIndex.of(shuffled)
                .rank(criteria, weights, MatchFixtures.TIME, 0, candidates.size()).entries();

        assertThat(second).isEqualTo(first);
        for (int i = 1; i < first.size(); i++) {
            CandidateIndex.Ranked above = first.get(i - 1);
            CandidateIndex.Ranked below = first.get(i);
            assertThat(above.score().compareTo(below.score()) > 0 || above.score().equals(below.score())
                    && MemberOrder.compare(above.candidate().memberId(), below.candidate().memberId()) < 0)
                    .as("%s strictly before %s", above, below).isTrue();
        }
    }

    @Property(tries = 300)
    void pagesAreSlicesOfTheWholeRanking(@ForAll("candidates") List<Candidate> candidates,
                                         @ForAll("criteria") MatchCriteria criteria,
                                         @ForAll @IntRange(min = 0, max = 70) int offset,
                                         @ForAll @IntRange(min = 0, max = 15) int limit) {
        CandidateIndex index = CandidateIndex.of(candidates);
        MatchWeights weights = MatchWeights.defaults();
        List<CandidateIndex.Ranked> all = index.rank(criteria, weights, MatchFixtures.TIME, 0, candidates.size())
                .entries();

        CandidateIndex.Ranking page = index.rank(criteria, weights, MatchFixtures.TIME, offset, limit);

        int from = Math.min(offset, all.size());
        assertThat(page.entries()).isEqualTo(all.subList(from, Math.min(all.size(), from + limit)));
        assertThat(page.eligible()).isEqualTo(all.size());
    }
}
