package org.namc.testing.contract;

import java.util.ArrayList;
import java.util.List;
import org.namc.shared.spi.RowSink;

/** A {@link RowSink} that keeps what an export wrote, for asserting on it. */
public final class RecordedTable implements RowSink {
    private final List<String> header = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private boolean headerWritten;

    @Override
    public void header(List<String> columns) {
        headerWritten = true;
        header.addAll(columns);
    }

    @Override
    public void row(List<String> cells) {
        rows.add(List.copyOf(cells));
    }

    public boolean isUntouched() {
        return !headerWritten && rows.isEmpty();
    }

    public List<String> header() {
        return List.copyOf(header);
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** The cell of {@code column} in every row, in order. */
    public List<String> column(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        return rows.stream().map(row -> row.get(index)).toList();
    }
}
