package org.namc.projects.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.namc.projects.FoundProject;
import org.namc.projects.MemberMatch;
import org.namc.projects.ProjectMatch;
import org.namc.projects.ProjectView;
import org.namc.projects.RankMembers;
import org.namc.projects.RankProjects;
import org.namc.projects.SearchProjects;
import org.namc.projects.domain.BudgetRange;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectFilter;
import org.namc.projects.domain.ProjectHit;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectQuery;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.projects.matching.Candidate;
import org.namc.projects.matching.CandidateIndex;
import org.namc.projects.matching.MatchCriteria;
import org.namc.projects.matching.MatchResult;
import org.namc.projects.matching.MatchTime;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;

/** Search, ranking in both directions, and explaining one match. Reads only. */
final class MatchingUseCases {
    /** Ranking projects for a member sorts by relevance first: ties must keep their order. */
    private static final Comparator<ProjectMatch> PROJECT_ORDER = Comparator
            .comparingDouble(ProjectMatch::relevance).reversed()
            .thenComparing(ProjectMatch::score, Comparator.reverseOrder())
            .thenComparing((ProjectMatch m) -> m.project().publishedAt(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(m -> m.project().id().value());

    private final ProjectsContext ctx;

    MatchingUseCases(ProjectsContext ctx) {
        this.ctx = ctx;
    }

    Page<FoundProject> search(Actor actor, SearchProjects command) {
        validate(command, command.filter(), command.page());
        ProjectQuery query = ProjectQuery.of(command.filter(), ctx.access().readableBy(actor), ctx.now());
        return ctx.search().search(query, command.page())
                .map(hit -> new FoundProject(ProjectView.of(hit.project(), ctx.now()), hit.relevance()));
    }

    Page<ProjectMatch> rankProjects(Actor actor, RankProjects command) {
        Violations violations = Violations.collect().required(command.memberId(), "memberId");
        validate(command, command.filter(), command.page(), violations);
        ctx.access().requireOnMember(actor, "member", "read", command.memberId());
        Candidate candidate = ctx.candidate(command.memberId());
        Set<ProjectVisibility> visible = EnumSet.noneOf(ProjectVisibility.class);
        visible.addAll(ctx.access().readableBy(actor));
        visible.retainAll(ctx.access().readableBy(Actor.member(command.memberId())));
        ProjectQuery query = ProjectQuery.of(command.filter(), visible, ctx.now());
        MatchTime time = ctx.matchTime();
        List<ProjectMatch> ranked = new ArrayList<>();
        for (ProjectHit hit : window(query)) {
            if (ctx.engine().match(candidate, MatchCriteria.of(hit.project()), time)
                    instanceof MatchResult.Eligible eligible) {
                ranked.add(new ProjectMatch(ProjectView.of(hit.project(), time.instant()), hit.relevance(),
                        eligible.score(), eligible.breakdown()));
            }
        }
        ranked.sort(PROJECT_ORDER);
        return Page.slice(ranked, command.page());
    }

    Page<MemberMatch> rankMembers(Actor actor, RankMembers command) {
        Violations violations = Violations.collect().required(command.projectId(), "projectId")
                .required(command.page(), "page");
        ctx.validation().validate(command, violations);
        Project project = ctx.loadProject(command.projectId());
        ctx.access().require(actor, "rank-members", project);
        MatchCriteria criteria = MatchCriteria.of(project);
        MatchTime time = ctx.matchTime();
        PageRequest page = command.page();
        CandidateIndex candidates = ctx.candidates().index();
        if (ctx.prospects().narrows()) {
            // Only the prospects are scored; they include everyone the engine could find eligible.
            Set<MemberId> prospects = ctx.prospects().prospectsFor(criteria, time.instant(),
                    ctx.renewalPolicy().grace());
            candidates = candidates.restrictedTo(prospects);
        }
        CandidateIndex.Ranking ranking = ctx.engine().rank(candidates, criteria,
                time, (int) Math.min(page.offset(), Integer.MAX_VALUE), page.size());
        List<MemberMatch> matches = new ArrayList<>();
        for (CandidateIndex.Ranked ranked : ranking.entries()) {
            matches.add(explainRanked(ranked, criteria, time));
        }
        return new Page<>(matches, page, ranking.eligible());
    }

    MatchResult explain(Actor actor, ProjectId projectId, MemberId memberId) {
        Violations.collect().required(projectId, "projectId").required(memberId, "memberId").throwIfAny();
        Project project = ctx.loadProject(projectId);
        ctx.access().requireRead(actor, project);
        boolean projectSide = ctx.access().decide(actor, "rank-members", project).isAllowed();
        if (!projectSide) {
            ctx.access().requireOnMember(actor, "member", "read", memberId);
        }
        return ctx.engine().match(ctx.candidate(memberId), MatchCriteria.of(project), ctx.matchTime());
    }

    /** The breakdown of a ranked member, from the very candidate data the index scored. */
    private MemberMatch explainRanked(CandidateIndex.Ranked ranked, MatchCriteria criteria, MatchTime time) {
        MatchResult result = ctx.engine().match(ranked.candidate(), criteria, time);
        if (!(result instanceof MatchResult.Eligible eligible) || !eligible.score().equals(ranked.score())) {
            throw new IllegalStateException("the candidate index and the match engine disagree on member "
                    + ranked.candidate().memberId());
        }
        return new MemberMatch(ranked.candidate().memberId(), ranked.candidate().name(), eligible.score(),
                eligible.breakdown());
    }

    /** Every hit up to the ranking window, most relevant first. */
    private List<ProjectHit> window(ProjectQuery query) {
        List<ProjectHit> hits = new ArrayList<>();
        int limit = ctx.settings().rankingWindow();
        for (int page = 0; hits.size() < limit; page++) {
            Page<ProjectHit> batch = ctx.search().search(query, new PageRequest(page, PageRequest.MAX_SIZE));
            hits.addAll(batch.items());
            if (!batch.hasNext()) {
                break;
            }
        }
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private void validate(Object command, ProjectFilter filter, PageRequest page) {
        validate(command, filter, page, Violations.collect());
    }

    private void validate(Object command, ProjectFilter filter, PageRequest page, Violations violations) {
        violations.required(filter, "filter").required(page, "page");
        BudgetRange budget = filter == null ? null : filter.budget();
        if (budget != null) {
            List<Money> amounts = new ArrayList<>();
            if (budget.min() != null) {
                amounts.add(budget.min());
            }
            if (budget.max() != null) {
                amounts.add(budget.max());
            }
            amounts.forEach(m -> violations.check(m.currency().equals(ctx.settings().currency()), "filter.budget",
                    "currency", "must be in " + ctx.settings().currency().getCurrencyCode()));
        }
        ctx.validation().validate(command, violations);
    }
}
