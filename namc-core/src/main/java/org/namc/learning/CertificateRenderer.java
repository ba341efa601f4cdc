package org.namc.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Renders a certificate for its holder to print and show ({@code namc-documents} renders a
 * PDF with a verification QR code; a host may plug its own layout). Rendering the same
 * certificate twice writes the same bytes.
 */
public interface CertificateRenderer {

    /** Writes {@code certificate} to {@code out} in {@code locale}'s language; leaves it open. */
    void render(CertificateView certificate, Locale locale, OutputStream out) throws IOException;
}
