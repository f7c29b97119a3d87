package org.skilleval.core.documents.internal;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.rules.ProposalListStatus;

/**
 * The publicity notice of a proposal list (特级技师建议人选名单公示) on A4: the windows of both
 * publicities, the candidates as the public pages show them (序号, 姓名, 性别, 工作单位, 职业（工种）;
 * no ID number), how to object, and the enterprise's name with room for its seal. The table runs on
 * over as many pages as it needs, its header repeated on each.
 */
final class PublicityPdf {

    private static final float LEFT = 52;
    private static final float WIDTH = 491;
    private static final float[] COLUMNS = {44, 92, 48, 196, 111};
    private static final String[] HEADERS = {"序号", "姓名", "性别", "工作单位", "职业（工种）"};
    private static final float ROW = 24;
    private static final float BOTTOM = 780;
    private static final float SIZE = 10.5f;
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final Color DRAFT = new Color(0xB0, 0x00, 0x00);

    private final CjkFont font;

    PublicityPdf(CjkFont font) {
        this.font = font;
    }

    byte[] render(ProposalListRecord list, String publicBaseUrl) {
        List<ProposalEntry> candidates = list.publicisedEntries();
        String enterprise = Formats.blankIfNull(list.enterpriseName());
        try (Pdf pdf = new Pdf(font, enterprise + "特级技师建议人选名单公示")) {
            pdf.newPage(Pdf.A4_PORTRAIT);
            float y = 70;
            for (String line : pdf.wrap(enterprise + "特级技师建议人选名单公示", 18, WIDTH)) {
                pdf.text(line, pdf.pageWidth() / 2, y, 18, true, Pdf.INK, Pdf.Align.CENTER);
                y += 26;
            }
            if (list.status() == ProposalListStatus.DRAFT) {
                pdf.text("（草稿：尚未报送省职业技能鉴定中心，不得公示）", pdf.pageWidth() / 2, y, 11, true, DRAFT, Pdf.Align.CENTER);
                y += 22;
            }
            y += 6;
            String intro = "　　根据《江苏省特级技师评聘试点工作方案》，经" + enterprise + "按通过评估的工作方案组织评审，现将" + candidates.size()
                    + "名特级技师建议人选名单予以公示。";
            y = paragraph(pdf, intro, y);
            y = paragraph(pdf, "　　企业内公示期：" + window(list.enterpriseStart(), list.enterpriseEnd()), y);
            y = paragraph(pdf, "　　省职业技能鉴定中心公示期：" + window(list.provinceStart(), list.provinceEnd()), y);
            y += 8;

            y = header(pdf, y);
            int number = 1;
            for (ProposalEntry candidate : candidates) {
                if (y + ROW > BOTTOM) {
                    pdf.newPage(Pdf.A4_PORTRAIT);
                    y = header(pdf, 60);
                }
                row(
                        pdf,
                        y,
                        false,
                        Integer.toString(number++),
                        candidate.name(),
                        candidate.gender(),
                        enterprise,
                        candidate.occupation());
                y += ROW;
            }
            if (candidates.isEmpty()) {
                pdf.box(LEFT, y, WIDTH, ROW, 0.8f, Pdf.INK);
                pdf.text(
                        "名单中已无人选",
                        LEFT + WIDTH / 2,
                        Pdf.centredBaseline(y, ROW, SIZE),
                        SIZE,
                        false,
                        Pdf.GREY,
                        Pdf.Align.CENTER);
                y += ROW;
            }

            String objections = "　　公示期间，任何单位或个人对公示人选有异议的，可在公示期内通过江苏省特级技师评聘平台（"
                    + publicBaseUrl.strip().replaceAll("/+$", "")
                    + "）的公示页面提出，也可向" + enterprise + "或所在设区市职业技能鉴定机构反映。反映情况应实事求是，并提供必要的线索。";
            List<String> closing = pdf.wrap(objections, SIZE, WIDTH);
            if (y + 20 + closing.size() * 18 + 70 > BOTTOM) {
                pdf.newPage(Pdf.A4_PORTRAIT);
                y = 60;
            }
            y = paragraph(pdf, objections, y + 20);
            LocalDate published = list.provinceStart() != null ? list.provinceStart() : list.enterpriseStart();
            pdf.text(enterprise, LEFT + WIDTH - 20, y + 36, SIZE, false, Pdf.INK, Pdf.Align.RIGHT);
            pdf.text(
                    published == null ? "　　年　　月　　日" : Formats.date(published),
                    LEFT + WIDTH - 20,
                    y + 58,
                    SIZE,
                    false,
                    Pdf.INK,
                    Pdf.Align.RIGHT);

            pdf.numberPages();
            return pdf.toBytes();
        }
    }

    static String window(LocalDate start, LocalDate end) {
        if (start == null) {
            return "尚未开始";
        }
        return Formats.date(start) + "至" + Formats.date(end);
    }

    private static float paragraph(Pdf pdf, String text, float top) {
        List<String> lines = pdf.wrap(text, SIZE, WIDTH);
        pdf.lines(lines, LEFT, top, SIZE, 18, Pdf.INK);
        return top + lines.size() * 18;
    }

    private static float header(Pdf pdf, float top) {
        float x = LEFT;
        for (float width : COLUMNS) {
            pdf.fill(x, top, width, ROW, HEADER_FILL);
            x += width;
        }
        row(pdf, top, true, HEADERS);
        return top + ROW;
    }

    private static void row(Pdf pdf, float top, boolean bold, String... cells) {
        float x = LEFT;
        for (int i = 0; i < cells.length; i++) {
            pdf.box(x, top, COLUMNS[i], ROW, 0.8f, Pdf.INK);
            String text = Formats.blankIfNull(cells[i]);
            float size = SIZE;
            while (size > 7 && pdf.width(text, size) > COLUMNS[i] - 8) {
                size -= 0.5f;
            }
            pdf.text(
                    text,
                    x + COLUMNS[i] / 2,
                    Pdf.centredBaseline(top, ROW, size),
                    size,
                    bold,
                    Pdf.INK,
                    Pdf.Align.CENTER);
            x += COLUMNS[i];
        }
    }
}
