package org.namc.persistence.jpa.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.testing.data.SearchCorpus;
import org.namc.testing.inmemory.EnglishText;

/**
 * The in-memory search's text vectors are PostgreSQL's: for every text of the generated search
 * corpus (titles, descriptions, keywords, organisations, and every query read as a text),
 * {@link EnglishText#tsvector} prints exactly what {@code to_tsvector('english', ..)} prints, lexemes
 * and positions alike.
 */
class EnglishTextAgreementTest {

    /** Texts at the edges of the parser's rules, each a case {@code ts_debug} was asked about. */
    private static final List<String> EDGES = List.of(
            "K-12 school re-roofing state-of-the-art 2,000 sq-ft 1.5 -3.5 3.2.1 v2 abc123 123abc 12-b b12-c 10-12 1e5",
            "ab@cd.com www.x.org/a/b http://foo.com/bar?x=1 /usr/local/file.txt café naïve co-op 3rd O'Brien AT&T",
            "50% $1,200 #4 1/2 +5 5+ $5 (555) 123-4567 555-123-4567 e.g. U.S. Inc. St.Louis main.js index.html",
            "a--b roof- -roof 1st-floor 2-story 10-foot I-80 c-b12 3/4-inch 24/7 A/C HVAC/R co-op's café-bar",
            "b12-34 abc-12x 12b-c x+5 a+b 10:30 i.e. a.b ab.c a.bc ab.cd.e namc-norcal.org bids@sfgov.org",
            "jane.doe@namc-norcal.org https://bids.sfgov.org/rfp/2026-014 www.caltrans.ca.gov/x.html 1.5e3 v2.0",
            "2.5-inch 1.5.2-beta Phase-2 Type-IIa LEED-certified 5th-grade state-of-the-art-ish re-re-roof",
            "a-b-c-d-e-f 3-4 -3-4 x-3-4 $1,250,000.00 25% 1,000-foot 2026-014 RFP-2026-014 RFP#2026 A-1",
            "x.org/a/b. y x.org/a?b=1&c=2 y x.org/a,b y (x.org/a) y x.org/ y x.org/#frag y x.org/a%20b y",
            "x.org/~joe x.org/a_b-c.pdf x.org:8080/a design/build a/b. a/b- a/b/ x/y_z a.b/c a/b-c-d",
            "e.g., a.b.c.d a/-b 1/2/2026 x/Ü Ü/x a/b@c.com a.b_c ab.c-d ab.cd-e j.d@x.org 123@x.com",
            "ab_c@x.com x.org/a/ www.x.org. x.co.uk x.org5 ab.cd.e5 a+b@x.com a.b_c-d@x.org _a@x.com .a@x.com",
            "é@x.com x@y x@ab.c (bids@x.org) bids@x.org. b-12@x.org 5th 5TH Ave x.5 .5 a_b x&amp;y",
            "x<b>y</b> z 1.2.3.4 -1.2.3 12:30pm ALL-CAPS-Words mid–dash naïve-ly x--y x-y-- foo-12-bar",
            "foo-bar-12 12-foo-bar Électricité ÉLECTRIQUE Straße résumé façade the of and or not");

    @Test
    void edgeCasesOfTheParserGivePostgresqlsVector() throws SQLException {
        assertAgree(EDGES);
    }

    @Test
    void everyCorpusTextGivesPostgresqlsVector() throws SQLException {
        assertThat(SearchCorpus.texts()).hasSizeGreaterThan(1_500);
        assertAgree(SearchCorpus.texts());
    }

    private static void assertAgree(List<String> texts) throws SQLException {
        List<String> inDatabase = vectorsInDatabase(texts);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String inMemory = EnglishText.tsvector(texts.get(i));
            if (!inMemory.equals(inDatabase.get(i))) {
                differences.add(texts.get(i) + "\n  postgresql: " + inDatabase.get(i) + "\n  in memory:  " + inMemory);
            }
        }
        assertThat(differences).isEmpty();
    }

    private static List<String> vectorsInDatabase(List<String> texts) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement query = connection.prepareStatement("select cast(to_tsvector('english', t.text) as text)"
                     + " from unnest(?) with ordinality as t(text, i) order by t.i")) {
            query.setArray(1, connection.createArrayOf("text", texts.toArray()));
            List<String> vectors = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    vectors.add(rows.getString(1));
                }
            }
            return vectors;
        }
    }
}
