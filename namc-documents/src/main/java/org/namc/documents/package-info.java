/** Invoice, receipt, credit-note and certificate PDFs, and CSV exports: the renderers and sinks of the core's document ports. */
@NullMarked
package org.namc.documents;

import org.jspecify.annotations.NullMarked;
