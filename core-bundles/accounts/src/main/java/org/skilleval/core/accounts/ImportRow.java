package org.skilleval.core.accounts;

import java.util.Map;

/**
 * One data row of an import file.
 *
 * @param line the row's line number in the file (the header is line 1), as errors name it
 * @param fields the row's cells by column key ({@link AccountImportService#EMPLOYEE_COLUMNS},
 *     {@link AccountImportService#EXPERT_COLUMNS})
 */
public record ImportRow(int line, Map<String, String> fields) {

    public ImportRow {
        fields = Map.copyOf(fields);
    }

    /** The trimmed cell of a column; empty when absent. */
    public String get(String key) {
        String value = fields.get(key);
        return value == null ? "" : value.trim();
    }
}
