package org.namc.documents.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;

/**
 * A QR code drawn as vector squares (crisp at any zoom, and the same bytes every time), with
 * error correction level M and the standard quiet zone of four modules around it.
 */
final class QrCode {
    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 4)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text does not fit in a QR code", e);
        }
    }

    /** Draws the code, quiet zone included, into the square of side {@code size} at ({@code x}, {@code y}). */
    void draw(PdfCanvas canvas, float x, float y, float size) throws IOException {
        int n = modules.getWidth();
        float module = size / n;
        canvas.black();
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && modules.get(col, row)) {
                    col++;
                }
                // One rectangle per run of dark modules; rows run downwards from the top.
                canvas.fill(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
    }
}
