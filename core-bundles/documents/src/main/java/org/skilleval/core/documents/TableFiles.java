package org.skilleval.core.documents;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Plain tables in Excel workbooks (.xlsx), for bulk imports: read the first sheet's cells as text,
 * and write a template. This bundle embeds Apache POI; other bundles reach it only through here.
 *
 * @since 1.1
 */
@ProviderType
public interface TableFiles {

    /**
     * The first sheet's rows, each cell as the text it shows (numbers without a trailing
     * {@code .0}, dates as {@code yyyy-MM-dd}); trailing empty cells dropped, empty rows kept as
     * empty lists so that positions stay the spreadsheet's line numbers minus one.
     *
     * @param maxRows the most rows to read
     * @throws UnreadableTableException when the bytes are no .xlsx workbook, or hold more than
     *     {@code maxRows} rows
     */
    List<List<String>> readXlsx(byte[] workbook, int maxRows) throws UnreadableTableException;

    /** A one-sheet workbook: a bold header row, then the example rows, columns as wide as their text. */
    byte[] writeXlsx(String sheetName, List<String> header, List<List<String>> rows);

    /** The file is no table this service can read. */
    class UnreadableTableException extends Exception {

        private static final long serialVersionUID = 1L;

        public UnreadableTableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
