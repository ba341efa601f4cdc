package org.namc.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRowSinkTest {

    @Test
    void writesRfc4180WithQuotingAndNeutralisedFormulas() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvRowSink sink = new CsvRowSink(out);

        sink.header(List.of("name", "note", "amount"));
        sink.row(List.of("Núñez, José", "said \"hi\"\non two lines", "-20.00"));
        sink.row(List.of("=cmd|' /C calc'!A0", "@SUM(1)", ""));
        sink.flush();

        assertThat(out.toString()).startsWith("name,note,amount\r\n\"Núñez, José\",\"said \"\"hi\"\"\non two lines\",-20.00\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).toList()).containsExactly("Núñez, José", "said \"hi\"\non two lines", "-20.00");
        assertThat(records.get(2).toList()).containsExactly("'=cmd|' /C calc'!A0", "'@SUM(1)", "");
    }

    @Test
    void theHeaderComesFirstAndOnceAndEveryRowMatchesIt() {
        CsvRowSink sink = new CsvRowSink(new StringBuilder());
        assertThatThrownBy(() -> sink.row(List.of("a"))).isInstanceOf(IllegalStateException.class);
        sink.header(List.of("a", "b"));
        assertThatThrownBy(() -> sink.header(List.of("a"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sink.row(List.of("only one"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forSpreadsheetsWritesUtf8WithAByteOrderMark() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRowSink sink = CsvRowSink.forSpreadsheets(bytes);
        sink.header(List.of("name"));
        sink.row(List.of("Zoë"));
        sink.flush();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFname\r\nZoë\r\n");
    }
}
