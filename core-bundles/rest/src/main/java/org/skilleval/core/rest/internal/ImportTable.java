package org.skilleval.core.rest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skilleval.core.accounts.AccountImportService.Column;
import org.skilleval.core.accounts.ImportRow;

/**
 * An import file's rows by column key: CSV parsed here (RFC 4180, UTF-8 with or without BOM, or
 * GB18030 as Excel in China saves it), XLSX read by the documents bundle. The header row names the
 * columns by key or by their Chinese header, in any order; blank rows are skipped.
 */
final class ImportTable {

    private ImportTable() {}

    /** The records of a CSV text, each with the line it starts on. */
    static List<Map.Entry<Integer, List<String>>> parseCsv(byte[] bytes) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map.Entry<Integer, List<String>>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(Map.entry(recordLine, record));
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(Map.entry(recordLine, record));
        }
        return records;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** The spreadsheet's rows numbered from line 1. */
    static List<Map.Entry<Integer, List<String>>> numbered(List<List<String>> rows) {
        List<Map.Entry<Integer, List<String>>> records = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            records.add(Map.entry(i + 1, rows.get(i)));
        }
        return records;
    }

    /**
     * The data rows by column key.
     *
     * @throws ApiException 422 {@code invalid-request} naming the header cells that are unknown or
     *     the columns missing, or 413 when there are more than {@code maxRows} data rows
     */
    static List<ImportRow> rows(List<Map.Entry<Integer, List<String>>> records, List<Column> columns, int maxRows) {
        List<Map.Entry<Integer, List<String>>> nonBlank = records.stream()
                .filter(r -> r.getValue().stream().anyMatch(cell -> !cell.isBlank()))
                .toList();
        if (nonBlank.isEmpty()) {
            throw ApiException.invalidRequest(List.of(new FieldError(
                    "line 1", "header", LocalizedMessage.of("文件为空，缺少标题行", "The file is empty: no header row"))));
        }
        Map<String, String> keyOfHeader = new HashMap<>();
        for (Column column : columns) {
            keyOfHeader.put(column.key().toLowerCase(Locale.ROOT), column.key());
            keyOfHeader.put(column.header(), column.key());
        }
        List<String> header = nonBlank.get(0).getValue();
        List<String> keys = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (String cell : header) {
            String key = keyOfHeader.get(cell.trim().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
            if (key == null) {
                key = keyOfHeader.get(cell.trim());
            }
            if (key == null) {
                errors.add(new FieldError(
                        "line " + nonBlank.get(0).getKey(),
                        "unknown-column",
                        LocalizedMessage.of("未知的列：" + cell, "Unknown column: " + cell)));
            }
            keys.add(key);
        }
        for (Column column : columns) {
            if (!keys.contains(column.key())
                    && !column.key().equals("title")
                    && !column.key().equals("city")) {
                errors.add(new FieldError(
                        "line " + nonBlank.get(0).getKey(),
                        "missing-column",
                        LocalizedMessage.of(
                                "缺少列：" + column.header() + "（" + column.key() + "）",
                                "Missing column: " + column.key() + " (" + column.header() + ")")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidRequest(errors);
        }
        if (nonBlank.size() - 1 > maxRows) {
            throw tooLarge("最多 " + maxRows + " 行数据", "at most " + maxRows + " data rows");
        }
        List<ImportRow> rows = new ArrayList<>(nonBlank.size() - 1);
        for (Map.Entry<Integer, List<String>> record : nonBlank.subList(1, nonBlank.size())) {
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> cells = record.getValue();
            for (int c = 0; c < keys.size() && c < cells.size(); c++) {
                fields.put(keys.get(c), cells.get(c) == null ? "" : cells.get(c));
            }
            rows.add(new ImportRow(record.getKey(), fields));
        }
        return rows;
    }

    static ApiException tooLarge(String zh, String en) {
        return new ApiException(
                413,
                "file-too-large",
                LocalizedMessage.of("文件过大", "File too large"),
                LocalizedMessage.of(
                        "导入文件过大：" + zh + "；未导入任何数据", "The import file is too large: " + en + "; nothing was imported"),
                List.of());
    }
}
