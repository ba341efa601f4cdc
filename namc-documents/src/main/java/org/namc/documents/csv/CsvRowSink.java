package org.namc.documents.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.namc.shared.spi.RowSink;

/**
 * Writes an export as CSV (RFC 4180: commas, CRLF, quotes where needed) as the rows arrive, with
 * every cell passed through {@link FormulaGuard}. It never closes what it writes to; call
 * {@link #flush()} when the export returns.
 */
public final class CsvRowSink implements RowSink {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private final CSVPrinter printer;
    private int columns = -1;

    public CsvRowSink(Appendable out) {
        try {
            this.printer = new CSVPrinter(Objects.requireNonNull(out, "out"), FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * UTF-8 with a byte-order mark, which spreadsheet programs need to read accented names right;
     * buffered, so {@link #flush()} at the end.
     */
    public static CsvRowSink forSpreadsheets(OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvRowSink(writer);
    }

    @Override
    public void header(List<String> names) {
        if (columns >= 0) {
            throw new IllegalStateException("the header is written once, first");
        }
        columns = names.size();
        print(names);
    }

    @Override
    public void row(List<String> cells) {
        if (columns < 0) {
            throw new IllegalStateException("the header comes before the rows");
        }
        if (cells.size() != columns) {
            throw new IllegalArgumentException("a row has " + columns + " cells, not " + cells.size());
        }
        print(cells);
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(List<String> cells) {
        try {
            for (String cell : cells) {
                printer.print(FormulaGuard.neutralise(cell));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
