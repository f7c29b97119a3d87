package org.skilleval.core.rules;

/**
 * The 22-character code of a 职业技能等级证书 (vocational skill level certificate), national rule:
 *
 * <pre>
 * position  1      evaluation organisation type: Y employer (用人单位), S social organisation
 * positions 2–5    organisation code: 0001–9999 filed with the ministry, 0000 filed with the province
 * positions 6–7    province code (Jiangsu 32)
 * positions 8–13   site code assigned by the province
 * positions 14–15  year of issue, last two digits
 * position  16     level: 1–5 (一级/高级技师 … 五级/初级工) or T (特级技师, per the pilot scheme)
 * positions 17–22  serial number, 000001–999999
 * </pre>
 *
 * <p>Contract: an instance always holds a code that satisfies every position's rule; letters are
 * upper case only, because the pilot scheme requires an upper-case {@code T} and the certificate is
 * printed that way. The code identifies a certificate, not a person, so {@link #toString()} gives it
 * in full.
 *
 * @param value the full 22-character code
 */
public record CertificateCode(String value) {

    /** The number of characters of a certificate code. */
    public static final int LENGTH = 22;
    /** Organisation type of an employer that evaluates its own staff (用人单位). */
    public static final char EMPLOYER = 'Y';
    /** Organisation type of a social training or evaluation organisation (社会培训评价组织). */
    public static final char SOCIAL_ORGANISATION = 'S';
    /** The level character of a 特级技师 certificate (position 16). */
    public static final char PRINCIPAL_TECHNICIAN_LEVEL = 'T';
    /** The level character of a 高级技师 (一级) certificate (position 16). */
    public static final char SENIOR_TECHNICIAN_LEVEL = '1';
    /** Jiangsu's province code. */
    public static final String JIANGSU = "32";
    /** The organisation code of an organisation filed with the province rather than the ministry. */
    public static final String PROVINCIAL_FILING = "0000";

    /**
     * Checks every position.
     *
     * @throws RuleViolationException (field {@code value}) as {@link #parse(String, String)}
     */
    public CertificateCode {
        validate(value, "value");
    }

    /**
     * Builds a code from its parts, checking each one.
     *
     * @param organisationType {@link #EMPLOYER} or {@link #SOCIAL_ORGANISATION}
     * @param organisationCode 4 digits; {@link #PROVINCIAL_FILING} for an organisation filed with the
     *                         province
     * @param provinceCode     2 digits
     * @param siteCode         6 digits
     * @param yearOfIssue      the full year, 2000–2099
     * @param level            {@code '1'}–{@code '5'} or {@link #PRINCIPAL_TECHNICIAN_LEVEL}
     * @param serial           1–999999
     * @return the code
     * @throws RuleViolationException naming the part (field = the parameter name) with rule
     *                                {@code organisation-type}, {@code organisation-code},
     *                                {@code province}, {@code site-code}, {@code year}, {@code level}
     *                                or {@code serial}
     */
    public static CertificateCode of(
            char organisationType,
            String organisationCode,
            String provinceCode,
            String siteCode,
            int yearOfIssue,
            char level,
            int serial) {
        if (!isOrganisationType(organisationType)) {
            throw organisationTypeRefusal("organisationType");
        }
        if (!isDigits(organisationCode, 4)) {
            throw organisationCodeRefusal("organisationCode");
        }
        if (!isDigits(provinceCode, 2)) {
            throw provinceRefusal("provinceCode");
        }
        if (!isDigits(siteCode, 6)) {
            throw siteCodeRefusal("siteCode");
        }
        if (yearOfIssue < 2000 || yearOfIssue > 2099) {
            throw new RuleViolationException(
                    "yearOfIssue", "year", "发证年份须在2000–2099年之间", "the year of issue must be between 2000 and 2099");
        }
        if (!isLevel(level)) {
            throw levelRefusal("level");
        }
        if (serial < 1 || serial > 999_999) {
            throw new RuleViolationException(
                    "serial", "serial", "证书序号须在1–999999之间", "the serial number must be between 1 and 999999");
        }
        return new CertificateCode(String.valueOf(organisationType)
                + organisationCode
                + provinceCode
                + siteCode
                + String.format("%02d", yearOfIssue % 100)
                + level
                + String.format("%06d", serial));
    }

    /**
     * Parses a code as typed, without trimming or case folding.
     *
     * @param raw   the input; {@code null} is refused with rule {@code length}
     * @param field the input's name, carried by any refusal
     * @return the code
     * @throws RuleViolationException with rule {@code length}, {@code organisation-type},
     *                                {@code organisation-code}, {@code province}, {@code site-code},
     *                                {@code year}, {@code level} or {@code serial}; the message names
     *                                the first wrong position
     */
    public static CertificateCode parse(String raw, String field) {
        validate(raw, field);
        return new CertificateCode(raw);
    }

    /** @return position 1: {@link #EMPLOYER} or {@link #SOCIAL_ORGANISATION} */
    public char organisationType() {
        return value.charAt(0);
    }

    /** @return positions 2–5, the organisation code */
    public String organisationCode() {
        return value.substring(1, 5);
    }

    /** @return {@code true} when the organisation is filed with the province (code {@code 0000}) */
    public boolean isFiledWithProvince() {
        return PROVINCIAL_FILING.equals(organisationCode());
    }

    /** @return positions 6–7, the province code */
    public String provinceCode() {
        return value.substring(5, 7);
    }

    /** @return positions 8–13, the site code */
    public String siteCode() {
        return value.substring(7, 13);
    }

    /** @return the full year of issue, 2000 + positions 14–15 */
    public int yearOfIssue() {
        return 2000 + Integer.parseInt(value.substring(13, 15));
    }

    /** @return position 16: {@code '1'}–{@code '5'} or {@link #PRINCIPAL_TECHNICIAN_LEVEL} */
    public char level() {
        return value.charAt(15);
    }

    /** @return positions 17–22 as a number, 1–999999 */
    public int serial() {
        return Integer.parseInt(value.substring(16));
    }

    /** @return {@code true} for a 特级技师 certificate (position 16 is {@code T}) */
    public boolean isPrincipalTechnician() {
        return level() == PRINCIPAL_TECHNICIAN_LEVEL;
    }

    /**
     * The series a serial number is unique within: organisation type and code, province, site, year
     * and level (positions 1–16). Two certificates with the same key and serial are the same code.
     *
     * @return positions 1–16
     */
    public String issuingSeriesKey() {
        return value.substring(0, 16);
    }

    /** @return the full code */
    @Override
    public String toString() {
        return value;
    }

    private static void validate(String raw, String field) {
        if (raw == null || raw.length() != LENGTH) {
            throw new RuleViolationException(
                    field, "length", "证书编码须为22位", "the certificate code must have exactly 22 characters");
        }
        if (!isOrganisationType(raw.charAt(0))) {
            throw organisationTypeRefusal(field);
        }
        if (!isDigits(raw.substring(1, 5), 4)) {
            throw organisationCodeRefusal(field);
        }
        if (!isDigits(raw.substring(5, 7), 2)) {
            throw provinceRefusal(field);
        }
        if (!isDigits(raw.substring(7, 13), 6)) {
            throw siteCodeRefusal(field);
        }
        if (!isDigits(raw.substring(13, 15), 2)) {
            throw new RuleViolationException(
                    field, "year", "第14–15位（发证年份）须为2位数字", "positions 14–15 (year of issue) must be 2 digits");
        }
        if (!isLevel(raw.charAt(15))) {
            throw levelRefusal(field);
        }
        String serial = raw.substring(16);
        if (!isDigits(serial, 6) || serial.equals("000000")) {
            throw new RuleViolationException(
                    field,
                    "serial",
                    "第17–22位（序号）须为000001–999999的6位数字",
                    "positions 17–22 (serial number) must be 6 digits from 000001 to 999999");
        }
    }

    private static RuleViolationException organisationTypeRefusal(String field) {
        return new RuleViolationException(
                field,
                "organisation-type",
                "第1位（评价机构类型）须为大写字母 Y（用人单位）或 S（社会培训评价组织）",
                "position 1 (organisation type) must be an upper-case Y (employer) or S (social organisation)");
    }

    private static RuleViolationException organisationCodeRefusal(String field) {
        return new RuleViolationException(
                field,
                "organisation-code",
                "第2–5位（评价机构代码）须为4位数字",
                "positions 2–5 (organisation code) must be 4 digits");
    }

    private static RuleViolationException provinceRefusal(String field) {
        return new RuleViolationException(
                field, "province", "第6–7位（省份代码）须为2位数字", "positions 6–7 (province code) must be 2 digits");
    }

    private static RuleViolationException siteCodeRefusal(String field) {
        return new RuleViolationException(
                field, "site-code", "第8–13位（评价站点代码）须为6位数字", "positions 8–13 (site code) must be 6 digits");
    }

    private static RuleViolationException levelRefusal(String field) {
        return new RuleViolationException(field, "level", "第16位（等级）须为 T 或 1–5", "position 16 (level) must be T or 1–5");
    }

    private static boolean isOrganisationType(char c) {
        return c == EMPLOYER || c == SOCIAL_ORGANISATION;
    }

    private static boolean isLevel(char c) {
        return c == PRINCIPAL_TECHNICIAN_LEVEL || (c >= '1' && c <= '5');
    }

    // ASCII digits only: Character.isDigit would let full-width digits through.
    static boolean isDigits(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
