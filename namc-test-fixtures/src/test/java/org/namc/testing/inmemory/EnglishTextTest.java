package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectOrigin;
import org.namc.testing.data.ProjectBuilder;

class EnglishTextTest {

    @Test
    void wordFormsMeetTheirStems() {
        assertThat(EnglishText.lexemes("Bridges bridge")).containsExactly("bridg", "bridg");
        assertThat(EnglishText.lexemes("roofing roofs roof")).containsOnly("roof");
        assertThat(EnglishText.lexemes("paving paved pave")).containsOnly("pave");
        assertThat(EnglishText.lexemes("installations installation")).containsOnly("installation");
    }

    @Test
    void stopWordsAndPunctuationLeaveNothing() {
        assertThat(EnglishText.lexemes("The, and -- of!")).isEmpty();
        assertThat(EnglishText.lexemes("C-10 licence")).containsExactly("c", "10", "licenc");
    }

    @Test
    void aWebSearchNeedsAllWordsUnlessOrSeparatesThem() {
        SearchDocument doc = new SearchDocument(Project.draft(new ProjectId(UUID.randomUUID()),
                ProjectOrigin.manual(), ProjectBuilder.aProject().titled("Solar array roofing").details(), null,
                Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(WebSearchQuery.parse("solar roof").relevance(doc)).isEqualTo(2.0);
        assertThat(WebSearchQuery.parse("solar tunnel").relevance(doc)).isNegative();
        assertThat(WebSearchQuery.parse("tunnel or solar").relevance(doc)).isEqualTo(1.0);
        assertThat(WebSearchQuery.parse("\"array solar\"").relevance(doc)).isNegative();
        assertThat(WebSearchQuery.parse("-tunnel").relevance(doc)).isZero();
        assertThat(WebSearchQuery.parse("the of").relevance(doc)).isNegative();
    }
}
