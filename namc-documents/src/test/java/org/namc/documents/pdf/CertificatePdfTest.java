package org.namc.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.namc.documents.PdfText;
import org.namc.documents.SamplePortal;
import org.namc.learning.CertificateView;
import org.namc.learning.domain.CertificateValidity;
import org.namc.shared.domain.ErrorCode;

class CertificatePdfTest {
    private static final Letterhead NAMC = Letterhead.of("NAMC NorCal", List.of("Oakland, CA"),
            ZoneId.of("America/Los_Angeles"));
    private static final String VERIFY = "https://portal.namc.example/verify?code={code}";

    private static CertificateView certificate;
    private final PdfCertificateRenderer renderer = new PdfCertificateRenderer(NAMC, VERIFY);

    @BeforeAll
    static void earnCertificate() {
        certificate = new SamplePortal().certificate("OSHA 30 — Seguridad en la construcción");
    }

    private byte[] render(CertificateView view, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(view, locale, out);
        return out.toByteArray();
    }

    @Test
    void theCertificateNamesHolderCourseDateNumberAndCodeAndSaysHowToVerifyItOffline() throws IOException {
        String text = PdfText.of(render(certificate, Locale.US));

        assertThat(text).contains("Certificate of Completion", "José Núñez-Ångström",
                "OSHA 30 — Seguridad en la construcción",
                "on " + new LocalFormats(Locale.US, NAMC.zone()).longDate(certificate.content().completedOn()),
                certificate.content().number().value(), certificate.verificationCode(), "Valid until");
        assertThat(text.replace("\n", " ")).contains("To verify offline", "Ed25519", certificate.signingKeyId(),
                certificate.contentHash(), renderer.verificationUrl(certificate.verificationCode()));
        assertThat(text.replace("\n", "")).contains(certificate.signature());
        assertThat(text).doesNotContain("NOT VALID");
    }

    @Test
    void itsQrCodeDecodesToTheHostsVerificationAddressForItsCode() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(certificate, Locale.US))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getHeight());
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);

            assertThat(decodeQr(page)).isEqualTo(
                    "https://portal.namc.example/verify?code=" + certificate.verificationCode());
        }
    }

    @Test
    void theSameCertificateRendersToTheSameBytesAndSpanishReadersGetSpanish() throws IOException {
        byte[] first = render(certificate, Locale.US);
        assertThat(render(certificate, Locale.US)).isEqualTo(first);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(certificate.content().issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }

        String spanish = PdfText.of(render(certificate, Locale.forLanguageTag("es")));
        assertThat(spanish).contains("Certificado de finalización", "Se certifica que", "Código de verificación");
    }

    @Test
    void aRevokedCertificateSaysItIsNotValid() throws IOException {
        CertificateView revoked = new CertificateView(certificate.id(), certificate.content(),
                certificate.verificationCode(), certificate.contentHash(), certificate.signature(),
                certificate.signingKeyId(), certificate.completionMinutes(), CertificateValidity.REVOKED,
                certificate.content().issuedAt(), "issued in error");

        assertThat(PdfText.of(render(revoked, Locale.US))).contains("NOT VALID: revoked");
    }

    @Test
    void theVerificationAddressMustBeAWebAddressWithThePlaceholder() {
        assertThatNamcException(() -> new PdfCertificateRenderer(NAMC, "https://portal.namc.example/verify"))
                .hasCode(ErrorCode.VALIDATION_FAILED);
        assertThatNamcException(() -> new PdfCertificateRenderer(NAMC, "javascript:alert({code})"))
                .hasCode(ErrorCode.VALIDATION_FAILED);
        assertThat(new PdfCertificateRenderer(NAMC, "https://x.example/v/{code}").verificationUrl("AB CD"))
                .isEqualTo("https://x.example/v/AB+CD");
    }

    private static String decodeQr(BufferedImage image)
            throws NotFoundException, ChecksumException, FormatException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }
}
