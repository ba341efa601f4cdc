package org.namc.documents.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.namc.learning.CertificateRenderer;
import org.namc.learning.CertificateView;
import org.namc.learning.domain.CertificateContent;
import org.namc.learning.domain.CertificateValidity;
import org.namc.shared.domain.NamcException;

/**
 * Certificates as landscape US Letter PDFs: the holder's name, the course, the completion date,
 * the certificate number and verification code, a QR code of the host's verification address
 * for that code, and how to verify the certificate offline with its Ed25519 signature and the
 * association's public key. A revoked or altered certificate carries a "not valid" banner. The
 * same certificate in the same locale renders to the same bytes. Thread-safe.
 */
public final class PdfCertificateRenderer implements CertificateRenderer {
    /** The placeholder in the verification address that the verification code replaces. */
    public static final String CODE = "{code}";

    private static final PDRectangle LANDSCAPE_LETTER =
            new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    private static final float QR_SIZE = 118;

    private final Letterhead letterhead;
    private final String verificationAddress;

    /**
     * @param verificationAddress the host's page that verifies a code, with {@value #CODE} where the
     *                            code goes ({@code https://namc.example/verify?code={code}})
     */
    public PdfCertificateRenderer(Letterhead letterhead, String verificationAddress) {
        this.letterhead = Objects.requireNonNull(letterhead, "letterhead");
        this.verificationAddress = checkedAddress(verificationAddress);
    }

    /** The address the QR code of a certificate with {@code verificationCode} holds. */
    public String verificationUrl(String verificationCode) {
        return verificationAddress.replace(CODE, URLEncoder.encode(verificationCode, StandardCharsets.UTF_8));
    }

    @Override
    public void render(CertificateView certificate, Locale locale, OutputStream out) throws IOException {
        Objects.requireNonNull(certificate, "certificate");
        PdfFile.write(letterhead, locale, LANDSCAPE_LETTER, out, (canvas, labels, formats) -> {
            new Layout(canvas, labels, formats, certificate).write();
            return new PdfFile.Identity(labels.get("cert.title") + " " + certificate.content().number().value(),
                    certificate.content().issuedAt(), "CERTIFICATE|" + certificate.id());
        });
    }

    private final class Layout {
        private final PdfCanvas canvas;
        private final PDFont regular;
        private final PDFont bold;
        private final Labels labels;
        private final LocalFormats formats;
        private final CertificateView certificate;
        private final CertificateContent content;
        private final float centre;

        Layout(PdfCanvas canvas, Labels labels, LocalFormats formats, CertificateView certificate) {
            this.canvas = canvas;
            this.regular = canvas.fonts().regular();
            this.bold = canvas.fonts().bold();
            this.labels = labels;
            this.formats = formats;
            this.certificate = certificate;
            this.content = certificate.content();
            this.centre = canvas.width() / 2;
        }

        void write() throws IOException {
            border();
            header();
            attestation();
            details();
            verification();
        }

        private void border() throws IOException {
            canvas.colour(0.12f, 0.23f, 0.42f);
            canvas.frame(22, 22, canvas.width() - 44, canvas.height() - 44, 2.5f);
            canvas.frame(30, 30, canvas.width() - 60, canvas.height() - 60, 0.7f);
            canvas.black();
        }

        private void header() throws IOException {
            float top = canvas.height() - 52;
            PDImageXObject logo = canvas.logo(letterhead);
            if (logo != null) {
                float scale = Math.min(44f / logo.getHeight(), 140f / logo.getWidth());
                float w = logo.getWidth() * scale;
                float h = logo.getHeight() * scale;
                canvas.image(logo, centre - w / 2, top - h, w, h);
                top -= h + 6;
            }
            canvas.textCentred(letterhead.name(), centre, top - 14, bold, 14);
            canvas.colour(0.12f, 0.23f, 0.42f);
            canvas.textCentred(labels.get("cert.title"), centre, top - 62, bold, 30);
            canvas.black();
            CertificateValidity validity = certificate.validity();
            if (validity == CertificateValidity.REVOKED || validity == CertificateValidity.INVALID) {
                canvas.colour(0.75f, 0.05f, 0.05f);
                canvas.textCentred(labels.get("cert.notValid", labels.get("cert.validity." + validity)), centre,
                        top - 84, bold, 14);
                canvas.black();
            }
        }

        private void attestation() throws IOException {
            canvas.textCentred(labels.get("cert.certifies"), centre, 400, regular, 13);
            fitted(content.recipientName(), 362, bold, 28, 620);
            canvas.textCentred(labels.get("cert.completed"), centre, 328, regular, 13);
            fitted(content.courseTitle(), 300, bold, 18, 620);
            canvas.textCentred(labels.get("cert.on", formats.longDate(content.completedOn())), centre, 274,
                    regular, 13);
            if (content.finalScore() != null) {
                canvas.grey(PdfCanvas.GREY);
                canvas.textCentred(labels.get("cert.score", formats.percent(content.finalScore())), centre, 256,
                        regular, 10);
                canvas.black();
            }
        }

        /** One line, centred, in the largest size up to {@code size} at which it fits {@code width}. */
        private void fitted(String text, float baseline, PDFont font, float size, float width) throws IOException {
            float fit = size;
            while (fit > 9 && canvas.widthOf(text, font, fit) > width) {
                fit -= 1;
            }
            List<String> lines = canvas.wrap(text, font, fit, width);
            canvas.textCentred(lines.get(0), centre, baseline, font, fit);
        }

        private void details() throws IOException {
            float x = 60;
            float valueX = 190;
            float y = 214;
            String[][] rows = {
                {labels.get("cert.number"), content.number().value()},
                {labels.get("cert.code"), certificate.verificationCode()},
                {labels.get("cert.issued"), formats.longDate(content.issuedAt())},
                {labels.get("cert.expires"), content.expiresAt() == null ? "" : formats.longDate(content.expiresAt())}
            };
            for (String[] row : rows) {
                if (row[1].isEmpty()) {
                    continue;
                }
                canvas.grey(PdfCanvas.GREY);
                canvas.text(row[0], x, y, regular, 9);
                canvas.black();
                canvas.text(row[1], valueX, y, bold, 10);
                y -= 15;
            }
        }

        private void verification() throws IOException {
            String url = verificationUrl(certificate.verificationCode());
            float qrX = canvas.width() - 60 - QR_SIZE;
            float qrY = 48;
            QrCode.of(url).draw(canvas, qrX, qrY, QR_SIZE);
            canvas.grey(PdfCanvas.GREY);
            canvas.textCentred(labels.get("cert.scan"), qrX + QR_SIZE / 2, qrY + QR_SIZE + 4, bold, 8);
            float width = qrX - 60 - 20;
            float y = 140;
            for (String paragraph : List.of(labels.get("cert.verifyOnline", url, certificate.verificationCode()),
                    labels.get("cert.verifyOffline", certificate.signingKeyId(), certificate.contentHash()),
                    labels.get("cert.signature") + " (Ed25519, " + certificate.signingKeyId() + "): "
                            + certificate.signature())) {
                for (String line : canvas.wrap(paragraph, regular, 7.5f, width)) {
                    canvas.text(line, 60, y, regular, 7.5f);
                    y -= 9.5f;
                }
                y -= 3;
            }
            canvas.black();
        }
    }

    private static String checkedAddress(String address) {
        if (address == null || !address.contains(CODE)) {
            throw NamcException.invalid("verificationAddress", "placeholder", "must contain " + CODE);
        }
        URI uri;
        try {
            uri = URI.create(address.replace(CODE, "code"));
        } catch (IllegalArgumentException malformed) {
            throw NamcException.invalid("verificationAddress", "url", "must be an absolute http(s) address");
        }
        if (!uri.isAbsolute() || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(
                uri.getScheme())) || uri.getHost() == null) {
            throw NamcException.invalid("verificationAddress", "url", "must be an absolute http(s) address");
        }
        return address;
    }
}
