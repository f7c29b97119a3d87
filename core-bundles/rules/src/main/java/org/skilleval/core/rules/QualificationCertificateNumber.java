package org.skilleval.core.rules;

/**
 * The 16-digit number of an older 职业资格证书 (vocational qualification certificate), whose 11th
 * digit is the level: 1 高级技师, 2 技师, 3 高级工, 4 中级工, 5 初级工.
 *
 * <p>Contract: an instance always holds 16 ASCII digits whose 11th digit is 1–5. A prerequisite
 * certificate is checked by its format only: there is no public register to look it up in.
 *
 * @param value the 16-digit number
 */
public record QualificationCertificateNumber(String value) {

    /** The number of digits of a qualification certificate number. */
    public static final int LENGTH = 16;
    /** The level of a 高级技师 qualification. */
    public static final int SENIOR_TECHNICIAN_LEVEL = 1;

    /**
     * Checks the format.
     *
     * @throws RuleViolationException (field {@code value}) as {@link #parse(String, String)}
     */
    public QualificationCertificateNumber {
        validate(value, "value");
    }

    /**
     * Parses a number as typed, without trimming.
     *
     * @param raw   the input; {@code null} is refused with rule {@code format}
     * @param field the input's name, carried by any refusal
     * @return the number
     * @throws RuleViolationException with rule {@code format} when the input is not 16 digits, or
     *                                {@code level} when the 11th digit is not 1–5
     */
    public static QualificationCertificateNumber parse(String raw, String field) {
        validate(raw, field);
        return new QualificationCertificateNumber(raw);
    }

    /**
     * Whether a prerequisite certificate, as typed, is a 高级技师 certificate: either a valid
     * 16-digit qualification certificate number of level 1, or a valid 22-character
     * {@link CertificateCode} of level {@code 1} (一级/高级技师). Never throws.
     *
     * @param raw the input; {@code null} gives {@code false}
     * @return {@code true} only for a well-formed 高级技师 certificate number or code
     */
    public static boolean isSeniorTechnicianCertificate(String raw) {
        if (raw == null) {
            return false;
        }
        try {
            if (raw.length() == LENGTH) {
                return parse(raw, "certificate").isSeniorTechnician();
            }
            if (raw.length() == CertificateCode.LENGTH) {
                return CertificateCode.parse(raw, "certificate").level() == CertificateCode.SENIOR_TECHNICIAN_LEVEL;
            }
            return false;
        } catch (RuleViolationException e) {
            return false;
        }
    }

    /** @return the level in the 11th digit, 1 (高级技师) to 5 (初级工) */
    public int level() {
        return value.charAt(10) - '0';
    }

    /** @return {@code true} when the level is 1 (高级技师) */
    public boolean isSeniorTechnician() {
        return level() == SENIOR_TECHNICIAN_LEVEL;
    }

    /** @return the full number */
    @Override
    public String toString() {
        return value;
    }

    private static void validate(String raw, String field) {
        if (!CertificateCode.isDigits(raw, LENGTH)) {
            throw new RuleViolationException(
                    field,
                    "format",
                    "职业资格证书编号须为16位数字",
                    "a vocational qualification certificate number must be 16 digits");
        }
        char level = raw.charAt(10);
        // Levels run 1–5 only; any other digit there means the number was mistyped.
        if (level < '1' || level > '5') {
            throw new RuleViolationException(
                    field,
                    "level",
                    "职业资格证书编号第11位（等级）须为1–5",
                    "digit 11 (level) of a vocational qualification certificate number must be 1–5");
        }
    }
}
