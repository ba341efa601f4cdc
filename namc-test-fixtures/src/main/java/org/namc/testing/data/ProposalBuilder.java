package org.namc.testing.data;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.ClientReference;
import org.namc.projects.domain.PortfolioItem;
import org.namc.projects.domain.Proposal;
import org.namc.projects.domain.TeamMember;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.Money;

/** An application's content with sensible defaults: {@code aProposal().withBudget(..).build()}. */
public final class ProposalBuilder {
    private String proposal = "We will deliver the work on time with our own crews.";
    private String experience = "Fifteen years of public works in the Bay Area.";
    private String timeline = "Mobilise in two weeks, complete in ten.";
    private @Nullable Money budget;
    private final List<TeamMember> team = new ArrayList<>();
    private final List<PortfolioItem> portfolio = new ArrayList<>();
    private final List<ClientReference> references = new ArrayList<>();
    private final List<String> certifications = new ArrayList<>();

    private ProposalBuilder() {
    }

    public static ProposalBuilder aProposal() {
        return new ProposalBuilder();
    }

    public ProposalBuilder saying(String text) {
        this.proposal = text;
        return this;
    }

    public ProposalBuilder withBudget(@Nullable Money amount) {
        this.budget = amount;
        return this;
    }

    public ProposalBuilder withTeamMember(String name, String role) {
        team.add(new TeamMember(name, role, null));
        return this;
    }

    public ProposalBuilder withPortfolioItem(String title) {
        portfolio.add(new PortfolioItem(title, null, null, null, null));
        return this;
    }

    public ProposalBuilder withReference(String name, String email) {
        references.add(new ClientReference(name, null, EmailAddress.of(email), null));
        return this;
    }

    public ProposalBuilder providingCertifications(String... names) {
        certifications.addAll(List.of(names));
        return this;
    }

    public Proposal build() {
        return new Proposal(proposal, experience, timeline, budget, team, portfolio, references, certifications);
    }
}
