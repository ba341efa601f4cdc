package org.namc.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.namc.billing.CreditNoteView;
import org.namc.billing.InvoiceDocument;
import org.namc.billing.InvoiceLine;
import org.namc.billing.InvoiceView;
import org.namc.billing.domain.InvoiceAmounts;
import org.namc.billing.domain.PricedLine;
import org.namc.documents.PdfText;
import org.namc.documents.SamplePortal;
import org.namc.shared.domain.Money;

class InvoicePdfTest {
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final Letterhead NAMC = Letterhead.of("NAMC NorCal",
            List.of("1 Market Street, Suite 200", "Oakland, CA 94607"), PACIFIC).withContact("billing@namc.example");

    private final SamplePortal portal = new SamplePortal();
    private final PdfInvoiceRenderer renderer = new PdfInvoiceRenderer(NAMC);

    private byte[] render(InvoiceDocument document, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(document, locale, out);
        return out.toByteArray();
    }

    /** Every figure billing computed, as the document must print it for {@code locale}. */
    private static List<String> everyFigure(InvoiceView invoice, Locale locale) {
        return everyFigure(invoice, locale, true);
    }

    /** As above; {@code withDescriptions} false for descriptions too long for one line of the table. */
    private static List<String> everyFigure(InvoiceView invoice, Locale locale, boolean withDescriptions) {
        LocalFormats formats = new LocalFormats(locale, PACIFIC);
        InvoiceAmounts amounts = invoice.amounts();
        List<String> figures = new ArrayList<>();
        for (PricedLine line : amounts.lines()) {
            if (withDescriptions) {
                figures.add(line.item().description());
            }
            figures.add(formats.number(line.item().unitPrice()));
            figures.add(formats.number(line.amount()));
            figures.add(formats.number(line.discount()));
            figures.add(formats.rate(line.item().taxRate()));
            figures.add(formats.number(line.tax()));
            figures.add(formats.number(line.total()));
        }
        figures.add(formats.money(amounts.subtotal()));
        if (amounts.discount().isPositive()) {
            figures.add(formats.money(amounts.discount().negate()));
        }
        figures.add(formats.money(amounts.tax()));
        figures.add(formats.money(amounts.total()));
        figures.add(invoice.number());
        figures.add(formats.date(invoice.issuedAt()));
        return figures.stream().map(PdfText::plain).toList();
    }

    @Test
    void everyFigureOfTheInvoicePrintsExactlyAsBillingComputedIt() throws IOException {
        InvoiceView invoice = portal.usdInvoice();

        String text = PdfText.of(render(portal.invoiceDocument(invoice), Locale.US));

        assertThat(text).contains(everyFigure(invoice, Locale.US));
        assertThat(text).contains("Invoice", "NAMC-2026-000001", "Amounts in USD", "$109.99", "-$11.00", "$7.17",
                "$106.16", "Discount (10%)", "7.25%", "Amount due", "Open", "BILLED TO");
        assertThat(text).as("billed to, accents and all").contains("José Núñez-Ångström", "Núñez Construcción S.A.",
                "12 Peña St", "San José, CA 95110", "United States");
        assertThat(text).contains("NAMC NorCal", "1 Market Street, Suite 200", "billing@namc.example", "Page 1 / 1");
    }

    @Test
    void spanishReadersGetSpanishWordsAndNumbers() throws IOException {
        InvoiceView invoice = portal.usdInvoice();

        String text = PdfText.of(render(portal.invoiceDocument(invoice), Locale.forLanguageTag("es")));

        assertThat(text).contains(everyFigure(invoice, Locale.forLanguageTag("es")));
        assertThat(text).contains("Factura", "FACTURAR A", "Importes en USD", "106,16 US$", "-11,00 US$",
                "Descuento (10 %)", "7,25 %", "Importe pendiente", "Estados Unidos");
    }

    @Test
    void theReceiptAndTheCreditNoteCarryThePaymentAndRefundHistory() throws IOException {
        InvoiceView invoice = portal.usdInvoice();
        CreditNoteView note = portal.paidAndPartlyRefunded(invoice);

        String receipt = PdfText.of(render(portal.receipt(invoice), Locale.US));
        assertThat(receipt).contains("Receipt", "Paid on", "Amount paid", "Payments", "Attempt 1", "Succeeded",
                "Refunds and credit notes", note.number(), "Casco devuelto", "Credited", "-$20.00", "$20.00",
                "$106.16");
        assertThat(receipt).doesNotContain("Amount due");

        String credit = PdfText.of(render(portal.creditNote(invoice, note), Locale.US));
        assertThat(credit).contains("Credit note", note.number(), "Against invoice", invoice.number(),
                "Reason: Casco devuelto", "Amount credited", "$20.00");
        assertThat(credit).contains(everyFigure(invoice, Locale.US));
    }

    @Test
    void amountsKeepTheirCurrencysDigitsYenNoneDinarThree() throws IOException {
        InvoiceView yen = portal.issued("JPY", List.of(new InvoiceLine("Seminario", 3, Money.of("1200", "JPY"),
                new BigDecimal("0.10"))), null);
        InvoiceView dinar = portal.issued("BHD", List.of(new InvoiceLine("Membership", 1, Money.of("12.345", "BHD"),
                new BigDecimal("0.05"))), null);

        String yenText = PdfText.of(render(portal.invoiceDocument(yen), Locale.US));
        String dinarText = PdfText.of(render(portal.invoiceDocument(dinar), Locale.US));

        assertThat(yen.total()).isEqualTo(Money.of("3960", "JPY"));
        assertThat(yenText).contains(everyFigure(yen, Locale.US)).contains("¥3,960", "1,200", "3,600", "360");
        assertThat(dinar.total()).isEqualTo(Money.of("12.962", "BHD"));
        assertThat(dinarText).contains(everyFigure(dinar, Locale.US)).contains("BHD12.962", "12.345", "0.617");
    }

    @Test
    void theSameDocumentRendersToTheSameBytesWithItsOwnDateAndAFixedIdentifier() throws IOException {
        InvoiceView invoice = portal.usdInvoice();
        InvoiceDocument document = portal.invoiceDocument(invoice);

        byte[] first = render(document, Locale.US);
        portal.fixture().clock().advance(java.time.Duration.ofDays(3));
        byte[] second = render(document, Locale.US);

        assertThat(second).isEqualTo(first);
        assertThat(render(document, Locale.forLanguageTag("es"))).isNotEqualTo(first);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(invoice.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(pdf.getDocumentInformation().getModificationDate().toInstant())
                    .isEqualTo(created.toInstant());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Invoice " + invoice.number());
            assertThat(pdf.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);
        }
    }

    @Test
    void rendersOnManyThreadsAtOnceToTheSameBytes() throws Exception {
        InvoiceDocument document = portal.invoiceDocument(portal.usdInvoice());
        byte[] expected = render(document, Locale.US);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                renders.add(pool.submit(() -> render(document, Locale.US)));
            }
            for (java.util.concurrent.Future<byte[]> rendered : renders) {
                assertThat(rendered.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(portal.invoiceDocument(portal.usdInvoice()), Locale.US))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(((PDType0Font) font).getDescendantFont().isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void aLongInvoiceContinuesOnNewPagesWithItsTableHeader() throws IOException {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(new InvoiceLine("Line " + i + ": training materials for the crew, delivered to the site office"
                    + " with a very long description that needs wrapping", i, Money.of(i + ".25", "USD"),
                    new BigDecimal("0.0825")));
        }
        InvoiceView invoice = portal.issued("USD", lines, null);

        byte[] pdf = render(portal.invoiceDocument(invoice), Locale.US);
        String text = PdfText.of(pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Page " + pages + " / " + pages);
            assertThat(text.split("Unit price", -1)).hasSize(pages + 1);
        }
        assertThat(text).contains(everyFigure(invoice, Locale.US, false));
        for (int i = 1; i <= 60; i++) {
            assertThat(text).contains("Line " + i + ": training materials for the");
        }
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksInsteadOfFailing() {
        assertThat(EmbeddedFonts.printable("山田 Zoë\tÅse\nß")).isEqualTo("?? Zoë Åse ß");
    }

    @Test
    void aDocumentWithoutItsDateIsRefused() {
        InvoiceView invoice = portal.usdInvoice();
        InvoiceDocument document = portal.invoiceDocument(invoice);
        InvoiceView undated = new InvoiceView(invoice.id(), invoice.number(), invoice.member(), invoice.status(),
                invoice.purpose(), invoice.amounts(), invoice.discount(), null, invoice.dueAt(), null, null,
                List.of());
        InvoiceDocument broken = new InvoiceDocument(InvoiceDocument.Kind.INVOICE, undated, document.billedTo(),
                List.of(), null);

        assertThatThrownBy(() -> render(broken, Locale.US)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date");
    }

    @Test
    void issuedAtPrintsInTheAssociationsZone() {
        LocalFormats formats = new LocalFormats(Locale.US, PACIFIC);
        assertThat(formats.date(Instant.parse("2026-03-01T05:00:00Z"))).isEqualTo("Feb 28, 2026");
    }
}
