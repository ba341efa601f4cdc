package org.namc.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.namc.documents.SamplePortal;
import org.namc.shared.domain.ErrorCode;

class LetterheadTest {
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void theHostsLogoIsPrintedOnTheInvoice() throws IOException {
        Letterhead withLogo = Letterhead.of("NAMC NorCal", List.of("Oakland, CA"), ZONE).withLogo(png(200, 80));
        SamplePortal portal = new SamplePortal();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfInvoiceRenderer(withLogo).render(portal.invoiceDocument(portal.usdInvoice()), Locale.US, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            var resources = pdf.getPage(0).getResources();
            List<COSName> images = new java.util.ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    images.add(name);
                }
            }
            assertThat(images).hasSize(1);
        }
    }

    @Test
    void whatIsNotAnImageIsRefusedAtOnceAndEveryFieldIsChecked() {
        assertThatNamcException(() -> Letterhead.of("NAMC", List.of(), ZONE).withLogo(new byte[] {1, 2, 3}))
                .hasCode(ErrorCode.VALIDATION_FAILED).hasViolationOn("logo");
        assertThatNamcException(() -> Letterhead.of(" ", List.of(" "), null))
                .hasCode(ErrorCode.VALIDATION_FAILED);
        assertThat(Letterhead.of(" NAMC ", List.of(" Oakland "), ZONE).toString()).isEqualTo(
                "Letterhead[NAMC, logo=none]");
    }
}
