package org.namc.documents.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;
import org.namc.billing.BilledTo;
import org.namc.billing.CreditNoteView;
import org.namc.billing.InvoiceDocument;
import org.namc.billing.InvoiceRenderer;
import org.namc.billing.InvoiceView;
import org.namc.billing.PaymentView;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.InvoiceAmounts;
import org.namc.billing.domain.PricedLine;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PostalAddress;

/**
 * Invoices, receipts and credit notes as US Letter PDFs: the association's letterhead, the
 * document's number and dates, who it is billed to, every line with quantity, unit price,
 * amount, discount, tax rate, tax and total, the invoice's figures, and its payment and refund
 * history. Every figure is printed as billing computed it, formatted for its currency and the
 * reader's locale; nothing is recomputed here. The same document in the same locale renders to
 * the same bytes. Thread-safe: each call builds its own document.
 */
public final class PdfInvoiceRenderer implements InvoiceRenderer {
    private static final float BODY = 9;
    private static final float SMALL = 8;
    private static final float LINE = 12;
    /** The width of the number, dates and status block at the top right. */
    private static final float META_WIDTH = 190;

    private final Letterhead letterhead;

    public PdfInvoiceRenderer(Letterhead letterhead) {
        this.letterhead = Objects.requireNonNull(letterhead, "letterhead");
    }

    @Override
    public void render(InvoiceDocument document, Locale locale, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Instant date = documentDate(document);
        PdfFile.write(letterhead, locale, PDRectangle.LETTER, out, (canvas, labels, formats) -> {
            new Layout(canvas, canvas.fonts(), labels, formats, document).write();
            canvas.numberPages(labels.get("page"), letterhead.name());
            return new PdfFile.Identity(labels.get("title." + document.kind()) + " " + documentNumber(document),
                    date, document.kind() + "|" + document.invoice().id() + "|"
                            + (document.creditNote() == null ? "-" : document.creditNote().id()));
        });
    }

    private static String documentNumber(InvoiceDocument document) {
        CreditNoteView note = document.creditNote();
        if (note != null) {
            return note.number();
        }
        return Objects.requireNonNullElse(document.invoice().number(), "");
    }

    /** The date the document speaks of: what its metadata carries instead of the clock. */
    private static Instant documentDate(InvoiceDocument document) {
        InvoiceView invoice = document.invoice();
        CreditNoteView note = document.creditNote();
        Instant date = switch (document.kind()) {
            case INVOICE -> invoice.issuedAt();
            case RECEIPT -> invoice.paidAt();
            case CREDIT_NOTE -> note == null ? null : note.issuedAt();
        };
        if (date == null) {
            throw new IllegalArgumentException("a " + document.kind() + " document needs its date: issue, payment"
                    + " or credit date");
        }
        return date;
    }

    /** One rendering: the state of the page as it is written top to bottom. */
    private final class Layout {
        private final PdfCanvas canvas;
        private final PDFont regular;
        private final PDFont bold;
        private final Labels labels;
        private final LocalFormats formats;
        private final InvoiceDocument document;
        private final InvoiceView invoice;

        Layout(PdfCanvas canvas, EmbeddedFonts.Fonts fonts, Labels labels, LocalFormats formats,
               InvoiceDocument document) {
            this.canvas = canvas;
            this.regular = fonts.regular();
            this.bold = fonts.bold();
            this.labels = labels;
            this.formats = formats;
            this.document = document;
            this.invoice = document.invoice();
        }

        void write() throws IOException {
            float top = canvas.y();
            float afterLetterhead = new LetterheadBlock(canvas, letterhead, regular, bold)
                    .draw(top, canvas.right() - META_WIDTH - 12);
            float afterMeta = meta(top);
            canvas.moveTo(Math.min(afterLetterhead, afterMeta) - 24);
            billedTo();
            lines();
            totals();
            payments();
            refunds();
        }

        private float meta(float top) throws IOException {
            float right = canvas.right();
            canvas.textRight(labels.get("title." + document.kind()), right, top - 20, bold, 22);
            List<String[]> rows = new ArrayList<>();
            CreditNoteView note = document.creditNote();
            if (note != null) {
                rows.add(new String[] {labels.get("number"), note.number()});
                rows.add(new String[] {labels.get("issued"), formats.date(note.issuedAt())});
                rows.add(new String[] {labels.get("againstInvoice"), text(invoice.number())});
            } else {
                rows.add(new String[] {labels.get("number"), text(invoice.number())});
            }
            if (invoice.issuedAt() != null) {
                rows.add(new String[] {labels.get(note == null ? "issued" : "invoiceDate"),
                        formats.date(invoice.issuedAt())});
            }
            if (note == null && invoice.dueAt() != null && invoice.paidAt() == null) {
                rows.add(new String[] {labels.get("due"), formats.date(invoice.dueAt())});
            }
            if (invoice.paidAt() != null) {
                rows.add(new String[] {labels.get("paidOn"), formats.date(invoice.paidAt())});
            }
            rows.add(new String[] {labels.get("status"), labels.get("invoiceStatus." + invoice.status())});
            float y = top - 40;
            for (String[] row : rows) {
                canvas.grey(PdfCanvas.GREY);
                canvas.text(row[0], right - META_WIDTH, y, regular, BODY);
                canvas.black();
                canvas.textRight(row[1], right, y, bold, BODY);
                y -= LINE + 1;
            }
            return y;
        }

        private void billedTo() throws IOException {
            BilledTo to = document.billedTo();
            float x = canvas.left();
            canvas.grey(PdfCanvas.GREY);
            canvas.text(labels.get("billedTo").toUpperCase(Locale.ROOT), x, canvas.y(), bold, SMALL);
            canvas.black();
            canvas.down(LINE + 2);
            canvas.text(to.name(), x, canvas.y(), bold, 11);
            canvas.down(LINE + 1);
            List<String> lines = new ArrayList<>();
            if (to.company() != null) {
                lines.add(to.company());
            }
            PostalAddress address = to.address();
            if (address != null) {
                lines.add(address.street());
                if (address.line2() != null) {
                    lines.add(address.line2());
                }
                lines.add(address.city() + ", " + address.state() + " " + address.postalCode());
                lines.add(new Locale("", address.country()).getDisplayCountry(formats.locale()));
            }
            lines.add(to.email().toString());
            for (String line : lines) {
                canvas.text(line, x, canvas.y(), regular, BODY);
                canvas.down(LINE);
            }
            canvas.down(8);
            labelled(labels.get("purpose"), invoice.purpose());
            CreditNoteView note = document.creditNote();
            if (note != null) {
                labelled(labels.get("reason"), note.reason());
            }
            canvas.down(10);
        }

        private void labelled(String label, String value) throws IOException {
            float x = canvas.left();
            float labelWidth = canvas.widthOf(label + ": ", bold, BODY);
            List<String> wrapped = canvas.wrap(value, regular, BODY, canvas.right() - x - labelWidth);
            canvas.keepRoom(LINE * wrapped.size());
            canvas.text(label + ":", x, canvas.y(), bold, BODY);
            for (String line : wrapped) {
                canvas.text(line, x + labelWidth, canvas.y(), regular, BODY);
                canvas.down(LINE);
            }
        }

        // ---- the lines table ----

        /** Right edges of the number columns, after the description column. */
        private static final float[] RIGHT_EDGES = {232, 296, 356, 414, 462, 512, 562};
        private static final float DESCRIPTION_WIDTH = 170;

        private void lines() throws IOException {
            InvoiceAmounts amounts = invoice.amounts();
            canvas.grey(PdfCanvas.GREY);
            canvas.textRight(labels.get("amountsIn", amounts.currency().getCurrencyCode()), canvas.right(),
                    canvas.y(), regular, SMALL);
            canvas.black();
            canvas.down(LINE);
            linesHeader();
            canvas.onEachNewPage(c -> linesHeader());
            for (PricedLine line : amounts.lines()) {
                List<String> description = canvas.wrap(line.item().description(), regular, BODY, DESCRIPTION_WIDTH);
                canvas.keepRoom(LINE * description.size() + 4);
                float y = canvas.y();
                String[] cells = {
                    Integer.toString(line.item().quantity()),
                    formats.number(line.item().unitPrice()),
                    formats.number(line.amount()),
                    formats.number(line.discount()),
                    formats.rate(line.item().taxRate()),
                    formats.number(line.tax()),
                    formats.number(line.total())
                };
                for (int i = 0; i < cells.length; i++) {
                    canvas.textRight(cells[i], RIGHT_EDGES[i], y, i == cells.length - 1 ? bold : regular, BODY);
                }
                for (String part : description) {
                    canvas.text(part, canvas.left(), canvas.y(), regular, BODY);
                    canvas.down(LINE);
                }
                canvas.grey(0.85f);
                canvas.rule(canvas.left(), canvas.right(), canvas.y() + LINE - 4, 0.4f);
                canvas.black();
                canvas.down(4);
            }
            canvas.onEachNewPage(c -> { });
            canvas.down(6);
        }

        private void linesHeader() throws IOException {
            String[] names = {labels.get("col.quantity"), labels.get("col.unitPrice"), labels.get("col.amount"),
                labels.get("col.discount"), labels.get("col.taxRate"), labels.get("col.tax"), labels.get("col.total")};
            float y = canvas.y();
            canvas.grey(0.93f);
            canvas.fill(canvas.left() - 4, y - 5, canvas.right() - canvas.left() + 8, LINE + 5);
            canvas.black();
            canvas.text(labels.get("col.description"), canvas.left(), y, bold, SMALL);
            for (int i = 0; i < names.length; i++) {
                canvas.textRight(names[i], RIGHT_EDGES[i], y, bold, SMALL);
            }
            canvas.down(LINE + 6);
        }

        // ---- totals ----

        private void totals() throws IOException {
            InvoiceAmounts amounts = invoice.amounts();
            canvas.keepRoom(LINE * 7);
            total(labels.get("subtotal"), formats.money(amounts.subtotal()), false);
            if (amounts.discount().isPositive()) {
                Discount discount = invoice.discount();
                String label = discount instanceof Discount.Percent p
                        ? labels.get("discountOf", formats.percent(p.percent())) : labels.get("discount");
                total(label, formats.money(amounts.discount().negate()), false);
            }
            total(labels.get("tax"), formats.money(amounts.tax()), false);
            canvas.rule(canvas.right() - 210, canvas.right(), canvas.y() + LINE - 2, 0.8f);
            total(labels.get("total"), formats.money(amounts.total()), true);
            Money credited = invoice.credited();
            if (document.kind() != InvoiceDocument.Kind.CREDIT_NOTE && credited.isPositive()) {
                total(labels.get("credited"), formats.money(credited.negate()), false);
            }
            CreditNoteView note = document.creditNote();
            if (note != null) {
                total(labels.get("amountCredited"), formats.money(note.amount()), true);
            } else if (invoice.paidAt() != null) {
                total(labels.get("amountPaid"), formats.money(amounts.total()), true);
            } else if (invoice.status().isPayable()) {
                total(labels.get("amountDue"), formats.money(amounts.total()), true);
            }
            canvas.down(14);
        }

        private void total(String label, String value, boolean strong) throws IOException {
            canvas.text(label, canvas.right() - 210, canvas.y(), strong ? bold : regular, strong ? 10 : BODY);
            canvas.textRight(value, canvas.right(), canvas.y(), strong ? bold : regular, strong ? 10 : BODY);
            canvas.down(LINE + (strong ? 3 : 1));
        }

        // ---- history ----

        private void payments() throws IOException {
            if (document.payments().isEmpty()) {
                return;
            }
            float[] x = {canvas.left(), 150, 260, 470, canvas.right()};
            heading(labels.get("payments"), new String[] {labels.get("col.date"), labels.get("col.payment"),
                labels.get("col.status"), labels.get("col.amount"), labels.get("col.refunded")}, x, 3);
            for (PaymentView payment : document.payments()) {
                canvas.keepRoom(LINE);
                Instant when = payment.processedAt() != null ? payment.processedAt() : payment.createdAt();
                float y = canvas.y();
                canvas.text(formats.date(when), x[0], y, regular, BODY);
                canvas.text(labels.get("attempt", Integer.toString(payment.attempt())), x[1], y, regular, BODY);
                canvas.text(labels.get("paymentStatus." + payment.status()), x[2], y, regular, BODY);
                canvas.textRight(formats.money(payment.amount()), x[3], y, regular, BODY);
                canvas.textRight(formats.money(payment.refunded()), x[4], y, regular, BODY);
                canvas.down(LINE);
            }
            canvas.down(10);
        }

        private void refunds() throws IOException {
            List<CreditNoteView> notes = invoice.creditNotes();
            if (notes.isEmpty()) {
                return;
            }
            float[] x = {canvas.left(), 150, 270, canvas.right()};
            heading(labels.get("refunds"), new String[] {labels.get("col.date"), labels.get("col.creditNote"),
                labels.get("col.reason"), labels.get("col.amount")}, x, 3);
            for (CreditNoteView note : notes) {
                List<String> reason = canvas.wrap(note.reason(), regular, BODY, 200);
                canvas.keepRoom(LINE * reason.size());
                float y = canvas.y();
                canvas.text(formats.date(note.issuedAt()), x[0], y, regular, BODY);
                canvas.text(note.number(), x[1], y, regular, BODY);
                canvas.textRight(formats.money(note.amount()), x[3], y, regular, BODY);
                for (String part : reason) {
                    canvas.text(part, x[2], canvas.y(), regular, BODY);
                    canvas.down(LINE);
                }
            }
            canvas.down(10);
        }

        /** A section title over a header row; columns from {@code firstRightAligned} on end at their x. */
        private void heading(String title, String[] columns, float[] x, int firstRightAligned) throws IOException {
            canvas.keepRoom(LINE * 4);
            canvas.text(title, canvas.left(), canvas.y(), bold, 10);
            canvas.down(LINE + 4);
            float y = canvas.y();
            canvas.grey(PdfCanvas.GREY);
            for (int i = 0; i < columns.length; i++) {
                if (i >= firstRightAligned) {
                    canvas.textRight(columns[i], x[i], y, bold, SMALL);
                } else {
                    canvas.text(columns[i], x[i], y, bold, SMALL);
                }
            }
            canvas.black();
            canvas.rule(canvas.left(), canvas.right(), y - 4, 0.5f);
            canvas.down(LINE + 3);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
