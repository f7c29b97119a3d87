package org.skilleval.core.rules;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015, the identifier of a pilot
 * enterprise.
 *
 * <p>Contract: an instance always holds 18 characters from the code's own character set
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (upper case, no I, O, Z, S or V): position 1 the
 * registration authority code, position 2 the type code, positions 3–8 a 6-digit administrative
 * division code, positions 9–17 the organisation code, and position 18 a check character that
 * matches {@link #checkCharacter(String)}. Registration authority and type codes are not checked
 * against a list: the standard lets authorities add codes, and a stale list would refuse real
 * enterprises.
 *
 * <p>Input is taken as typed, without trimming or case folding, like {@link ResidentIdNumber}: a
 * lower-case letter is refused rather than silently accepted, so what is stored is what the business
 * licence says.
 *
 * @param value the full 18-character code
 */
public record UnifiedSocialCreditCode(String value) {

    /** The number of characters of a GB 32100-2015 code. */
    public static final int LENGTH = 18;

    /** The code's character set; a character's value is its index here. */
    public static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int MODULUS = CHARACTERS.length(); // 31
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * Checks the structure of the code.
     *
     * @throws RuleViolationException (field {@code value}) with rule {@code length},
     *                                {@code characters}, {@code division} or {@code check-character}
     */
    public UnifiedSocialCreditCode {
        validate(value, "value");
    }

    /**
     * Parses a code as typed on a form.
     *
     * @param raw   the input; {@code null} is refused with rule {@code length}
     * @param field the input's name, carried by any refusal
     * @return the code
     * @throws RuleViolationException with rule {@code length}, {@code characters}, {@code division}
     *                                or {@code check-character}
     */
    public static UnifiedSocialCreditCode parse(String raw, String field) {
        validate(raw, field);
        return new UnifiedSocialCreditCode(raw);
    }

    /**
     * Computes the check character (position 18) for the first 17 characters of a code:
     * {@code 31 - (sum of value × weight mod 31)}, where 31 becomes {@code '0'}.
     *
     * @param first17 exactly 17 characters from {@link #CHARACTERS}
     * @return the check character, itself from {@link #CHARACTERS}
     * @throws RuleViolationException (field {@code first17}, rule {@code characters}) when the input is
     *                                not 17 characters of the code's set
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !allCodeCharacters(first17, LENGTH - 1)) {
            throw new RuleViolationException(
                    "first17",
                    "characters",
                    "校验码计算需要17位统一社会信用代码字符",
                    "the check character is computed from exactly 17 characters of the credit code's set");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = MODULUS - sum % MODULUS;
        return CHARACTERS.charAt(check == MODULUS ? 0 : check);
    }

    /** @return the registration authority code (登记管理部门代码), position 1 */
    public char registrationAuthorityCode() {
        return value.charAt(0);
    }

    /** @return the organisation type code (机构类别代码), position 2 */
    public char typeCode() {
        return value.charAt(1);
    }

    /** @return the 6-digit administrative division code (登记管理机关行政区划码), positions 3–8 */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /**
     * @return where the enterprise is registered, from the division code: its 设区市, or why the
     *     code names none
     */
    public RegistrationArea registrationArea() {
        return RegistrationArea.of(divisionCode());
    }

    /** @return the organisation code (主体标识码), positions 9–17 */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    private static void validate(String raw, String field) {
        if (raw == null || raw.length() != LENGTH) {
            throw new RuleViolationException(
                    field, "length", "统一社会信用代码须为18位", "the unified social credit code must have exactly 18 characters");
        }
        if (!allCodeCharacters(raw, LENGTH)) {
            throw new RuleViolationException(
                    field,
                    "characters",
                    "统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）",
                    "the unified social credit code may contain only digits and upper-case letters other than"
                            + " I, O, Z, S and V");
        }
        for (int i = 2; i < 8; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                throw new RuleViolationException(
                        field,
                        "division",
                        "统一社会信用代码第3–8位须为6位数字的行政区划码",
                        "characters 3–8 of the unified social credit code must be a 6-digit administrative"
                                + " division code");
            }
        }
        if (checkCharacter(raw.substring(0, LENGTH - 1)) != raw.charAt(LENGTH - 1)) {
            throw new RuleViolationException(
                    field,
                    "check-character",
                    "统一社会信用代码校验位不正确，请核对代码",
                    "the check character of the unified social credit code is wrong; please check the code");
        }
    }

    private static boolean allCodeCharacters(String s, int to) {
        for (int i = 0; i < to; i++) {
            if (CHARACTERS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
