package org.namc.benchmarks.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.namc.access.GrantRole;
import org.namc.benchmarks.SeededMembers;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.projects.MemberMatch;
import org.namc.projects.ProjectView;
import org.namc.projects.RankMembers;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.matching.Candidate;
import org.namc.projects.matching.CandidateIndex;
import org.namc.projects.matching.MatchCriteria;
import org.namc.projects.matching.MatchEngine;
import org.namc.projects.matching.MatchTime;
import org.namc.projects.matching.MatchWeights;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.data.ProjectBuilder;
import org.namc.testing.inmemory.InMemoryPortal;
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

/**
 * B2u: {@code ProjectsApi.rankMembers} for the first page of 20, on an in-memory portal of
 * 10,000 members; beside the engine alone ranking the same members on an index built once.
 * The use case adds access checks, loading the project, keeping its candidate index fresh and
 * explaining each of the 20; the goal is that this stays within 1.2× of the engine alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RankMembersBenchmark {
    private static final int MEMBERS = 10_000;
    private static final PageRequest FIRST_PAGE = PageRequest.first(20);

    private InMemoryPortal portal;
    private Actor owner;
    private RankMembers command;
    private final MatchEngine engine = new MatchEngine(MatchWeights.defaults());
    private CandidateIndex index;
    private MatchCriteria criteria;
    private MatchTime time;

    @Setup
    public void seedAndCheck() {
        portal = InMemoryPortal.create();
        MemberId ownerId = SeededMembers.seed(portal, 1, 5, (i, m) -> m).get(0);
        portal.portal().access().grantRole(Actor.system(), new GrantRole(ownerId, "PROJECT_OWNER", null));
        owner = Actor.member(ownerId);
        Random random = new Random(6);
        List<String> skills = Contractors.SKILLS;
        SeededMembers.seed(portal, MEMBERS, 7, (i, m) -> m
                .withSkills(skills.get(random.nextInt(skills.size())), skills.get(random.nextInt(skills.size())),
                        skills.get(i % skills.size()))
                .at(random.nextInt(50) == 0 ? null : GeoPoint.of(37.8 + (random.nextDouble() - 0.5) * 3,
                        -122.27 + (random.nextDouble() - 0.5) * 3)));
        ProjectView project = ProjectBuilder.aProject().requiringSkills("electrical", "solar pv", "roofing")
                .at(Contractors.OAKLAND).requiringCertification(CertificationRequirement.preferred("OSHA 30"))
                .publish(portal.portal().projects(), owner);
        command = new RankMembers(project.id(), FIRST_PAGE);

        List<Candidate> candidates = new ArrayList<>();
        Page<Member> batch;
        int page = 0;
        do {
            batch = portal.adapters().members().list(new PageRequest(page++, PageRequest.MAX_SIZE));
            batch.items().forEach(member -> candidates.add(Candidate.of(member, null, RenewalPolicy.standard())));
        } while (batch.hasNext());
        index = CandidateIndex.of(candidates);
        criteria = MatchCriteria.of(portal.adapters().projects().findById(project.id()).orElseThrow());
        time = MatchTime.of(portal.clock());

        List<String> viaApi = useCase().items().stream().map(m -> m.memberId() + "=" + m.score()).toList();
        List<String> viaEngine = engineAlone().entries().stream()
                .map(r -> r.candidate().memberId() + "=" + r.score()).toList();
        if (viaApi.size() != FIRST_PAGE.size() || !viaApi.equals(viaEngine)) {
            throw new IllegalStateException("the use case and the engine rank differently:\n" + viaApi + "\n"
                    + viaEngine);
        }
    }

    @Benchmark
    public Page<MemberMatch> useCase() {
        return portal.portal().projects().rankMembers(owner, command);
    }

    @Benchmark
    public CandidateIndex.Ranking engineAlone() {
        return engine.rank(index, criteria, time, 0, FIRST_PAGE.size());
    }
}
