package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.contract.ProjectStoreFixtures.NOW;
import static org.namc.testing.contract.ProjectStoreFixtures.draft;
import static org.namc.testing.contract.ProjectStoreFixtures.member;
import static org.namc.testing.data.ProjectBuilder.aProject;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.membership.spi.Members;
import org.namc.projects.domain.Budget;
import org.namc.projects.domain.BudgetRange;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectCategory;
import org.namc.projects.domain.ProjectFilter;
import org.namc.projects.domain.ProjectHit;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectQuery;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.projects.domain.Radius;
import org.namc.projects.spi.ProjectSearch;
import org.namc.projects.spi.Projects;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.data.ProjectBuilder;

/**
 * What every {@link ProjectSearch} adapter must do: the semantics its documentation states,
 * on cases where PostgreSQL full-text search and the in-memory search agree. The adapter's
 * test supplies the search and the stores it reads.
 */
public abstract class ProjectSearchContract {
    private static final Set<ProjectVisibility> EVERYONE = EnumSet.allOf(ProjectVisibility.class);

    protected abstract ProjectSearch search();

    protected abstract Projects projects();

    protected abstract Members members();

    private MemberId owner;
    private int published;

    @BeforeEach
    void anOwner() {
        owner = member(members());
    }

    /** Publishes one project, each a minute after the previous, so recency is known. */
    private Project publish(ProjectBuilder project) {
        Instant at = NOW.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(++published));
        Project draft = projects().save(draft(owner, project.details(), at));
        return projects().save(draft.published(owner, at));
    }

    private List<ProjectId> ids(ProjectFilter filter) {
        return hits(filter, EVERYONE).stream().map(h -> h.project().id()).toList();
    }

    private List<ProjectHit> hits(ProjectFilter filter, Set<ProjectVisibility> visibleTo) {
        return search().search(ProjectQuery.of(filter, visibleTo, NOW), PageRequest.first(100)).items();
    }

    @Test
    void findsOnlyPublishedProjectsStillOpenAndVisible() {
        Project open = publish(aProject());
        Project membersOnly = publish(aProject().visibleTo(ProjectVisibility.MEMBERS_ONLY));
        Project closingSoon = publish(aProject().closingAt(NOW.plus(Duration.ofHours(1))));
        projects().save(draft(owner));
        Project cancelled = publish(aProject());
        projects().save(cancelled.cancelled(owner, NOW));
        Project closed = publish(aProject());
        projects().save(closed.closed(owner, NOW));

        assertThat(ids(ProjectFilter.ANY)).containsExactlyInAnyOrder(open.id(), membersOnly.id(), closingSoon.id());
        assertThat(hits(ProjectFilter.ANY, Set.of(ProjectVisibility.PUBLIC))).extracting(h -> h.project().id())
                .containsExactlyInAnyOrder(open.id(), closingSoon.id());
        assertThat(ids(ProjectFilter.ANY.withDeadlineAfter(NOW.plus(Duration.ofHours(2)))))
                .containsExactlyInAnyOrder(open.id(), membersOnly.id());
        assertThat(hits(ProjectFilter.ANY, Set.of())).isEmpty();
    }

    @Test
    void withoutTextTheNewestPublishedComeFirstAndPagesAreStable() {
        Project first = publish(aProject());
        Project second = publish(aProject());
        Project third = publish(aProject());

        assertThat(ids(ProjectFilter.ANY)).containsExactly(third.id(), second.id(), first.id());
        Page<ProjectHit> page = search().search(ProjectQuery.of(ProjectFilter.ANY, EVERYONE, NOW), new PageRequest(1, 2));
        assertThat(page.items()).extracting(h -> h.project().id()).containsExactly(first.id());
        assertThat(page.items()).extracting(ProjectHit::relevance).containsExactly(0.0);
        assertThat(page.totalItems()).isEqualTo(3);
    }

    @Test
    void everyWordMustOccurInSomeFieldInAnyOfItsForms() {
        Project both = publish(aProject().titled("Solar panels for the depot").described("Includes roofing repairs."));
        publish(aProject().titled("Solar carports").described("Canopies only."));
        Project bridges = publish(aProject().titled("Two pedestrian bridges").described("Steel spans."));

        assertThat(ids(ProjectFilter.text("solar roof"))).containsExactly(both.id());
        assertThat(ids(ProjectFilter.text("Bridge"))).containsExactly(bridges.id());
        assertThat(ids(ProjectFilter.text("pedestrian bridge steel"))).containsExactly(bridges.id());
        assertThat(ids(ProjectFilter.text("tunnel"))).isEmpty();
    }

    @Test
    void aMatchInTheTitleOutranksDescriptionThenKeywordsThenOrganisation() {
        Project inOrganisation = publish(aProject().titled("Building A").offeredBy("Seismic Safety Office"));
        Project inKeywords = publish(aProject().titled("Building B").withKeywords("seismic"));
        Project inDescription = publish(aProject().titled("Building C").described("A seismic upgrade."));
        Project inTitle = publish(aProject().titled("Seismic retrofit of Building D"));
        publish(aProject().titled("Building E"));

        List<ProjectHit> hits = hits(ProjectFilter.text("seismic"), EVERYONE);

        assertThat(hits).extracting(h -> h.project().id())
                .containsExactly(inTitle.id(), inDescription.id(), inKeywords.id(), inOrganisation.id());
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i - 1).relevance()).isGreaterThan(hits.get(i).relevance());
        }
        assertThat(hits.get(hits.size() - 1).relevance()).isPositive();
    }

    @Test
    void phrasesAlternativesAndExclusionsReadLikeAWebSearch() {
        Project array = publish(aProject().titled("Solar array installation"));
        Project arrayOfSolar = publish(aProject().titled("An array of solar lights"));
        Project paving = publish(aProject().titled("Parking lot paving"));

        assertThat(ids(ProjectFilter.text("\"solar array\""))).containsExactly(array.id());
        assertThat(ids(ProjectFilter.text("installation or paving"))).containsExactlyInAnyOrder(array.id(), paving.id());
        assertThat(ids(ProjectFilter.text("solar -lights"))).containsExactly(array.id());
        assertThat(ids(ProjectFilter.text("solar"))).containsExactlyInAnyOrder(array.id(), arrayOfSolar.id());
    }

    @Test
    void stopWordsAloneMatchNothing() {
        publish(aProject().titled("The one and only"));
        assertThat(ids(ProjectFilter.text("the and of"))).isEmpty();
    }

    @Test
    void filtersCombineCategoryBudgetRadiusAndSkills() {
        Project electricalOakland = publish(aProject().inCategory(ProjectCategory.ELECTRICAL)
                .requiringSkills("electrical", "solar pv")
                .withBudget(new Budget(Money.of("50000", "USD"), Money.of("90000", "USD"), null, null)));
        Project pavingSacramento = publish(aProject().inCategory(ProjectCategory.TRANSPORTATION)
                .requiringSkills("paving").at(GeoPoint.of(38.5816, -121.4944))
                .withBudget(new Budget(Money.of("2000000", "USD"), null, null, null)));
        Project estimateOnly = publish(aProject().inCategory(ProjectCategory.ELECTRICAL).requiringSkills("electrical")
                .withBudget(new Budget(null, null, Money.of("500000", "USD"), null)));

        assertThat(ids(ProjectFilter.ANY.withCategories(Set.of(ProjectCategory.ELECTRICAL))))
                .containsExactlyInAnyOrder(electricalOakland.id(), estimateOnly.id());
        assertThat(ids(ProjectFilter.ANY.withBudget(new BudgetRange(Money.of("400000", "USD"), null))))
                .containsExactlyInAnyOrder(pavingSacramento.id(), estimateOnly.id());
        assertThat(ids(ProjectFilter.ANY.withBudget(new BudgetRange(null, Money.of("100000", "USD")))))
                .containsExactly(electricalOakland.id());
        assertThat(ids(ProjectFilter.ANY.within(Radius.around(GeoPoint.of(37.7749, -122.4194), 30))))
                .containsExactlyInAnyOrder(electricalOakland.id(), estimateOnly.id());
        assertThat(ids(ProjectFilter.ANY.within(Radius.around(GeoPoint.of(38.55, -121.5), 10))))
                .containsExactly(pavingSacramento.id());
        assertThat(ids(ProjectFilter.ANY.withAnySkill("paving", "Solar PV")))
                .containsExactlyInAnyOrder(electricalOakland.id(), pavingSacramento.id());
        assertThat(ids(ProjectFilter.ANY.withAllSkills("electrical", "solar pv"))).containsExactly(electricalOakland.id());
        assertThat(ids(ProjectFilter.text("project").withAllSkills("electrical")
                .withCategories(Set.of(ProjectCategory.ELECTRICAL))))
                .containsExactlyInAnyOrder(electricalOakland.id(), estimateOnly.id());
    }
}
