package org.skilleval.core.documents.internal;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.rules.ProposalListStatus;

/** The publicity notice of a proposal list as an Excel sheet, with the same columns as the PDF. */
final class PublicityWorkbook {

    static final String SHEET = "建议人选名单公示";
    private static final String[] HEADERS = {"序号", "姓名", "性别", "工作单位", "职业（工种）"};
    private static final int[] WIDTHS = {8, 14, 8, 40, 22};

    private PublicityWorkbook() {}

    static byte[] render(ProposalListRecord list, String publicBaseUrl) {
        return Workbooks.write(workbook -> {
            Workbooks.Styles styles = Workbooks.Styles.of(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            String enterprise = Formats.blankIfNull(list.enterpriseName());
            String title = enterprise + "特级技师建议人选名单公示" + (list.status() == ProposalListStatus.DRAFT ? "（草稿，不得公示）" : "");
            merged(sheet, 0, title, styles.title(), 30);
            merged(
                    sheet,
                    1,
                    "企业内公示期：" + PublicityPdf.window(list.enterpriseStart(), list.enterpriseEnd()) + "；省职业技能鉴定中心公示期："
                            + PublicityPdf.window(list.provinceStart(), list.provinceEnd()),
                    styles.note(),
                    22);
            Row header = sheet.createRow(2);
            for (int column = 0; column < HEADERS.length; column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(HEADERS[column]);
                cell.setCellStyle(styles.header());
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            List<ProposalEntry> candidates = list.publicisedEntries();
            int rowIndex = 3;
            for (ProposalEntry candidate : candidates) {
                Row row = sheet.createRow(rowIndex);
                Cell number = row.createCell(0);
                number.setCellValue(rowIndex - 2);
                number.setCellStyle(styles.number());
                String[] texts = {candidate.name(), candidate.gender(), enterprise, candidate.occupation()};
                for (int i = 0; i < texts.length; i++) {
                    Cell cell = row.createCell(i + 1);
                    cell.setCellValue(Formats.blankIfNull(texts[i]));
                    cell.setCellStyle(styles.text());
                }
                rowIndex++;
            }
            merged(
                    sheet,
                    rowIndex + 1,
                    "公示期间，任何单位或个人对公示人选有异议的，可在公示期内通过江苏省特级技师评聘平台（"
                            + publicBaseUrl.strip().replaceAll("/+$", "") + "）的公示页面提出。",
                    styles.note(),
                    36);
            Workbooks.printOnA4(sheet, false, 2);
        });
    }

    private static void merged(
            Sheet sheet, int rowIndex, String text, org.apache.poi.ss.usermodel.CellStyle style, float height) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(height);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, HEADERS.length - 1));
    }
}
