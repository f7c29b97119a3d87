package org.skilleval.core.accounts;

import java.util.List;

/** An import refused as a whole, with every bad row by line and field. Nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One reason a row is refused.
     *
     * @param line the file's line number
     * @param field the column key
     * @param rule the machine-readable rule, e.g. {@code required}, {@code duplicate-in-file},
     *     {@code taken}, {@code unknown-occupation}
     * @param messageZh what is wrong, in Chinese
     * @param messageEn what is wrong, in English
     */
    public record RowError(int line, String field, String rule, String messageZh, String messageEn) {}

    private final transient List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super(errors.size() + " bad cell(s); nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
