package org.namc.projects.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.namc.projects.domain.MatchScore;
import org.namc.shared.domain.GeoPoint;

class MatchEngineProperties {

    @Provide
    Arbitrary<Candidate> candidates() {
        return MatchArbitraries.candidates();
    }

    @Provide
    Arbitrary<MatchCriteria> criteria() {
        return MatchArbitraries.criteria();
    }

    @Provide
    Arbitrary<MatchCriteria> criteriaWithoutServiceArea() {
        return MatchArbitraries.criteria().filter(c -> c.serviceArea() == null);
    }

    @Provide
    Arbitrary<MatchWeights> weights() {
        return MatchArbitraries.weights();
    }

    @Provide
    Arbitrary<GeoPoint> places() {
        return MatchArbitraries.bayArea();
    }

    @Property(tries = 500)
    void theScoreAlwaysLiesBetween0And100AndTheBreakdownAddsUp(@ForAll("candidates") Candidate candidate,
                                                               @ForAll("criteria") MatchCriteria criteria,
                                                               @ForAll("weights") MatchWeights weights) {
        MatchResult result = new MatchEngine(weights).match(candidate, criteria, MatchFixtures.TIME);

        assertThat(result.breakdown()).hasSize(Criterion.values().length)
                .allSatisfy(line -> assertThat(line.earnedHundredths()).isBetween(0, line.possibleHundredths()));
        assertThat(result.breakdown().stream().mapToInt(CriterionScore::possibleHundredths).sum())
                .isEqualTo(MatchScore.MAX_HUNDREDTHS);
        if (result instanceof MatchResult.Eligible eligible) {
            assertThat(eligible.score().hundredths()).isBetween(0, MatchScore.MAX_HUNDREDTHS)
                    .isEqualTo(result.breakdown().stream().mapToInt(CriterionScore::earnedHundredths).sum());
        }
    }

    @Property(tries = 500)
    void addingARequiredSkillNeverLowersTheScore(@ForAll("candidates") Candidate candidate,
                                                 @ForAll("criteria") MatchCriteria criteria,
                                                 @ForAll("weights") MatchWeights weights,
                                                 @ForAll @IntRange(min = 0, max = 59) int pick) {
        // Usually one of the project's required skills, so that the member can gain one.
        List<String> pool = criteria.skills().isEmpty() ? MatchArbitraries.SKILLS : criteria.skills();
        String skill = pool.get(pick % pool.size());
        MatchEngine engine = new MatchEngine(weights);
        MatchResult before = engine.match(candidate, criteria, MatchFixtures.TIME);
        MatchResult after = engine.match(MatchFixtures.withSkills(candidate, skill), criteria, MatchFixtures.TIME);

        assertThat(after.getClass()).isEqualTo(before.getClass());
        boolean gained = criteria.skills().contains(skill) && !candidate.skills().contains(skill)
                && before instanceof MatchResult.Eligible;
        Statistics.label("a required skill gained by an eligible member").collect(gained);
        Statistics.label("a required skill gained by an eligible member")
                .coverage(c -> c.check(true).percentage(p -> p > 12));
        if (before instanceof MatchResult.Eligible b && after instanceof MatchResult.Eligible a) {
            assertThat(a.score()).isGreaterThanOrEqualTo(b.score());
            if (criteria.skills().contains(skill) && !candidate.skills().contains(skill) && weights.skills() > 0) {
                assertThat(a.breakdown().get(0).earnedHundredths())
                        .isGreaterThan(b.breakdown().get(0).earnedHundredths());
            }
        }
    }

    @Property(tries = 500)
    void movingCloserToTheSiteNeverLowersTheScore(@ForAll("candidates") Candidate candidate,
                                                  @ForAll("criteriaWithoutServiceArea") MatchCriteria criteria,
                                                  @ForAll("weights") MatchWeights weights,
                                                  @ForAll("places") GeoPoint one, @ForAll("places") GeoPoint other) {
        GeoPoint site = criteria.site() == null ? MatchFixtures.SITE : criteria.site();
        MatchCriteria located = new MatchCriteria(criteria.projectId(), criteria.skills(), criteria.certifications(),
                site, null, criteria.yearsOfExperience(), criteria.bonding(), criteria.insurance());
        boolean oneIsCloser = Distances.km(one, site) <= Distances.km(other, site);
        GeoPoint closer = oneIsCloser ? one : other;
        GeoPoint farther = oneIsCloser ? other : one;
        MatchEngine engine = new MatchEngine(weights);

        MatchResult near = engine.match(MatchFixtures.at(candidate, closer), located, MatchFixtures.TIME);
        MatchResult far = engine.match(MatchFixtures.at(candidate, farther), located, MatchFixtures.TIME);

        assertThat(near.getClass()).isEqualTo(far.getClass());
        if (near instanceof MatchResult.Eligible n && far instanceof MatchResult.Eligible f) {
            assertThat(n.score()).isGreaterThanOrEqualTo(f.score());
        }
        Statistics.label("closer earns strictly more").collect(near instanceof MatchResult.Eligible n
                && far instanceof MatchResult.Eligible f && n.score().compareTo(f.score()) > 0);
        Statistics.label("closer earns strictly more").coverage(c -> c.check(true).percentage(p -> p > 6));
    }

    @Property(tries = 300)
    void movingIntoTheServiceAreaNeverLowersTheScore(@ForAll("candidates") Candidate candidate,
                                                     @ForAll("criteria") MatchCriteria criteria,
                                                     @ForAll("weights") MatchWeights weights,
                                                     @ForAll("places") GeoPoint somewhere) {
        MatchCriteria withArea = new MatchCriteria(criteria.projectId(), criteria.skills(), criteria.certifications(),
                criteria.site(), MatchFixtures.EAST_BAY, criteria.yearsOfExperience(), criteria.bonding(),
                criteria.insurance());
        MatchEngine engine = new MatchEngine(weights);
        MatchResult inside = engine.match(MatchFixtures.at(candidate, GeoPoint.of(37.8, -122.2)), withArea,
                MatchFixtures.TIME);
        MatchResult elsewhere = engine.match(MatchFixtures.at(candidate, somewhere), withArea, MatchFixtures.TIME);

        if (elsewhere instanceof MatchResult.Eligible e) {
            assertThat(inside).isInstanceOfSatisfying(MatchResult.Eligible.class,
                    i -> assertThat(i.score()).isGreaterThanOrEqualTo(e.score()));
        }
    }
}
