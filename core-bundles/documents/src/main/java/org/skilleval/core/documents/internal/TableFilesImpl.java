package org.skilleval.core.documents.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.osgi.service.component.annotations.Component;
import org.skilleval.core.documents.TableFiles;

@Component(service = TableFiles.class)
public class TableFilesImpl implements TableFiles {

    @Override
    public List<List<String>> readXlsx(byte[] workbook, int maxRows) throws UnreadableTableException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TableFilesImpl.class.getClassLoader());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            if (book.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() + 1 > maxRows) {
                throw new UnreadableTableException("The sheet has more than " + maxRows + " rows", null);
            }
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>(sheet.getLastRowNum() + 1);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(
                                cell == null
                                        ? ""
                                        : formatter.formatCellValue(cell).trim());
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (UnreadableTableException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // POI answers a non-workbook with several exception types, some unchecked.
            throw new UnreadableTableException("Not an .xlsx workbook: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public byte[] writeXlsx(String sheetName, List<String> header, List<List<String>> rows) {
        return Workbooks.write(book -> {
            Sheet sheet = book.createSheet(sheetName);
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            bold.setFontName(Workbooks.FONT);
            XSSFCellStyle headerStyle = book.createCellStyle();
            headerStyle.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 256 * 24);
            }
        });
    }
}
