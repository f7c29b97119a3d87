package org.skilleval.core.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks written with Apache POI, which this bundle embeds. POI's XML beans find their
 * schema types through the thread's context class loader: it is this bundle's while a workbook is
 * written, whichever thread (Jetty's, a test's) asks.
 */
final class Workbooks {

    /** The font Chinese spreadsheets are set in; where a reader lacks it, its own CJK font stands in. */
    static final String FONT = "宋体";

    private Workbooks() {}

    static byte[] write(Consumer<XSSFWorkbook> fill) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Workbooks.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024)) {
            fill.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The cell styles of one workbook. */
    record Styles(
            CellStyle title,
            CellStyle note,
            CellStyle header,
            CellStyle text,
            CellStyle number,
            CellStyle decimal,
            CellStyle total) {

        static Styles of(XSSFWorkbook workbook) {
            Font titleFont = font(workbook, 16, true);
            Font bold = font(workbook, 11, true);
            Font plain = font(workbook, 11, false);
            CellStyle title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle note = workbook.createCellStyle();
            note.setFont(plain);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle header = bordered(workbook, bold, HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle text = bordered(workbook, plain, HorizontalAlignment.LEFT);
            CellStyle number = bordered(workbook, plain, HorizontalAlignment.RIGHT);
            number.setDataFormat(workbook.createDataFormat().getFormat("0"));
            CellStyle decimal = bordered(workbook, plain, HorizontalAlignment.RIGHT);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle total = bordered(workbook, bold, HorizontalAlignment.RIGHT);
            total.setDataFormat(workbook.createDataFormat().getFormat("0"));
            return new Styles(title, note, header, text, number, decimal, total);
        }

        private static Font font(XSSFWorkbook workbook, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }

    /** Prints on A4, as wide as the page, the rows up to {@code headerRow} repeated on every page. */
    static void printOnA4(Sheet sheet, boolean landscape, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.createFreezePane(0, headerRow + 1);
    }
}
