package org.skilleval.core.documents.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationForm.Award;
import org.skilleval.core.rules.ApplicationForm.CareerEntry;
import org.skilleval.core.rules.ApplicationForm.Qualification;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.FormOpinion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 特级技师评审申报表 laid out like the annex of the pilot scheme, on A4: page 1 holds the
 * personal rows with the photo box, 教育背景和工作简历 and 工作业绩; page 2 holds 获奖情况, the
 * applicant's promise and the three opinion boxes with their signature, stamp and date lines. What
 * does not fit in the box of 教育背景和工作简历, 工作业绩 or 获奖情况 continues on continuation pages (附页)
 * after page 2, the box saying on which page; nothing is cut off.
 */
final class ApplicationFormPdf {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationFormPdf.class);

    /** A photo attachment's bytes, as stored. */
    record Photo(byte[] bytes, String fileName) {}

    // Layout in points from the top left of an A4 page.
    private static final float LEFT = 52;
    private static final float TABLE_WIDTH = 491;
    private static final float RIGHT = LEFT + TABLE_WIDTH;
    private static final float LABEL = 84;
    private static final float VALUE_1 = 116;
    private static final float LABEL_2 = 80;
    private static final float VALUE_2 = 124;
    private static final float PHOTO = TABLE_WIDTH - LABEL - VALUE_1 - LABEL_2 - VALUE_2;
    private static final float ROW = 30;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 15.5f;
    private static final float PAD = 6;
    private static final float BORDER = 0.8f;
    private static final float TABLE_BOTTOM = 800;
    private static final float CONTINUATION_TOP = 100;
    /** A continuation block shorter than this many lines starts on the next page instead. */
    private static final int LEAST_LINES_ON_A_PAGE = 3;

    // Page 1
    private static final float TABLE_TOP = 110;
    private static final float PERSONAL_BOTTOM = TABLE_TOP + 7 * ROW + 40;
    private static final float CAREER_HEIGHT = 165;
    private static final float ACHIEVEMENTS_TOP = PERSONAL_BOTTOM + CAREER_HEIGHT;
    // Page 2
    private static final float AWARDS_TOP = 60;
    private static final float AWARDS_HEIGHT = 250;

    private static final Set<ApplicationStatus> ENDORSED = ApplicationLifecycle.ENTERED_ASSESSMENT;

    private final CjkFont font;

    ApplicationFormPdf(CjkFont font) {
        this.font = font;
    }

    /** A section whose lines may run on to continuation pages. */
    private static final class Section {
        final String title;
        final List<String> lines;
        List<String> shown = List.of();
        List<String> rest = List.of();

        Section(String title, List<String> lines) {
            this.title = title;
            this.lines = lines;
        }
    }

    /** Part of a section on a continuation page. */
    private record Block(int page, float top, String title, List<String> lines) {}

    byte[] render(ApplicationRecord application, Photo photo) {
        ApplicationForm form = application.form();
        String name = Formats.blankIfNull(form.name());
        try (Pdf pdf = new Pdf(font, "特级技师评审申报表 " + name)) {
            float textWidth = TABLE_WIDTH - LABEL - 2 * PAD;
            Section career = new Section(
                    "教育背景和\n工作简历",
                    withAttachments(
                            pdf.wrap(careerText(form), SIZE, textWidth), form.educationAndCareerAttachmentIds()));
            Section achievements = new Section(
                    "工作业绩",
                    withAttachments(
                            pdf.wrap(Formats.blankIfNull(form.achievements()), SIZE, textWidth),
                            form.achievementsAttachmentIds()));
            Section awards = new Section(
                    "获奖情况", withAttachments(pdf.wrap(awardsText(form), SIZE, textWidth), form.awardsAttachmentIds()));
            List<Block> blocks = continuationBlocks(List.of(
                    new Placed(career, CAREER_HEIGHT),
                    new Placed(achievements, TABLE_BOTTOM - ACHIEVEMENTS_TOP),
                    new Placed(awards, AWARDS_HEIGHT)));

            pdf.newPage(Pdf.A4_PORTRAIT);
            pdf.text("特级技师评审申报表", pdf.pageWidth() / 2, 78, 22, true, Pdf.INK, Pdf.Align.CENTER);
            pdf.text(
                    "申报职业（工种）：" + Formats.blankIfNull(form.appliedOccupation()),
                    LEFT,
                    100,
                    10,
                    false,
                    Pdf.INK,
                    Pdf.Align.LEFT);
            pdf.text(
                    "申报表编号：" + application.id() + "　　状态：" + Formats.status(application.status()),
                    RIGHT,
                    100,
                    9,
                    false,
                    Pdf.GREY,
                    Pdf.Align.RIGHT);
            personalRows(pdf, form, photo);
            sectionRow(pdf, career, PERSONAL_BOTTOM, CAREER_HEIGHT);
            sectionRow(pdf, achievements, ACHIEVEMENTS_TOP, TABLE_BOTTOM - ACHIEVEMENTS_TOP);

            pdf.newPage(Pdf.A4_PORTRAIT);
            pageHeader(pdf, name, application.id(), 44);
            sectionRow(pdf, awards, AWARDS_TOP, AWARDS_HEIGHT);
            float top = AWARDS_TOP + AWARDS_HEIGHT;
            top = promise(pdf, form, top, 100);
            top = enterpriseOpinion(pdf, application, top, 125);
            top = stampBox(pdf, "设区市职业技能\n鉴定机构意见", top, 115);
            stampBox(pdf, "省职业技能鉴定\n中心意见", top, 115);

            int page = 2;
            for (Block block : blocks) {
                if (block.page() > page) {
                    page = block.page();
                    pdf.newPage(Pdf.A4_PORTRAIT);
                    pdf.text("特级技师评审申报表（附页）", pdf.pageWidth() / 2, 62, 15, true, Pdf.INK, Pdf.Align.CENTER);
                    pageHeader(pdf, name, application.id(), 88);
                }
                float height = block.lines().size() * LEADING + 2 * PAD;
                labelCell(pdf, block.title(), LEFT, block.top(), LABEL, height);
                pdf.box(LEFT + LABEL, block.top(), TABLE_WIDTH - LABEL, height, BORDER, Pdf.INK);
                pdf.lines(block.lines(), LEFT + LABEL + PAD, block.top() + PAD, SIZE, LEADING, Pdf.INK);
            }
            pdf.numberPages();
            return pdf.toBytes();
        }
    }

    private record Placed(Section section, float boxHeight) {}

    /**
     * Decides what each section shows in its box, and lays out the rest on continuation pages from
     * page 3 on, one section after the other, so that the note in each box can name its page.
     */
    private static List<Block> continuationBlocks(List<Placed> placed) {
        List<Block> blocks = new ArrayList<>();
        int page = 3;
        float top = CONTINUATION_TOP;
        for (Placed each : placed) {
            Section section = each.section();
            int capacity = (int) ((each.boxHeight() - 2 * PAD) / LEADING);
            if (section.lines.size() <= capacity) {
                section.shown = section.lines;
                continue;
            }
            int shown = capacity - 1; // the box's last line says where the rest is
            section.rest = section.lines.subList(shown, section.lines.size());
            if (room(top) < LEAST_LINES_ON_A_PAGE) {
                page++;
                top = CONTINUATION_TOP;
            }
            section.shown = new ArrayList<>(section.lines.subList(0, shown));
            section.shown.add("（未尽内容续见第 " + page + " 页附页）");
            int part = 1;
            for (int from = 0; from < section.rest.size(); part++) {
                if (room(top) < LEAST_LINES_ON_A_PAGE) {
                    page++;
                    top = CONTINUATION_TOP;
                }
                int count = Math.min(room(top), section.rest.size() - from);
                String title = section.title + "（续）";
                blocks.add(new Block(page, top, title, section.rest.subList(from, from + count)));
                top += count * LEADING + 2 * PAD;
                from += count;
            }
        }
        return blocks;
    }

    private static int room(float top) {
        return (int) ((TABLE_BOTTOM - top - 2 * PAD) / LEADING);
    }

    private static List<String> withAttachments(List<String> lines, List<String> attachmentIds) {
        List<String> all = new ArrayList<>(lines);
        while (!all.isEmpty() && all.get(all.size() - 1).isBlank()) {
            all.remove(all.size() - 1);
        }
        if (!attachmentIds.isEmpty()) {
            all.add("（另附材料 " + attachmentIds.size() + " 份）");
        }
        return all;
    }

    private static String careerText(ApplicationForm form) {
        List<String> entries = new ArrayList<>();
        for (CareerEntry entry : form.educationAndCareer()) {
            if (entry == null) {
                continue;
            }
            String to = entry.to() == null ? "至今" : Formats.period(entry.to());
            entries.add(Formats.period(entry.from()) + "—" + to + "　" + Formats.blankIfNull(entry.organisation()) + "　"
                    + Formats.blankIfNull(entry.role()));
        }
        return String.join("\n", entries);
    }

    private static String awardsText(ApplicationForm form) {
        List<String> entries = new ArrayList<>();
        for (Award award : form.awards()) {
            if (award == null) {
                continue;
            }
            String level = Formats.blankIfNull(award.levelOrIssuer());
            entries.add((award.year() == null ? "" : award.year() + "年　")
                    + Formats.blankIfNull(award.title())
                    + (level.isEmpty() ? "" : "　" + level));
        }
        return entries.isEmpty() ? "无" : String.join("\n", entries);
    }

    private static String qualification(Qualification q) {
        if (q == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(Formats.blankIfNull(q.levelText()));
        if (q.occupation() != null && !q.occupation().isBlank()) {
            text.append("（").append(q.occupation().strip()).append("）");
        }
        if (q.certificateNumber() != null && !q.certificateNumber().isBlank()) {
            text.append("　证书编号：").append(q.certificateNumber().strip());
        }
        if (q.certifiedOn() != null) {
            text.append("　取得时间：").append(Formats.date(q.certifiedOn()));
        }
        return text.toString();
    }

    private static void pageHeader(Pdf pdf, String name, long applicationId, float baseline) {
        pdf.text("申报人：" + name, LEFT, baseline, 9.5f, false, Pdf.GREY, Pdf.Align.LEFT);
        pdf.text("申报表编号：" + applicationId, RIGHT, baseline, 9.5f, false, Pdf.GREY, Pdf.Align.RIGHT);
    }

    private static void personalRows(Pdf pdf, ApplicationForm form, Photo photo) {
        float x1 = LEFT + LABEL;
        float x2 = x1 + VALUE_1;
        float x3 = x2 + LABEL_2;
        float x4 = x3 + VALUE_2;
        String[][] threeRows = {
            {"姓名", form.name(), "身份证号", form.idNumber()},
            {"出生年月", Formats.month(form.birthMonth()), "学历/学位", form.education()},
            {"行政/技术职务", form.administrativeOrTechnicalPost(), "职称/专业\n技术资格", form.professionalTitle()},
        };
        float y = TABLE_TOP;
        for (String[] row : threeRows) {
            labelCell(pdf, row[0], LEFT, y, LABEL, ROW);
            valueCell(pdf, row[1], x1, y, VALUE_1, ROW);
            labelCell(pdf, row[2], x2, y, LABEL_2, ROW);
            valueCell(pdf, row[3], x3, y, VALUE_2, ROW);
            y += ROW;
        }
        labelCell(pdf, "职业资格/\n职业技能等级", LEFT, y, LABEL, ROW);
        valueCell(pdf, qualification(form.qualification()), x1, y, VALUE_1 + LABEL_2 + VALUE_2, ROW);
        y += ROW;
        photoCell(pdf, photo, x4, TABLE_TOP, PHOTO, 4 * ROW);

        labelCell(pdf, "工作单位/\n所在部门", LEFT, y, LABEL, ROW);
        String department = Formats.blankIfNull(form.department());
        valueCell(
                pdf,
                Formats.blankIfNull(form.employer()) + (department.isEmpty() ? "" : " / " + department),
                x1,
                y,
                TABLE_WIDTH - LABEL,
                ROW);
        y += ROW;
        labelCell(pdf, "联系地址", LEFT, y, LABEL, ROW);
        valueCell(pdf, form.address(), x1, y, TABLE_WIDTH - LABEL, ROW);
        y += ROW;
        labelCell(pdf, "电子信箱", LEFT, y, LABEL, ROW);
        valueCell(pdf, form.email(), x1, y, VALUE_1, ROW);
        labelCell(pdf, "联系电话", x2, y, LABEL_2, ROW);
        valueCell(pdf, form.phone(), x3, y, VALUE_2 + PHOTO, ROW);
        y += ROW;
        labelCell(pdf, "生产、研究或\n擅长领域", LEFT, y, LABEL, 40);
        valueCell(pdf, form.fieldOfExpertise(), x1, y, TABLE_WIDTH - LABEL, 40);
    }

    private static void labelCell(Pdf pdf, String label, float x, float top, float width, float height) {
        pdf.box(x, top, width, height, BORDER, Pdf.INK);
        List<String> lines = pdf.wrap(label, SIZE, width - 8);
        pdf.centredLines(lines, x, top, width, height, SIZE, 13.5f);
    }

    /**
     * A value on one line when it fits at a slightly smaller size, else wrapped and made smaller
     * until it stays inside its cell; only a value too long for any of that is cut, with "…".
     */
    private static void valueCell(Pdf pdf, String value, float x, float top, float width, float height) {
        pdf.box(x, top, width, height, BORDER, Pdf.INK);
        String text = pdf.printable(Formats.blankIfNull(value));
        float inner = width - 2 * PAD;
        // A word without a break (an e-mail address, a number) rather gets smaller than broken.
        boolean oneWord = text.codePoints().allMatch(c -> c < 0x2E80 && !Character.isWhitespace(c));
        for (float size : oneWord ? new float[] {SIZE, 9.5f, 8.5f, 7.5f, 6.5f} : new float[] {SIZE, 9.5f, 8.5f}) {
            if (pdf.width(text, size) <= inner) {
                pdf.text(text, x + PAD, Pdf.centredBaseline(top, height, size), size, false, Pdf.INK, Pdf.Align.LEFT);
                return;
            }
        }
        for (float size : new float[] {SIZE, 9.5f, 8.5f, 7.5f}) {
            float leading = size * 1.3f;
            List<String> lines = pdf.wrap(text, size, inner);
            if (lines.size() * leading <= height - 2 || size == 7.5f) {
                int fit = Math.max(1, (int) ((height - 2) / leading));
                if (lines.size() > fit) {
                    lines = new ArrayList<>(lines.subList(0, fit));
                    lines.set(fit - 1, lines.get(fit - 1) + "…");
                }
                float first = top + (height - lines.size() * leading) / 2;
                for (int i = 0; i < lines.size(); i++) {
                    pdf.text(
                            lines.get(i),
                            x + PAD,
                            Pdf.centredBaseline(first + i * leading, leading, size),
                            size,
                            false,
                            Pdf.INK,
                            Pdf.Align.LEFT);
                }
                return;
            }
        }
    }

    private static void photoCell(Pdf pdf, Photo photo, float x, float top, float width, float height) {
        pdf.box(x, top, width, height, BORDER, Pdf.INK);
        if (photo != null) {
            try {
                pdf.image(photo.bytes(), photo.fileName(), x + 4, top + 4, width - 8, height - 8);
                return;
            } catch (IOException | RuntimeException unreadable) {
                // A damaged image cannot be placed: the box stays empty for a paper photo.
                LOG.warn("A photo attachment cannot be placed on the form: {}", unreadable.toString());
            }
        }
        pdf.centredLines(List.of("贴照片处"), x, top, width, height, SIZE, LEADING);
    }

    private static void sectionRow(Pdf pdf, Section section, float top, float height) {
        labelCell(pdf, section.title, LEFT, top, LABEL, height);
        pdf.box(LEFT + LABEL, top, TABLE_WIDTH - LABEL, height, BORDER, Pdf.INK);
        pdf.lines(section.shown, LEFT + LABEL + PAD, top + PAD, SIZE, LEADING, Pdf.INK);
    }

    private static float promise(Pdf pdf, ApplicationForm form, float top, float height) {
        labelCell(pdf, "本人承诺", LEFT, top, LABEL, height);
        float x = LEFT + LABEL;
        pdf.box(x, top, TABLE_WIDTH - LABEL, height, BORDER, Pdf.INK);
        pdf.text(ApplicationForm.Declaration.TEXT_ZH, x + PAD + 2 * SIZE, top + 24, SIZE);
        if (form.declaration() != null
                && form.declaration().accepted()
                && form.declaration().signedOn() != null) {
            pdf.text(
                    "（申报人已于 " + Formats.date(form.declaration().signedOn()) + " 在网上作出此承诺）",
                    x + PAD + 2 * SIZE,
                    top + 42,
                    9,
                    false,
                    Pdf.GREY,
                    Pdf.Align.LEFT);
        }
        signatureLine(pdf, "本人签名：", top + height);
        return top + height;
    }

    private static float enterpriseOpinion(Pdf pdf, ApplicationRecord application, float top, float height) {
        labelCell(pdf, FormOpinion.Stage.ENTERPRISE.zh(), LEFT, top, LABEL, height);
        float x = LEFT + LABEL;
        float width = TABLE_WIDTH - LABEL;
        pdf.box(x, top, width, height, BORDER, Pdf.INK);
        List<String> lines =
                new ArrayList<>(pdf.wrap("　　" + FormOpinion.ENTERPRISE_RECOMMENDATION_ZH, SIZE, width - 2 * PAD));
        String opinion = application.enterpriseOpinion().strip();
        if (ENDORSED.contains(application.status())
                && !opinion.isEmpty()
                && !opinion.equals(FormOpinion.ENTERPRISE_RECOMMENDATION_ZH)) {
            lines.addAll(pdf.wrap("评审意见：" + opinion, SIZE, width - 2 * PAD));
        }
        // what does not fit above the seal line is in the application itself; the box keeps room for the seal
        pdf.lines(lines.subList(0, Math.min(lines.size(), 4)), x + PAD, top + PAD + 4, SIZE, LEADING, Pdf.INK);
        signatureLine(pdf, "推荐单位（盖章）：", top + height);
        return top + height;
    }

    private static float stampBox(Pdf pdf, String label, float top, float height) {
        labelCell(pdf, label, LEFT, top, LABEL, height);
        pdf.box(LEFT + LABEL, top, TABLE_WIDTH - LABEL, height, BORDER, Pdf.INK);
        signatureLine(pdf, "单位（盖章）：", top + height);
        return top + height;
    }

    /** Who signs or seals, then the date, along the bottom of a box: room above them for a seal. */
    private static void signatureLine(Pdf pdf, String who, float boxBottom) {
        float baseline = boxBottom - 14;
        pdf.text(who, RIGHT - 260, baseline, SIZE);
        pdf.text("年　　月　　日", RIGHT - 16, baseline, SIZE, false, Pdf.INK, Pdf.Align.RIGHT);
    }
}
