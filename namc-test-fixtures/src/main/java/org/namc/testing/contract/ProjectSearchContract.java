package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.contract.ProjectStoreFixtures.NOW;
import static org.namc.testing.contract.ProjectStoreFixtures.draft;
import static org.namc.testing.contract.ProjectStoreFixtures.member;
import static org.namc.testing.data.ProjectBuilder.aProject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
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
import org.namc.testing.data.SearchCorpus;

/**
 * What every {@link ProjectSearch} adapter must do: the semantics its documentation states, and
 * on a generated corpus the very answers PostgreSQL's full-text search gives. The adapter's test
 * supplies the search and the stores it reads.
 */
public abstract class ProjectSearchContract {
    private static final Set<ProjectVisibility> EVERYONE = EnumSet.allOf(ProjectVisibility.class);
    /** PostgreSQL's answers to {@link SearchCorpus#queries()}: the query, a tab, the corpus indexes found. */
    private static final String ANSWERS = "project-search-answers.tsv";
    /** Set to a file path to record an adapter's answers there (done with the PostgreSQL adapter). */
    private static final String RECORD_ANSWERS = "namc.search.answers.record";

    protected abstract ProjectSearch search();

    protected abstract Projects projects();

    protected abstract Members members();

    /**
     * Whether to run the generated-corpus comparison (several hundred projects, hundreds of
     * queries). An adapter variant that runs the very same queries as one already checked (the
     * PostgreSQL adapter reading from a replica) may leave it out to save time.
     */
    protected boolean checksTheGeneratedCorpus() {
        return true;
    }

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

    /**
     * Several hundred generated projects and hundreds of queries (words in their derived forms,
     * phrases, {@code or}, negation, hyphenated words, numbers, e-mail addresses, URLs, stop words):
     * every query finds exactly the projects PostgreSQL 15 finds for it, as recorded in
     * {@value #ANSWERS} from the PostgreSQL adapter (which checks the record against the database on
     * every run, so a different PostgreSQL makes this fail there first).
     */
    @Test
    void everyQueryOnTheGeneratedCorpusFindsWhatPostgresqlFinds() throws IOException {
        Assumptions.assumeTrue(checksTheGeneratedCorpus(), "the adapter's SQL is checked on the corpus elsewhere");
        Map<ProjectId, Integer> corpusIndex = new HashMap<>();
        List<SearchCorpus.Fields> corpus = SearchCorpus.projects();
        for (int i = 0; i < corpus.size(); i++) {
            corpusIndex.put(publish(corpus.get(i).builder()).id(), i);
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (String query : SearchCorpus.queries()) {
            answers.put(query, search().search(ProjectQuery.of(ProjectFilter.text(query), EVERYONE, NOW),
                            PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                    .map(h -> corpusIndex.get(h.project().id())).sorted().map(String::valueOf)
                    .collect(Collectors.joining(",")));
        }
        String recordTo = System.getProperty(RECORD_ANSWERS);
        if (recordTo != null) {
            Files.write(Path.of(recordTo), answers.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue())
                    .toList(), StandardCharsets.UTF_8);
        }
        Map<String, String> recorded = recordedAnswers();
        List<String> differences = new ArrayList<>();
        answers.forEach((query, found) -> {
            if (!Objects.equals(recorded.get(query), found)) {
                differences.add(query + ": found [" + found + "], PostgreSQL [" + recorded.get(query) + "]");
            }
        });
        assertThat(recorded).hasSameSizeAs(answers);
        assertThat(differences).isEmpty();
        assertThat(answers.values().stream().filter(found -> !found.isEmpty()).count())
                .as("queries that find something").isGreaterThan(answers.size() / 2);
    }

    private static Map<String, String> recordedAnswers() throws IOException {
        Map<String, String> recorded = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(ProjectSearchContract.class.getResourceAsStream(ANSWERS), ANSWERS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                recorded.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return recorded;
    }
}
