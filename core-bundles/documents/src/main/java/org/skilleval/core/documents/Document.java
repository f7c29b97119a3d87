package org.skilleval.core.documents;

import java.util.Objects;

/**
 * A rendered document, ready to download or print.
 *
 * <p>Contract: the content is the caller's to keep; nobody changes it after it was handed out. Two
 * documents are equal only when they are the same object (the content is an array).
 *
 * @param fileName a name to save it under, in Chinese, with the extension of its type
 * @param mediaType {@link #PDF} or {@link #XLSX}
 * @param content the bytes of the file
 */
public record Document(String fileName, String mediaType, byte[] content) {

    /** The media type of a PDF. */
    public static final String PDF = "application/pdf";

    /** The media type of an Excel workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public Document {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
