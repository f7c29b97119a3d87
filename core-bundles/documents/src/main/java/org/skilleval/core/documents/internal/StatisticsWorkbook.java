package org.skilleval.core.documents.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;

/**
 * The programme's statistics as an Excel workbook: a sheet per dimension with the counts the
 * statistics API gives, and a 合计 row whose sums are formulas (their values stored too, so that a
 * reader that does not calculate shows them).
 */
final class StatisticsWorkbook {

    private static final String[] COUNTS = {"申报人数", "符合条件", "评审通过", "已发证", "已取消", "异议件数"};

    /** The seed's guard against 普遍晋升: the 高级技师 behind each group, and those passed per hundred of them. */
    private static final String[] GUARD = {"高级技师人数", "通过人数占高级技师比例（%）"};

    private StatisticsWorkbook() {}

    /** The sheet name and the headers of the key and label columns of a dimension. */
    record Dimension(String sheet, String keyHeader, String labelHeader) {

        static Dimension of(StatisticsDimension dimension) {
            return switch (dimension) {
                case CITY -> new Dimension("按设区市", "代码", "设区市");
                case ENTERPRISE -> new Dimension("按试点企业", "统一社会信用代码", "试点企业");
                case OCCUPATION -> new Dimension("按职业（工种）", null, "职业（工种）");
                case ROUND -> new Dimension("按评聘批次", "批次编号", "评聘批次");
            };
        }
    }

    /**
     * @param sheets the rows of each dimension, in the order of the sheets
     * @param scope what the counts cover, e.g. "评聘批次：2027年第一批特级技师评聘　设区市：全部"
     */
    static byte[] render(Map<StatisticsDimension, List<StatisticsRow>> sheets, String scope, LocalDate exportedOn) {
        return Workbooks.write(workbook -> {
            Workbooks.Styles styles = Workbooks.Styles.of(workbook);
            for (Map.Entry<StatisticsDimension, List<StatisticsRow>> entry : new LinkedHashMap<>(sheets).entrySet()) {
                Dimension dimension = Dimension.of(entry.getKey());
                Sheet sheet = workbook.createSheet(dimension.sheet());
                boolean withKey = dimension.keyHeader() != null;
                int columns = (withKey ? 2 : 1) + COUNTS.length + GUARD.length;
                text(sheet, 0, "江苏省特级技师评聘统计（" + dimension.sheet() + "）", styles.title(), 30, columns);
                text(sheet, 1, scope + "　导出日期：" + Formats.date(exportedOn), styles.note(), 20, columns);
                Row header = sheet.createRow(2);
                header.setHeightInPoints(22);
                int column = 0;
                if (withKey) {
                    cell(header, column++, dimension.keyHeader(), styles.header());
                }
                cell(header, column++, dimension.labelHeader(), styles.header());
                for (String count : COUNTS) {
                    cell(header, column++, count, styles.header());
                }
                for (String guard : GUARD) {
                    cell(header, column++, guard, styles.header());
                }
                int first = 3;
                int rowIndex = first;
                long[] totals = new long[COUNTS.length];
                Long seniorsTotal = 0L;
                for (StatisticsRow statistics : entry.getValue()) {
                    Row row = sheet.createRow(rowIndex++);
                    column = 0;
                    if (withKey) {
                        cell(row, column++, statistics.key(), styles.text());
                    }
                    cell(row, column++, statistics.label(), styles.text());
                    long[] values = {
                        statistics.applicants(),
                        statistics.eligible(),
                        statistics.passed(),
                        statistics.certified(),
                        statistics.cancelled(),
                        statistics.objections()
                    };
                    for (int i = 0; i < values.length; i++) {
                        Cell cell = row.createCell(column++);
                        cell.setCellValue(values[i]);
                        cell.setCellStyle(styles.number());
                        totals[i] += values[i];
                    }
                    guard(row, column, statistics, styles);
                    seniorsTotal = seniorsTotal == null || statistics.seniorTechnicians() == null
                            ? null
                            : seniorsTotal + statistics.seniorTechnicians();
                }
                Row total = sheet.createRow(rowIndex);
                column = 0;
                if (withKey) {
                    cell(total, column++, "", styles.header());
                }
                cell(total, column++, "合计", styles.header());
                for (int i = 0; i < COUNTS.length; i++) {
                    Cell cell = total.createCell(column);
                    String letter = CellReference.convertNumToColString(column);
                    if (rowIndex > first) {
                        cell.setCellFormula("SUM(" + letter + (first + 1) + ":" + letter + rowIndex + ")");
                    }
                    cell.setCellValue(totals[i]);
                    cell.setCellStyle(styles.total());
                    column++;
                }
                // The whole's ratio is the ratio of the sums, not a sum of ratios: written as values.
                StatisticsRow whole = new StatisticsRow(
                        "",
                        "",
                        totals[0],
                        totals[1],
                        totals[2],
                        totals[3],
                        totals[4],
                        totals[5],
                        entry.getValue().isEmpty() ? null : seniorsTotal);
                guard(total, column, whole, styles);
                for (int i = 0; i < GUARD.length; i++) {
                    total.getCell(column + i).setCellStyle(styles.total());
                }
                column = 0;
                if (withKey) {
                    sheet.setColumnWidth(column++, 22 * 256);
                }
                sheet.setColumnWidth(column++, 34 * 256);
                for (int i = 0; i < COUNTS.length; i++) {
                    sheet.setColumnWidth(column++, 11 * 256);
                }
                sheet.setColumnWidth(column++, 13 * 256);
                sheet.setColumnWidth(column, 16 * 256);
                Workbooks.printOnA4(sheet, true, 2);
            }
        });
    }

    /** The 高级技师 and the ratio from {@code column} on; blank cells where they are not known. */
    private static void guard(Row row, int column, StatisticsRow statistics, Workbooks.Styles styles) {
        Cell seniors = row.createCell(column);
        Cell ratio = row.createCell(column + 1);
        seniors.setCellStyle(styles.number());
        ratio.setCellStyle(styles.decimal());
        if (statistics.seniorTechnicians() != null) {
            seniors.setCellValue(statistics.seniorTechnicians());
        }
        statistics.passedPercentOfSeniors().ifPresent(percent -> ratio.setCellValue(percent.doubleValue()));
    }

    private static void text(Sheet sheet, int rowIndex, String text, CellStyle style, float height, int columns) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(height);
        cell(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }
}
