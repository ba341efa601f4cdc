package org.namc.shared.spi;

import java.util.List;

/**
 * Where an export writes its table, one row at a time, so that no export holds more than a
 * page of its source in memory. A sink writing a spreadsheet format must neutralise cells a
 * spreadsheet would run as formulas (the CSV sink of {@code namc-documents} does). Cells are
 * never null; an absent value is the empty string.
 */
public interface RowSink {

    /** Called once, before any row. */
    void header(List<String> columns);

    /** As many cells as the header has columns. */
    void row(List<String> cells);
}
