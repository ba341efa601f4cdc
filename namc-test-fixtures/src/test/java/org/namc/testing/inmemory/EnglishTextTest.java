package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.ProjectOrigin;
import org.namc.testing.data.ProjectBuilder;

/** The expected vectors are PostgreSQL 15's {@code to_tsvector('english', ..)} output for the same text. */
class EnglishTextTest {

    private static List<String> lexemes(String text) {
        return EnglishText.lexemes(text).stream().map(EnglishText.Lexeme::text).toList();
    }

    @Test
    void derivedFormsMeetAtTheirSnowballStem() {
        assertThat(EnglishText.tsvector("electric electricity electrical electrician mechanic mechanical mechanics"
                + " inspection inspect inspector replacement replace replaced installations installation"))
                .isEqualTo("'electr':1,2,3 'electrician':4 'inspect':8,9 'inspector':10 'instal':14,15"
                        + " 'mechan':5,6,7 'replac':11,12,13");
    }

    @Test
    void signedNumbersHyphensAndStopWordsParseAsPostgresParsesThem() {
        assertThat(EnglishText.tsvector("C-10 licence K-12 school")).isEqualTo(
                "'-10':2 '-12':5 'c':1 'k':4 'licenc':3 'school':6");
        assertThat(EnglishText.tsvector("state-of-the-art re-roofing")).isEqualTo(
                "'art':5 're':7 're-roof':6 'roof':8 'state':2 'state-of-the-art':1");
        assertThat(EnglishText.tsvector("bids@sfgov.org https://bids.sfgov.org/rfp/2026-014 design/build 3.2.1"))
                .isEqualTo("'/rfp/2026-014':4 '3.2.1':6 'bids.sfgov.org':3 'bids.sfgov.org/rfp/2026-014':2"
                        + " 'bids@sfgov.org':1 'design/build':5");
        assertThat(lexemes("The, and -- of!")).isEmpty();
    }

    @Test
    void aWebSearchNeedsAllWordsUnlessOrSeparatesThem() {
        SearchDocument doc = new SearchDocument(Project.draft(new ProjectId(UUID.randomUUID()),
                ProjectOrigin.manual(), ProjectBuilder.aProject().titled("Solar array of roofing").details(), null,
                Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(WebSearchQuery.parse("solar roof").relevance(doc)).isEqualTo(2.0);
        assertThat(WebSearchQuery.parse("solar tunnel").relevance(doc)).isNegative();
        assertThat(WebSearchQuery.parse("tunnel or solar").relevance(doc)).isEqualTo(1.0);
        assertThat(WebSearchQuery.parse("\"array solar\"").relevance(doc)).isNegative();
        assertThat(WebSearchQuery.parse("\"array of roofs\"").relevance(doc)).isEqualTo(1.0);
        assertThat(WebSearchQuery.parse("\"array roofs\"").relevance(doc)).as("the stop word keeps its place")
                .isNegative();
        assertThat(WebSearchQuery.parse("-tunnel").relevance(doc)).isZero();
        assertThat(WebSearchQuery.parse("solar -- roof").relevance(doc)).as("two negations cancel").isEqualTo(2.0);
        assertThat(WebSearchQuery.parse("the of").isEmpty()).isTrue();
        assertThat(WebSearchQuery.parse("solar or the").relevance(doc)).isEqualTo(1.0);
    }
}
