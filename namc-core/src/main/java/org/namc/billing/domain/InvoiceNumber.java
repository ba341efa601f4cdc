package org.namc.billing.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.namc.shared.domain.NamcException;

/**
 * A document number such as {@code NAMC-2026-000123}: series, year of issue and a sequence
 * that is unique and gap-free within the series and year (six digits, more when needed).
 */
public record InvoiceNumber(NumberSeries series, int year, long sequence) implements Comparable<InvoiceNumber> {
    private static final Pattern FORMAT = Pattern.compile("(NAMC(?:-CN)?)-(\\d{4})-(\\d{6,})");

    public InvoiceNumber {
        Objects.requireNonNull(series, "series");
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits from 2000");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequences start at 1");
        }
    }

    public static InvoiceNumber parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw NamcException.invalid("value", ViolationRule.FORMAT, "must look like NAMC-2026-000123");
        }
        NumberSeries series = m.group(1).equals(NumberSeries.INVOICE.prefix())
                ? NumberSeries.INVOICE : NumberSeries.CREDIT_NOTE;
        return new InvoiceNumber(series, Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    }

    @Override
    public int compareTo(InvoiceNumber other) {
        int bySeries = series.compareTo(other.series);
        if (bySeries != 0) {
            return bySeries;
        }
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", series.prefix(), year, sequence);
    }
}
