package org.namc.billing.spi;

import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.NumberSeries;

/**
 * Hands out document numbers: per series and year 1, 2, 3, ... with no gaps and no repeats,
 * also under concurrent issuance. A number is taken by the unit of work that asks for it and
 * given back when that unit rolls back (a row lock on a counter row in a database), so the
 * numbers of committed documents have no gaps.
 */
public interface InvoiceNumbers {

    InvoiceNumber next(NumberSeries series, int year);
}
