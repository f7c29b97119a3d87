package org.skilleval.core.documents.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR codes (ZXing) as matrices of dark modules, for {@link Pdf#modules} to draw. */
final class QrCodes {

    private QrCodes() {}

    /**
     * The console page that verifies exactly this certificate:
     * {@code <publicBaseUrl>/verify?code=<code>&name=<holder's name, URL-encoded>}.
     */
    static String verificationUrl(String publicBaseUrl, String code, String name) {
        String base = publicBaseUrl.strip().replaceAll("/+$", "");
        return base + "/verify?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /**
     * The modules of a QR code for the text, with the quiet zone of 4 modules a reader needs, at
     * error correction level M (a stamp overlapping a corner of it still reads).
     */
    static boolean[][] encode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.MARGIN,
                                    4));
            boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    dark[y][x] = matrix.get(x, y);
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text.length() + " characters", e);
        }
    }
}
