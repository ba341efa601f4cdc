package org.namc.billing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Renders invoices, receipts and credit notes for people to keep ({@code namc-documents}
 * renders PDFs; a host may plug its own layout). Rendering the same document in the same
 * locale twice writes the same bytes, so hosts can hash and archive them.
 */
public interface InvoiceRenderer {

    /** Writes {@code document} to {@code out}, in {@code locale}'s language and number format; leaves it open. */
    void render(InvoiceDocument document, Locale locale, OutputStream out) throws IOException;
}
