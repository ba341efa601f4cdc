package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/** What a member submits: the seed's application content. */
public record Proposal(String proposal, String experience, String timeline, @Nullable Money budgetProposal,
                       List<TeamMember> team, List<PortfolioItem> portfolio, List<ClientReference> references,
                       List<String> certificationsProvided) {

    public Proposal {
        Violations violations = Violations.collect()
                .notBlank(proposal, "proposal", 20_000)
                .notBlank(experience, "experience", 10_000)
                .notBlank(timeline, "timeline", 5_000)
                .check(budgetProposal == null || budgetProposal.isPositive(), "budgetProposal", ViolationRule.RANGE,
                        "must be positive")
                .maxSize(team, "team", 50)
                .maxSize(portfolio, "portfolio", 30)
                .maxSize(references, "references", 10);
        TextLists.check(violations, certificationsProvided, "certificationsProvided", 30, 200);
        violations.throwIfAny();
        proposal = proposal.strip();
        experience = experience.strip();
        timeline = timeline.strip();
        team = List.copyOf(team);
        portfolio = List.copyOf(portfolio);
        references = List.copyOf(references);
        certificationsProvided = TextLists.distinct(certificationsProvided);
    }

    /** The three texts every application needs, nothing else. */
    public static Proposal of(String proposal, String experience, String timeline) {
        return new Proposal(proposal, experience, timeline, null, List.of(), List.of(), List.of(), List.of());
    }
}
