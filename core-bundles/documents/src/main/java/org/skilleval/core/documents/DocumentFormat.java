package org.skilleval.core.documents;

/** The file formats a list can be rendered in. */
public enum DocumentFormat {
    /** A PDF on A4 pages, for printing and stamping. */
    PDF,
    /** An Excel workbook (.xlsx), for further work on the data. */
    XLSX
}
