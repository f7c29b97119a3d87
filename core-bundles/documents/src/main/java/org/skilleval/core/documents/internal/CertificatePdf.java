package org.skilleval.core.documents.internal;

import java.awt.Color;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.rules.CertificateStatus;

/**
 * The 特级技师 职业技能等级证书 on a landscape A4 page: the holder's facts on the left, a QR code on
 * the right that opens the public verification of exactly this certificate, and room for the
 * enterprise's seal. A revoked certificate carries 已撤销 across the page and the reason.
 */
final class CertificatePdf {

    static final String LEVEL = "特级技师";
    private static final Color FRAME = new Color(0x9B, 0x1B, 0x1B);
    private static final Color REVOKED = new Color(0xC0, 0x00, 0x00);

    private final CjkFont font;

    CertificatePdf(CjkFont font) {
        this.font = font;
    }

    /**
     * @param maskedIdNumber the holder's ID number as public views show it
     * @param verificationUrl what the QR code holds
     */
    byte[] render(CertificateRecord certificate, String maskedIdNumber, String verificationUrl) {
        try (Pdf pdf = new Pdf(font, "职业技能等级证书 " + certificate.code())) {
            pdf.newPage(Pdf.A4_LANDSCAPE);
            float width = pdf.pageWidth();
            float height = pdf.pageHeight();
            pdf.box(28, 28, width - 56, height - 56, 3.5f, FRAME);
            pdf.box(38, 38, width - 76, height - 76, 0.8f, FRAME);

            pdf.text("职业技能等级证书", width / 2, 112, 32, true, FRAME, Pdf.Align.CENTER);
            pdf.text("VOCATIONAL SKILL LEVEL CERTIFICATE", width / 2, 136, 10, false, Pdf.GREY, Pdf.Align.CENTER);
            pdf.line(width / 2 - 170, 150, width / 2 + 170, 150, 0.6f, FRAME);

            String[][] facts = {
                {"姓名", certificate.name()},
                {"身份证号", maskedIdNumber},
                {"职业（工种）", certificate.occupation()},
                {"等级", LEVEL},
                {"证书编号", certificate.code()},
                {"发证单位", certificate.enterpriseName()},
                {"发证日期", Formats.date(certificate.issuedOn())},
            };
            float labelX = 110;
            float valueX = 240;
            float baseline = 200;
            for (String[] fact : facts) {
                pdf.text(fact[0] + "：", valueX - 4, baseline, 14, false, Pdf.GREY, Pdf.Align.RIGHT);
                pdf.text(fact[1], valueX, baseline, 15, true, Pdf.INK, Pdf.Align.LEFT);
                baseline += 36;
            }

            boolean[][] qr = QrCodes.encode(verificationUrl);
            float side = 150;
            float module = side / qr.length;
            float qrX = width - 110 - side;
            float qrTop = 172;
            pdf.modules(qr, qrX, qrTop, module);
            pdf.text("扫码核验本证书", qrX + side / 2, qrTop + side + 16, 11, false, Pdf.INK, Pdf.Align.CENTER);
            pdf.text("Scan to verify", qrX + side / 2, qrTop + side + 30, 8.5f, false, Pdf.GREY, Pdf.Align.CENTER);

            pdf.text("发证单位（盖章）", qrX + side / 2, 478, 12, false, Pdf.INK, Pdf.Align.CENTER);
            pdf.text(Formats.date(certificate.issuedOn()), qrX + side / 2, 500, 12, false, Pdf.INK, Pdf.Align.CENTER);

            float noteWidth = width - 2 * labelX - side - 40;
            pdf.lines(
                    pdf.wrap(
                            "本证书依据《江苏省特级技师评聘试点工作方案》由试点企业颁发，证书编号第16位“T”表示特级技师。"
                                    + "证书真伪可扫描二维码，或以证书编号和持证人姓名在江苏省特级技师评聘平台公开查询。",
                            9,
                            noteWidth),
                    labelX,
                    484,
                    9,
                    13,
                    Pdf.GREY);

            if (certificate.status() == CertificateStatus.REVOKED) {
                pdf.rotatedText("已撤销", width / 2, height / 2, 110, 25, REVOKED, 0.35f);
                String reason = certificate.revocationReason().isBlank() ? "" : "：" + certificate.revocationReason();
                pdf.text("本证书已撤销" + reason, width / 2, 172, 12, true, REVOKED, Pdf.Align.CENTER);
            }
            return pdf.toBytes();
        }
    }
}
