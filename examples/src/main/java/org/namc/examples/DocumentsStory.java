package org.namc.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.namc.billing.BillingApi;
import org.namc.billing.InvoiceDocument;
import org.namc.billing.InvoiceView;
import org.namc.documents.pdf.Letterhead;
import org.namc.documents.pdf.PdfCertificateRenderer;
import org.namc.documents.pdf.PdfInvoiceRenderer;
import org.namc.learning.CertificateView;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

/**
 * The "Documents" part of the demo: one of Luis's invoices (the one with a refund) and Sam's
 * certificate, rendered as PDFs into a new temporary folder whose files the transcript names.
 */
final class DocumentsStory {
    /** The folder's name starts so; the rest is the system's, different on every run. */
    static final String FOLDER_PREFIX = "namc-demo-documents-";

    private static final Letterhead NAMC = Letterhead.of("NAMC NorCal",
            List.of("1 Kaiser Plaza, Suite 600", "Oakland, CA 94612"), ZoneId.of("America/Los_Angeles"))
            .withContact("billing@namc-norcal.example");

    private final PrintStream out;
    private final BillingApi billing;

    DocumentsStory(DemoRuntime runtime, PrintStream out) {
        this.out = out;
        this.billing = runtime.portal().billing();
    }

    void run(MemberId invoiced, CertificateView certificate) {
        say("");
        say("== Documents ==");
        List<InvoiceView> invoices = billing.invoicesOf(Actor.member(invoiced), invoiced, PageRequest.first(20))
                .items();
        InvoiceView invoice = invoices.stream().filter(i -> !i.creditNotes().isEmpty()).findFirst()
                .orElse(invoices.get(0));
        InvoiceDocument document = billing.invoiceDocument(Actor.member(invoiced), invoice.id());
        try {
            Path folder = Files.createTempDirectory(FOLDER_PREFIX);
            Path invoicePdf = folder.resolve("invoice-" + invoice.number() + ".pdf");
            write(invoicePdf, stream -> new PdfInvoiceRenderer(NAMC).render(document, Locale.US, stream));
            say("invoice " + invoice.number() + " (" + document.payments().size() + " payment, "
                    + invoice.creditNotes().size() + " credit note) -> " + invoicePdf);
            Path certificatePdf = folder.resolve("certificate-" + certificate.content().number().value() + ".pdf");
            write(certificatePdf, stream -> new PdfCertificateRenderer(NAMC,
                    "https://portal.namc-norcal.example/certificates/verify?code={code}")
                    .render(certificate, Locale.US, stream));
            say("certificate " + certificate.content().number().value() + " with its verification QR code -> "
                    + certificatePdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Rendering {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Rendering rendering) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            rendering.to(stream);
        }
    }

    private void say(String line) {
        out.println(line);
    }
}
