package org.skilleval.core.rules;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.skilleval.core.rules.ApplicationForm.Award;
import org.skilleval.core.rules.ApplicationForm.CareerEntry;
import org.skilleval.core.rules.ApplicationForm.Declaration;
import org.skilleval.core.rules.ApplicationForm.PriorityClaim;
import org.skilleval.core.rules.ApplicationForm.Qualification;

/**
 * The checks on a filled-in 特级技师评审申报表 ({@link ApplicationForm}), and the step from the form to
 * the facts {@link EligibilityRules} decides on.
 *
 * <p>Validation checks what the form itself can prove wrong (a missing box, a malformed number, an
 * impossible date). Whether the applicant meets the scheme's conditions — five years in post, the
 * occupation matching the 高级技师 occupation, a sanction — is not a form error: it is decided by
 * {@link EligibilityRules#decide(EligibilityInput)} on the input built by {@link
 * #toEligibilityInput(ApplicationForm, LocalDate, boolean, SanctionStatus)}.
 */
public final class ApplicationFormRules {

    /** The longest name (姓名) accepted, in characters. */
    public static final int NAME_MAX_LENGTH = 50;
    /** The longest one-line text accepted (学历, 工作单位, 联系地址, …), in characters. */
    public static final int SHORT_TEXT_MAX_LENGTH = 200;
    /** The longest free text accepted (擅长领域, 工作业绩), in characters; longer accounts go in attachments. */
    public static final int LONG_TEXT_MAX_LENGTH = 4000;
    /** The longest email address accepted (RFC 5321 path limit). */
    public static final int EMAIL_MAX_LENGTH = 254;
    /** The most attachments one section of the form may carry. */
    public static final int MAX_ATTACHMENTS_PER_SECTION = 20;

    // Mobile: 11 digits, 1 then 3–9 (every current MIIT number segment). Landline: a 3-digit area
    // code (010, 02x) takes an 8-digit number, a 4-digit one (0512, …) a 7- or 8-digit number;
    // an extension may follow after a hyphen.
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0[0-9]{2}-[0-9]{8}|0[0-9]{3}-[0-9]{7,8})(-[0-9]{1,6})?");

    private ApplicationFormRules() {}

    /**
     * Lists every problem of a form at once, in the order of the form's boxes (the order of {@link
     * ApplicationForm}'s components, list entries by position), each naming its field path (see
     * {@link FormViolation}). An empty list means the form may be submitted.
     *
     * <p>Rules, by name:
     * <ul>
     * <li>{@code required}: a required box is {@code null} or blank. Required are every box except
     * 行政/技术职务, 职称/专业技术资格 and the attachment lists; the 职业资格 row and {@code postSince}
     * are required on path A, {@code professionalTitleRecord} on path B; 教育背景和工作简历 needs at least
     * one entry; a claimed priority condition needs at least one evidence attachment. An optional
     * part that is filled in is checked like a required one.</li>
     * <li>{@code length}: a name over {@value #NAME_MAX_LENGTH} characters, a one-line text over
     * {@value #SHORT_TEXT_MAX_LENGTH}, a free text over {@value #LONG_TEXT_MAX_LENGTH}, an email over
     * {@value #EMAIL_MAX_LENGTH}. Characters are Unicode code points, so a rare character outside the
     * Basic Multilingual Plane (生僻字) counts as one.</li>
     * <li>the ID number's own rules ({@code length}, {@code lower-case-x}, {@code characters},
     * {@code region}, {@code birth-date}, {@code check-digit}) exactly as {@link
     * ResidentIdNumber#parse(String, String, LocalDate)} refuses it, on field {@code idNumber}.</li>
     * <li>{@code birth-date-mismatch}: 出生年月 differs from the year and month in a valid ID number.</li>
     * <li>{@code email}, {@code phone}: see {@link #isEmail(String)} and {@link #isPhone(String)}.</li>
     * <li>the certificate number's format rules, as {@link QualificationCertificateNumber#parse} (16
     * digits) or {@link CertificateCode#parse} (22 characters) refuse it, or {@code
     * certificate-format} for any other length; then, on path A only, {@code
     * senior-technician-certificate} when a well-formed number is not of a 高级技师 certificate.</li>
     * <li>{@code future-date}: a date after {@code today} (a month after today's month, a year after
     * today's year). {@code before-birth}: a career entry, certificate, post or award dated before the
     * month (year) of birth. {@code date-order}: a career entry ending before it starts (reported on
     * its {@code to}). Entries may overlap: people study while they work.</li>
     * <li>{@code declaration}: the promise is not accepted.</li>
     * <li>{@code attachments}: a section with more than {@value #MAX_ATTACHMENTS_PER_SECTION}
     * attachments; a blank attachment id is {@code required} at its position.</li>
     * </ul>
     * A {@code postSince} before the certificate date is not a form error: eligibility counts the years
     * from the later of the two. At most one violation is reported per field, the first that applies.
     *
     * @param form  the form; not {@code null}
     * @param today the day of the check; not {@code null}
     * @return the violations, in form order; unmodifiable, empty when the form is complete and valid
     */
    public static List<FormViolation> validate(ApplicationForm form, LocalDate today) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(today, "today");
        Check c = new Check(today);
        EligibilityPath basis = form.basis();

        c.text(Field.of("name", "姓名", "name"), form.name(), NAME_MAX_LENGTH, true);

        Field idField = Field.of("idNumber", "身份证号", "ID number");
        ResidentIdNumber id = null;
        if (c.required(idField, form.idNumber())) {
            try {
                id = ResidentIdNumber.parse(form.idNumber(), idField.path(), today);
            } catch (RuleViolationException e) {
                c.add(FormViolation.from(e));
            }
        }

        c.required(Field.of("photoAttachmentId", "照片", "photo"), form.photoAttachmentId());

        Field birthField = Field.of("birthMonth", "出生年月", "month of birth");
        YearMonth birth = null;
        if (c.required(birthField, form.birthMonth()) && c.notFuture(birthField, form.birthMonth())) {
            birth = form.birthMonth();
            if (id != null) {
                try {
                    id.requireBirthDate(birth, birthField.path());
                } catch (RuleViolationException e) {
                    c.add(FormViolation.from(e));
                }
            }
        }
        // A valid ID number is the authority on the birth date; the declared month stands in otherwise.
        YearMonth bornIn = id != null ? YearMonth.from(id.birthDate()) : birth;

        c.text(Field.of("education", "学历/学位", "education or degree"), form.education(), SHORT_TEXT_MAX_LENGTH, true);
        c.text(
                Field.of("administrativeOrTechnicalPost", "行政/技术职务", "administrative or technical post"),
                form.administrativeOrTechnicalPost(),
                SHORT_TEXT_MAX_LENGTH,
                false);
        c.text(
                Field.of("professionalTitle", "职称/专业技术资格", "professional title"),
                form.professionalTitle(),
                SHORT_TEXT_MAX_LENGTH,
                false);

        checkQualification(c, form.qualification(), basis, bornIn);

        c.text(Field.of("employer", "工作单位", "employer"), form.employer(), SHORT_TEXT_MAX_LENGTH, true);
        c.text(Field.of("department", "所在部门", "department"), form.department(), SHORT_TEXT_MAX_LENGTH, true);
        c.text(Field.of("address", "联系地址", "postal address"), form.address(), SHORT_TEXT_MAX_LENGTH, true);

        Field emailField = Field.of("email", "电子信箱", "email address");
        if (c.text(emailField, form.email(), EMAIL_MAX_LENGTH, true) && !isEmail(form.email())) {
            c.add(new FormViolation(
                    emailField.path(),
                    "email",
                    "电子信箱格式不正确：应形如 name@example.com，只含一个@，不含空格。",
                    "The email address is not valid: it must look like name@example.com, with one @ and no"
                            + " spaces."));
        }

        Field phoneField = Field.of("phone", "联系电话", "phone number");
        if (c.required(phoneField, form.phone()) && !isPhone(form.phone())) {
            c.add(new FormViolation(
                    phoneField.path(),
                    "phone",
                    "联系电话格式不正确：请填写11位手机号码（如13912345678），或带区号的固定电话（如025-12345678、0512-1234567，" + "分机号以“-”接在后面）。",
                    "The phone number is not valid: give an 11-digit mobile number (e.g. 13912345678) or a"
                            + " landline with its area code (e.g. 025-12345678, 0512-1234567, an extension after"
                            + " another hyphen)."));
        }

        c.text(
                Field.of("fieldOfExpertise", "生产、研究或擅长领域", "field of production, research or expertise"),
                form.fieldOfExpertise(),
                LONG_TEXT_MAX_LENGTH,
                true);

        checkCareer(c, form.educationAndCareer(), bornIn);
        c.attachments(
                Field.of("educationAndCareerAttachmentIds", "教育背景和工作简历附件", "attachments to education and career"),
                form.educationAndCareerAttachmentIds());

        c.text(Field.of("achievements", "工作业绩", "work achievements"), form.achievements(), LONG_TEXT_MAX_LENGTH, true);
        c.attachments(
                Field.of("achievementsAttachmentIds", "工作业绩附件", "attachments to work achievements"),
                form.achievementsAttachmentIds());

        checkAwards(c, form.awards(), bornIn);
        c.attachments(Field.of("awardsAttachmentIds", "获奖情况附件", "attachments to awards"), form.awardsAttachmentIds());

        checkDeclaration(c, form.declaration());

        c.text(
                Field.of("appliedOccupation", "参评职业（工种）", "occupation applied for"),
                form.appliedOccupation(),
                SHORT_TEXT_MAX_LENGTH,
                true);
        c.required(Field.of("basis", "参评依据（基本条件）", "basic condition applied on"), basis);

        Field postField = Field.of("postSince", "高级技师岗位起始日期", "start of the senior technician post");
        if (form.postSince() == null) {
            if (basis == EligibilityPath.A_SENIOR_TECHNICIAN) {
                c.required(postField, null);
            }
        } else if (c.notFuture(postField, form.postSince())) {
            c.notBeforeBirth(postField, YearMonth.from(form.postSince()), bornIn);
        }

        checkProfessionalTitleRecord(c, form.professionalTitleRecord(), basis);
        checkPriorityClaims(c, form.priorityConditions());

        return List.copyOf(c.violations);
    }

    /**
     * Builds the facts {@link EligibilityRules#decide(EligibilityInput)} needs from a form. Meant for
     * a form {@link #validate(ApplicationForm, LocalDate) validate} accepts; for any other form it
     * builds what the form supports:
     * <ul>
     * <li>the 高级技师 record is built from the 职业资格 row, {@code postSince} and {@code
     * stillInOccupation} only when the certificate number {@link
     * QualificationCertificateNumber#isSeniorTechnicianCertificate is a 高级技师 certificate} and the
     * occupation, certificate date and post date are all present; otherwise the applicant has no
     * 高级技师 record (path A then fails with {@code senior-technician-missing});</li>
     * <li>the professional title record is the form's {@code professionalTitleRecord}, as declared
     * (including whether it corresponds to the occupation applied for, which the enterprise verifies
     * against its work plan before relying on the decision);</li>
     * <li>a priority condition is included only when claimed with at least one non-blank evidence
     * attachment id (the input holds conditions "recorded with evidence"); duplicates collapse.</li>
     * </ul>
     * Both records are passed whatever {@code basis} the applicant chose, so the decision shows every
     * basic condition met, as {@link EligibilityRules} does; {@code basis} only steers the form's
     * validation.
     *
     * @param form          the form; not {@code null}
     * @param referenceDate the round's reference date; not {@code null}
     * @param appliedOccupationHasSeniorTechnicianStandard whether the occupation applied for has a
     *                      高级技师 standard or specification, per the occupation catalogue
     * @param sanction      the applicant's most recent sanction, or {@code null}
     * @return the input
     * @throws RuleViolationException (field {@code appliedOccupation}, rule {@code required}) when the
     *                                form names no occupation
     */
    public static EligibilityInput toEligibilityInput(
            ApplicationForm form,
            LocalDate referenceDate,
            boolean appliedOccupationHasSeniorTechnicianStandard,
            SanctionStatus sanction) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(referenceDate, "referenceDate");

        SeniorTechnicianRecord seniorTechnician = null;
        Qualification q = form.qualification();
        if (q != null
                && QualificationCertificateNumber.isSeniorTechnicianCertificate(q.certificateNumber())
                && q.occupation() != null
                && q.certifiedOn() != null
                && form.postSince() != null) {
            seniorTechnician = new SeniorTechnicianRecord(
                    q.certificateNumber(), q.occupation(), q.certifiedOn(), form.postSince(), form.stillInOccupation());
        }

        List<PriorityCondition> priority = form.priorityConditions().stream()
                .filter(Objects::nonNull)
                .filter(claim -> claim.condition() != null)
                .filter(claim -> claim.evidenceAttachmentIds().stream().anyMatch(ApplicationFormRules::hasText))
                .map(PriorityClaim::condition)
                .toList();

        // A missing occupation becomes blank so that the caller gets EligibilityInput's refusal
        // (field appliedOccupation, rule required) rather than a bare NullPointerException.
        String occupation = form.appliedOccupation() == null ? "" : form.appliedOccupation();
        return new EligibilityInput(
                referenceDate,
                occupation,
                seniorTechnician,
                form.professionalTitleRecord(),
                appliedOccupationHasSeniorTechnicianStandard,
                priority,
                sanction);
    }

    /**
     * A practical email check, not RFC 5322: no whitespace anywhere, exactly one {@code @} with text
     * before it, and a domain after it that holds a dot, neither starts nor ends with one, and has no
     * two dots in a row. Nothing is trimmed.
     *
     * @param raw the input; {@code null} gives {@code false}
     * @return whether the input looks like a deliverable address
     */
    public static boolean isEmail(String raw) {
        if (raw == null || raw.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int at = raw.indexOf('@');
        if (at <= 0 || at != raw.lastIndexOf('@')) {
            return false;
        }
        String domain = raw.substring(at + 1);
        return domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..");
    }

    /**
     * Whether the input is a phone number the province can call: an 11-digit mainland mobile number
     * starting with 13–19, or a landline written with its area code and a hyphen — a 3-digit area code
     * with an 8-digit number ({@code 025-12345678}) or a 4-digit one with a 7- or 8-digit number
     * ({@code 0512-1234567}) — optionally followed by {@code -} and a 1–6 digit extension. ASCII digits
     * only; nothing is trimmed.
     *
     * @param raw the input; {@code null} gives {@code false}
     * @return whether the input is such a number
     */
    public static boolean isPhone(String raw) {
        return raw != null
                && (MOBILE.matcher(raw).matches() || LANDLINE.matcher(raw).matches());
    }

    private static void checkQualification(Check c, Qualification q, EligibilityPath basis, YearMonth bornIn) {
        Field row = Field.of("qualification", "职业资格/职业技能等级", "vocational qualification or skill level");
        if (q == null) {
            if (basis == EligibilityPath.A_SENIOR_TECHNICIAN) {
                c.required(row, null);
            }
            return;
        }
        c.text(row.child("levelText", "等级", "level"), q.levelText(), SHORT_TEXT_MAX_LENGTH, true);
        c.text(row.child("occupation", "职业（工种）", "occupation"), q.occupation(), SHORT_TEXT_MAX_LENGTH, true);

        Field number = row.child("certificateNumber", "证书编号", "certificate number");
        String raw = q.certificateNumber();
        if (c.required(number, raw) && wellFormedCertificate(c, number, raw)) {
            if (basis == EligibilityPath.A_SENIOR_TECHNICIAN
                    && !QualificationCertificateNumber.isSeniorTechnicianCertificate(raw)) {
                c.add(new FormViolation(
                        number.path(),
                        "senior-technician-certificate",
                        "依高级技师职业资格（职业技能等级）参评的，须填写高级技师证书编号：16位职业资格证书编号第11位为1，" + "或22位职业技能等级证书编码第16位为1。",
                        "On the senior technician path the certificate must be a senior technician one: a"
                                + " 16-digit qualification certificate number with 1 as digit 11, or a 22-character"
                                + " skill level certificate code with 1 as character 16."));
            }
        }

        Field certified = row.child("certifiedOn", "发证日期", "date of issue");
        if (c.required(certified, q.certifiedOn()) && c.notFuture(certified, q.certifiedOn())) {
            c.notBeforeBirth(certified, YearMonth.from(q.certifiedOn()), bornIn);
        }
    }

    /** Adds the format refusal, if any; returns whether the number is well formed. */
    private static boolean wellFormedCertificate(Check c, Field number, String raw) {
        try {
            if (raw.length() == QualificationCertificateNumber.LENGTH) {
                QualificationCertificateNumber.parse(raw, number.path());
                return true;
            }
            if (raw.length() == CertificateCode.LENGTH) {
                CertificateCode.parse(raw, number.path());
                return true;
            }
        } catch (RuleViolationException e) {
            c.add(FormViolation.from(e));
            return false;
        }
        c.add(new FormViolation(
                number.path(),
                "certificate-format",
                "证书编号须为16位职业资格证书编号或22位职业技能等级证书编码。",
                "The certificate number must be a 16-digit vocational qualification certificate number or a"
                        + " 22-character skill level certificate code."));
        return false;
    }

    private static void checkCareer(Check c, List<CareerEntry> entries, YearMonth bornIn) {
        Field list = Field.of("educationAndCareer", "教育背景和工作简历", "education and career");
        if (entries.isEmpty()) {
            c.add(new FormViolation(
                    list.path(), "required", "请至少填写一条教育背景或工作经历。", "Give at least one entry of education or career."));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Field item = list.item(i, "education and career entry");
            CareerEntry e = entries.get(i);
            if (!c.required(item, e)) {
                continue;
            }
            Field from = item.child("from", "起始年月", "start month");
            Field to = item.child("to", "截止年月", "end month");
            boolean fromOk = c.required(from, e.from())
                    && c.notFuture(from, e.from())
                    && c.notBeforeBirth(from, e.from(), bornIn);
            boolean toOk = e.to() != null && c.notFuture(to, e.to());
            if (fromOk && toOk && e.from().isAfter(e.to())) {
                c.add(new FormViolation(
                        to.path(),
                        "date-order",
                        item.zh() + "的截止年月不能早于起始年月。",
                        "The end month of " + item.en() + " must not be before its start month."));
            }
            c.text(
                    item.child("organisation", "学校或单位", "school or employer"),
                    e.organisation(),
                    SHORT_TEXT_MAX_LENGTH,
                    true);
            c.text(item.child("role", "专业或职务", "course or post"), e.role(), SHORT_TEXT_MAX_LENGTH, true);
        }
    }

    private static void checkAwards(Check c, List<Award> awards, YearMonth bornIn) {
        Field list = Field.of("awards", "获奖情况", "awards");
        for (int i = 0; i < awards.size(); i++) {
            Field item = list.item(i, "award");
            Award a = awards.get(i);
            if (!c.required(item, a)) {
                continue;
            }
            Field year = item.child("year", "获奖年份", "year");
            if (c.required(year, a.year()) && c.notFuture(year, a.year())) {
                c.notBeforeBirth(year, a.year().atMonth(12), bornIn);
            }
            c.text(item.child("title", "奖项或称号", "award or title"), a.title(), SHORT_TEXT_MAX_LENGTH, true);
            c.text(
                    item.child("levelOrIssuer", "级别或授予单位", "level or issuer"),
                    a.levelOrIssuer(),
                    SHORT_TEXT_MAX_LENGTH,
                    true);
        }
    }

    private static void checkDeclaration(Check c, Declaration d) {
        Field field = Field.of("declaration", "本人承诺", "declaration");
        if (!c.required(field, d)) {
            return;
        }
        if (!d.accepted()) {
            c.add(new FormViolation(
                    field.child("accepted", "承诺", "acceptance").path(),
                    "declaration",
                    "请确认本人承诺：“" + Declaration.TEXT_ZH + "”",
                    "Accept the declaration: \"" + Declaration.TEXT_EN + "\""));
        }
        Field signed = field.child("signedOn", "签名日期", "date of signature");
        if (c.required(signed, d.signedOn())) {
            c.notFuture(signed, d.signedOn());
        }
    }

    private static void checkProfessionalTitleRecord(Check c, ProfessionalTitleRecord t, EligibilityPath basis) {
        Field field = Field.of(
                "professionalTitleRecord", "正高级职称或一级专业技术资格", "senior professional title or first-class qualification");
        if (t == null) {
            if (basis == EligibilityPath.B_PROFESSIONAL_TITLE) {
                c.required(field, null);
            }
            return;
        }
        c.text(field.child("field", "专业领域", "professional field"), t.field(), SHORT_TEXT_MAX_LENGTH, true);
    }

    private static void checkPriorityClaims(Check c, List<PriorityClaim> claims) {
        Field list = Field.of("priorityConditions", "优先考虑条件", "priority conditions");
        for (int i = 0; i < claims.size(); i++) {
            Field item = list.item(i, "priority condition");
            PriorityClaim claim = claims.get(i);
            if (!c.required(item, claim)) {
                continue;
            }
            c.required(item.child("condition", "条件", "condition"), claim.condition());
            Field evidence = item.child("evidenceAttachmentIds", "证明材料", "evidence");
            if (claim.evidenceAttachmentIds().isEmpty()) {
                c.add(new FormViolation(
                        evidence.path(), "required", item.zh() + "须附证明材料。", "Attach evidence for " + item.en() + "."));
            } else {
                c.attachments(evidence, claim.evidenceAttachmentIds());
            }
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * A field path with its label for messages. The English label is lower case, for use inside a
     * sentence; {@link #capitalised()} starts one.
     */
    private record Field(String path, String zh, String en) {

        static Field of(String path, String zh, String en) {
            return new Field(path, zh, en);
        }

        Field child(String name, String childZh, String childEn) {
            return new Field(path + "." + name, zh + "的" + childZh, childEn + " of " + en);
        }

        Field item(int index, String enNoun) {
            return new Field(path + "[" + index + "]", zh + "第" + (index + 1) + "项", enNoun + " " + (index + 1));
        }

        String capitalised() {
            return Character.toUpperCase(en.charAt(0)) + en.substring(1);
        }
    }

    /** Collects violations; each check returns whether the value passed, so callers can chain them. */
    private static final class Check {

        final LocalDate today;
        final List<FormViolation> violations = new ArrayList<>();

        Check(LocalDate today) {
            this.today = today;
        }

        void add(FormViolation v) {
            violations.add(v);
        }

        /** Refuses {@code null} and blank strings; returns whether the value is present. */
        boolean required(Field f, Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                add(new FormViolation(f.path(), "required", "请填写" + f.zh() + "。", f.capitalised() + " is required."));
                return false;
            }
            return true;
        }

        /**
         * Checks presence (when required) and length; returns whether a value is present and within
         * the limit. An absent optional value returns {@code false} without a violation.
         */
        boolean text(Field f, String value, int max, boolean required) {
            if (!hasText(value)) {
                return required && required(f, value);
            }
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                add(new FormViolation(
                        f.path(),
                        "length",
                        f.zh() + "不能超过" + max + "个字（现为" + length + "个字）。",
                        f.capitalised() + " must not be longer than " + max + " characters (it has " + length + ")."));
                return false;
            }
            return true;
        }

        boolean notFuture(Field f, LocalDate date) {
            return date.isAfter(today) ? future(f, "今天", "today") : true;
        }

        boolean notFuture(Field f, YearMonth month) {
            return month.isAfter(YearMonth.from(today)) ? future(f, "本月", "the current month") : true;
        }

        boolean notFuture(Field f, Year year) {
            return year.isAfter(Year.from(today)) ? future(f, "今年", "the current year") : true;
        }

        private boolean future(Field f, String nowZh, String nowEn) {
            add(new FormViolation(
                    f.path(),
                    "future-date",
                    f.zh() + "不能晚于" + nowZh + "。",
                    f.capitalised() + " must not be after " + nowEn + "."));
            return false;
        }

        /** Refuses a month before the month of birth, when that is known. */
        boolean notBeforeBirth(Field f, YearMonth month, YearMonth bornIn) {
            if (bornIn != null && month.isBefore(bornIn)) {
                // The message must not name the birth month: it is personal data.
                add(new FormViolation(
                        f.path(),
                        "before-birth",
                        f.zh() + "不能早于出生年月。",
                        f.capitalised() + " must not be before the month of birth."));
                return false;
            }
            return true;
        }

        /** Refuses blank ids (at their position) and more than the allowed number. */
        void attachments(Field f, List<String> ids) {
            for (int i = 0; i < ids.size(); i++) {
                if (!hasText(ids.get(i))) {
                    Field item = f.item(i, "attachment");
                    add(new FormViolation(
                            item.path(),
                            "required",
                            item.zh() + "缺少附件编号。",
                            "Attachment " + (i + 1) + " (" + f.en() + ") has no id."));
                }
            }
            if (ids.size() > MAX_ATTACHMENTS_PER_SECTION) {
                add(new FormViolation(
                        f.path(),
                        "attachments",
                        f.zh() + "最多" + MAX_ATTACHMENTS_PER_SECTION + "个（现有" + ids.size() + "个），请合并后上传。",
                        f.capitalised() + " may hold at most " + MAX_ATTACHMENTS_PER_SECTION + " files (there are "
                                + ids.size() + "); combine them before uploading."));
            }
        }
    }
}
