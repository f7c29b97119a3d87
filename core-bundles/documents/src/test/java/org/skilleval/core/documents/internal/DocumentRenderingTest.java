package org.skilleval.core.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.FormOpinion;
import org.skilleval.core.rules.ProposalListStatus;

/**
 * Renders every document from realistic records, opens the result with PDFBox or POI as a reader
 * would, and checks its Chinese text, codes, masking and QR content. Every PDF page is also written
 * as a PNG under {@code target/document-pages/} for a person to look at.
 */
class DocumentRenderingTest {

    private static final Path PAGES = Path.of("target", "document-pages");
    private static CjkFont font;

    @BeforeAll
    static void loadTheFont() throws IOException {
        font = CjkFont.load();
        Files.createDirectories(PAGES);
    }

    @Test
    void theApplicationFormLaysOutTheAnnexAndRunsLongSectionsOntoContinuationPages() throws Exception {
        byte[] pdf = new ApplicationFormPdf(font)
                .render(
                        Samples.application(
                                Samples.form(Samples.longAchievements(), 12), ApplicationStatus.ENDORSED, "同意推荐参加评审"),
                        new ApplicationFormPdf.Photo(Samples.photo(), "photo.png"));
        savePages(pdf, "application-form-long");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 4, "two pages of the form and continuation pages");
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4");
            assertEquals(842, Math.round(document.getPage(0).getMediaBox().getHeight()), "A4");
            String first = text(document, 1, 1);
            for (String label : List.of(
                    "特级技师评审申报表",
                    "姓名",
                    "王喆",
                    "身份证号",
                    Samples.ID_NUMBER,
                    "出生年月",
                    "1972年3月",
                    "学历/学位",
                    "行政/技术职务",
                    "职称/专业技术资格",
                    "职业资格/职业技能等级",
                    "高级技师（车工）",
                    "工作单位/所在部门",
                    "联系地址",
                    "电子信箱",
                    "联系电话",
                    "13912345678",
                    "生产、研究或擅长领域",
                    "教育背景和工作简历",
                    "工作业绩",
                    "续见第 3 页附页")) {
                assertTrue(flat(first).contains(flat(label)), label + " on page 1:\n" + first);
            }
            assertFalse(first.contains("贴照片处"), "the uploaded photo fills the photo box");
            assertEquals(1, images(document.getPage(0)), "the photo is on page 1");

            String second = text(document, 2, 2);
            for (String label : List.of(
                    "获奖情况",
                    "江苏工匠",
                    "本人承诺",
                    "本人保证以上信息真实、准确。",
                    "本人签名：",
                    FormOpinion.Stage.ENTERPRISE.zh(),
                    FormOpinion.ENTERPRISE_RECOMMENDATION_ZH,
                    "同意推荐参加评审",
                    "推荐单位（盖章）：",
                    FormOpinion.Stage.CITY_EVALUATION_BODY.zh(),
                    FormOpinion.Stage.PROVINCIAL_CENTRE.zh(),
                    "单位（盖章）：",
                    "年 月 日")) {
                assertTrue(flat(second).contains(flat(label)), label + " on page 2:\n" + second);
            }

            String continuation = text(document, 3, document.getNumberOfPages());
            assertTrue(continuation.contains("附页"), continuation);
            String all = flat(text(document, 1, document.getNumberOfPages()));
            for (int i = 1; i <= 24; i++) {
                assertTrue(all.contains(flat(i + "、主持“高精度主轴车削工艺改进”第" + i + "期攻关")), "achievement " + i + " is printed");
            }
            assertTrue(all.contains(flat("（以上业绩均有证明材料附后。）")), "the last line of 工作业绩 is printed");
            assertTrue(all.contains(flat("（另附材料 2 份）")), "the attachments of 工作业绩 are counted");
            assertTrue(text(document, document.getNumberOfPages(), document.getNumberOfPages())
                    .contains("共 " + document.getNumberOfPages() + " 页"));
            assertEmbeddedSubsetFontOnly(document);
        }
    }

    @Test
    void aShortFormFitsOnTwoPagesWithAnEmptyPhotoBox() throws Exception {
        byte[] pdf = new ApplicationFormPdf(font)
                .render(
                        Samples.application(Samples.form("攻克高精度主轴加工难题，成果转化为生产力。", 2), ApplicationStatus.DRAFT, ""),
                        null);
        savePages(pdf, "application-form-short");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            String all = text(document, 1, 2);
            assertTrue(all.contains("贴照片处"));
            assertTrue(all.contains("草稿"), "a draft says so");
            assertFalse(all.contains("附页"), "nothing runs on");
        }
    }

    @Test
    void theCertificateShowsTheMaskedIdAndAQrCodeThatOpensItsVerification() throws Exception {
        String url = QrCodes.verificationUrl("https://tjjs.example.gov.cn/", Samples.CODE, "王喆");
        assertEquals("https://tjjs.example.gov.cn/verify?code=" + Samples.CODE + "&name=%E7%8E%8B%E5%96%86", url);
        byte[] pdf =
                new CertificatePdf(font).render(Samples.certificate(CertificateStatus.VALID), Samples.MASKED_ID, url);
        savePages(pdf, "certificate");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(
                    document.getPage(0).getMediaBox().getWidth()
                            > document.getPage(0).getMediaBox().getHeight(),
                    "landscape");
            String text = flat(text(document, 1, 1));
            for (String expected : List.of(
                    "职业技能等级证书",
                    "王喆",
                    Samples.MASKED_ID,
                    "车工",
                    "特级技师",
                    Samples.CODE,
                    Samples.ENTERPRISE,
                    "2026年3月20日",
                    "扫码核验本证书")) {
                assertTrue(text.contains(flat(expected)), expected + " in " + text);
            }
            assertFalse(text.contains(Samples.ID_NUMBER), "never the full ID number");
            assertFalse(text.contains("已撤销"));

            String decoded = decodeQr(new PDFRenderer(document).renderImageWithDPI(0, 150));
            assertEquals(url, decoded);
            assertTrue(decoded.contains("code=" + Samples.CODE));
            assertEquals(
                    "王喆", URLDecoder.decode(decoded.substring(decoded.indexOf("name=") + 5), StandardCharsets.UTF_8));
            assertEmbeddedSubsetFontOnly(document);
        }
    }

    @Test
    void aRevokedCertificateSaysSoAcrossThePage() throws Exception {
        byte[] pdf = new CertificatePdf(font)
                .render(
                        Samples.certificate(CertificateStatus.REVOKED),
                        Samples.MASKED_ID,
                        "http://localhost:8181/verify?code=x&name=y");
        savePages(pdf, "certificate-revoked");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document, 1, 1);
            assertTrue(text.contains("已撤销"), text);
            assertTrue(text.contains("业绩证明材料系伪造"), text);
        }
    }

    @Test
    void thePublicityListShowsWhatThePublicPageShowsAndRunsOverPages() throws Exception {
        byte[] pdf =
                new PublicityPdf(font).render(Samples.list(ProposalListStatus.PUBLISHED, 45), "http://localhost:8181");
        savePages(pdf, "publicity-long");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2);
            String all = text(document, 1, document.getNumberOfPages());
            assertTrue(all.contains(Samples.ENTERPRISE + "特级技师建议人选名单公示"), all);
            assertTrue(all.contains("2026年2月9日至2026年2月13日"), all);
            assertTrue(all.contains("王喆"));
            assertTrue(all.contains("赵堃"), "a name outside GB 2312 prints");
            assertFalse(all.contains("李建国"), "a candidate removed after an objection is not publicised");
            assertFalse(all.contains("3201*"), "no ID number, masked or not");
            assertTrue(all.contains("44名特级技师建议人选"), "45 candidates, one removed");
            assertTrue(text(document, 2, 2).contains("职业（工种）"), "the header repeats on page 2");
        }
        byte[] draft =
                new PublicityPdf(font).render(Samples.list(ProposalListStatus.DRAFT, 3), "http://localhost:8181");
        savePages(draft, "publicity-draft");
        try (PDDocument document = Loader.loadPDF(draft)) {
            String text = text(document, 1, 1);
            assertTrue(text.contains("草稿"), text);
            assertTrue(text.contains("尚未开始"), text);
        }
    }

    @Test
    void thePublicityWorkbookHoldsTheSameCandidates() throws Exception {
        byte[] xlsx = PublicityWorkbook.render(Samples.list(ProposalListStatus.PUBLISHED, 5), "http://localhost:8181");
        Files.write(PAGES.resolve("publicity.xlsx"), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(PublicityWorkbook.SHEET);
            assertEquals(
                    Samples.ENTERPRISE + "特级技师建议人选名单公示",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(List.of("序号", "姓名", "性别", "工作单位", "职业（工种）"), texts(sheet.getRow(2)));
            assertEquals(List.of("1", "王喆", "男", Samples.ENTERPRISE, "车工"), texts(sheet.getRow(3)));
            List<String> names = new ArrayList<>();
            for (int r = 3; r <= 6; r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertEquals(List.of("王喆", "张秀英", "赵堃", "欧阳明"), names);
            String everything = workbookText(workbook);
            assertFalse(everything.contains("李建国"));
            assertFalse(everything.contains("3201"), "no ID number");
        }
    }

    @Test
    void theStatisticsWorkbookHasASheetPerDimensionWithTotals() throws Exception {
        Map<StatisticsDimension, List<StatisticsRow>> sheets = new EnumMap<>(StatisticsDimension.class);
        sheets.put(
                StatisticsDimension.CITY,
                List.of(
                        new StatisticsRow("3201", "南京", 12, 10, 4, 2, 1, 3, 40L),
                        new StatisticsRow("3205", "苏州", 3, 3, 1, 0, 0, 0, 20L)));
        sheets.put(
                StatisticsDimension.ENTERPRISE,
                List.of(new StatisticsRow(Samples.CREDIT_CODE, Samples.ENTERPRISE, 12, 10, 4, 2, 1, 3)));
        sheets.put(StatisticsDimension.OCCUPATION, List.of(new StatisticsRow("车工", "车工", 7, 6, 3, 2, 0, 1)));
        sheets.put(StatisticsDimension.ROUND, List.of());
        byte[] xlsx = StatisticsWorkbook.render(sheets, "评聘批次：全部批次　设区市：全部", LocalDate.of(2026, 3, 1));
        Files.write(PAGES.resolve("statistics.xlsx"), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(4, workbook.getNumberOfSheets());
            Sheet city = workbook.getSheet("按设区市");
            assertEquals("江苏省特级技师评聘统计（按设区市）", city.getRow(0).getCell(0).getStringCellValue());
            assertTrue(city.getRow(1).getCell(0).getStringCellValue().contains("2026年3月1日"));
            assertEquals(
                    List.of("代码", "设区市", "申报人数", "符合条件", "评审通过", "已发证", "已取消", "异议件数", "高级技师人数", "通过人数占高级技师比例（%）"),
                    texts(city.getRow(2)));
            assertEquals(List.of("3201", "南京", "12", "10", "4", "2", "1", "3", "40", "10.0"), texts(city.getRow(3)));
            Row total = city.getRow(5);
            // the whole's ratio is 5 passed of 60 高级技师, not the sum of the cities' ratios
            assertEquals(60, total.getCell(8).getNumericCellValue());
            assertEquals(8.3, total.getCell(9).getNumericCellValue(), 0.0001);
            assertEquals("合计", total.getCell(1).getStringCellValue());
            assertEquals(CellType.FORMULA, total.getCell(2).getCellType());
            assertEquals("SUM(C4:C5)", total.getCell(2).getCellFormula());
            assertEquals(
                    15, total.getCell(2).getNumericCellValue(), "the sum is stored for readers that do not calculate");
            Sheet occupation = workbook.getSheet("按职业（工种）");
            assertEquals(
                    List.of("职业（工种）", "申报人数", "符合条件", "评审通过", "已发证", "已取消", "异议件数", "高级技师人数", "通过人数占高级技师比例（%）"),
                    texts(occupation.getRow(2)));
            assertEquals(
                    List.of("车工", "7", "6", "3", "2", "0", "1", "", ""),
                    texts(occupation.getRow(3)),
                    "an occupation whose 高级技师 are not declared shows blanks, not a ratio");
            assertEquals("合计", workbook.getSheet("按评聘批次").getRow(3).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsABoxAndNothingFails() throws Exception {
        String rare = "王\uD842\uDFB7"; // 𠮷, outside the font's GBK repertoire
        assertEquals("王" + CjkFont.MISSING, font.printable(rare));
        assertEquals("a b", font.printable("a\nb"));
        assertTrue(font.covers('喆'));
        assertTrue(font.covers('堃'));
        byte[] pdf = new CertificatePdf(font)
                .render(
                        new org.skilleval.core.domain.CertificateRecord(
                                5,
                                1,
                                Samples.CODE,
                                123,
                                9,
                                7,
                                rare,
                                "车工",
                                Samples.CREDIT_CODE,
                                Samples.ENTERPRISE,
                                "3201",
                                LocalDate.of(2026, 3, 20),
                                CertificateStatus.VALID,
                                ""),
                        Samples.MASKED_ID,
                        QrCodes.verificationUrl("http://localhost:8181", Samples.CODE, rare));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(text(document, 1, 1).contains("王" + CjkFont.MISSING));
            String decoded = decodeQr(new PDFRenderer(document).renderImageWithDPI(0, 150));
            assertEquals(
                    rare,
                    URLDecoder.decode(decoded.substring(decoded.indexOf("name=") + 5), StandardCharsets.UTF_8),
                    "the QR code keeps the real name");
        }
    }

    // --- helpers

    static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    /** Text without any whitespace: lines break differently than the source text. */
    static String flat(String text) {
        return text.replaceAll("[\\s　]+", "");
    }

    static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
    }

    private static int images(PDPage page) throws IOException {
        int count = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    private static void assertEmbeddedSubsetFontOnly(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont pdfFont = page.getResources().getFont(name);
                assertTrue(pdfFont.isEmbedded(), pdfFont.getName() + " is embedded");
                assertTrue(
                        pdfFont.getName().matches("[A-Z]{6}\\+SkillEvalSansSC-Regular"),
                        pdfFont.getName() + " is a subset of the shipped font");
            }
        }
    }

    private static List<String> texts(Row row) {
        // as a reader sees them: numbers in their cell's format
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(shown.formatCellValue(cell));
        }
        return texts;
    }

    private static String workbookText(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Every page as a PNG under target/document-pages, for a person to look at. */
    static void savePages(byte[] pdf, String name) throws IOException {
        Files.write(PAGES.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(i, 72),
                        "png",
                        PAGES.resolve(name + "-" + (i + 1) + ".png").toFile());
            }
        }
    }
}
