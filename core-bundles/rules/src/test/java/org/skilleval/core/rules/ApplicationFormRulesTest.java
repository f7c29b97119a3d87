package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skilleval.core.rules.ApplicationForm.Award;
import org.skilleval.core.rules.ApplicationForm.CareerEntry;
import org.skilleval.core.rules.ApplicationForm.Declaration;
import org.skilleval.core.rules.ApplicationForm.PriorityClaim;
import org.skilleval.core.rules.ApplicationForm.Qualification;

class ApplicationFormRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String LATHE = "车工";
    // Nanjing Xuanwu, born 1980-03-07, male; the check character is computed, not looked up.
    private static final String FIRST17 = "32010219800307123";
    private static final String ID = FIRST17 + ResidentIdNumber.checkCharacter(FIRST17);
    // Old-style 职业资格证书 numbers: digit 11 is the level (1 高级技师, 3 高级工).
    private static final String LEVEL_1_CERTIFICATE = "3200000000100001";
    private static final String LEVEL_3_CERTIFICATE = "3200000000300001";

    /** A form filled in completely and correctly by a path-A applicant; tests change one thing. */
    private static final class Form {
        String name = "张建国";
        String idNumber = ID;
        String photoAttachmentId = "att-photo";
        YearMonth birthMonth = YearMonth.of(1980, 3);
        String education = "大专";
        String post = "班组长";
        String professionalTitle = null;
        Qualification qualification = new Qualification("高级技师", LATHE, LEVEL_1_CERTIFICATE, LocalDate.of(2015, 6, 1));
        String employer = "徐工集团工程机械股份有限公司";
        String department = "结构件制造部";
        String address = "江苏省徐州市经济技术开发区驮蓝山路26号";
        String email = "zhangjianguo@example.com";
        String phone = "13912345678";
        String fieldOfExpertise = "大型结构件数控车削与工装设计";
        List<CareerEntry> career = new ArrayList<>(List.of(
                new CareerEntry(YearMonth.of(1996, 9), YearMonth.of(1999, 7), "徐州技师学院", "数控车工专业"),
                new CareerEntry(YearMonth.of(1999, 8), null, "徐工集团", "车工")));
        List<String> careerAttachments = new ArrayList<>();
        String achievements = "主持攻克大型回转支承车削变形难题，年节约成本300万元；带徒12人，其中5人取得技师。";
        List<String> achievementsAttachments = new ArrayList<>(List.of("att-1", "att-2"));
        List<Award> awards = new ArrayList<>(List.of(new Award(Year.of(2022), "江苏工匠", "江苏省总工会")));
        List<String> awardsAttachments = new ArrayList<>(List.of("att-3"));
        Declaration declaration = new Declaration(true, LocalDate.of(2026, 2, 20));
        String appliedOccupation = LATHE;
        EligibilityPath basis = EligibilityPath.A_SENIOR_TECHNICIAN;
        LocalDate postSince = LocalDate.of(2016, 1, 1);
        boolean stillInOccupation = true;
        ProfessionalTitleRecord titleRecord = null;
        List<PriorityClaim> priority =
                new ArrayList<>(List.of(new PriorityClaim(PriorityCondition.JIANGSU_CRAFTSMAN, List.of("att-3"))));

        ApplicationForm build() {
            return new ApplicationForm(
                    name,
                    idNumber,
                    photoAttachmentId,
                    birthMonth,
                    education,
                    post,
                    professionalTitle,
                    qualification,
                    employer,
                    department,
                    address,
                    email,
                    phone,
                    fieldOfExpertise,
                    career,
                    careerAttachments,
                    achievements,
                    achievementsAttachments,
                    awards,
                    awardsAttachments,
                    declaration,
                    appliedOccupation,
                    basis,
                    postSince,
                    stillInOccupation,
                    titleRecord,
                    priority);
        }

        /** Turns the form into a path-B application: a title, no 高级技师 qualification or post. */
        Form pathB() {
            basis = EligibilityPath.B_PROFESSIONAL_TITLE;
            qualification = null;
            postSince = null;
            professionalTitle = "正高级工程师";
            titleRecord = new ProfessionalTitleRecord(TitleKind.SENIOR_PROFESSIONAL_TITLE, "机械工程", true, true);
            return this;
        }
    }

    private static List<FormViolation> validate(Form f) {
        return ApplicationFormRules.validate(f.build(), TODAY);
    }

    /** The only violation of a form; fails if there is none or more than one. */
    private static FormViolation single(Form f) {
        List<FormViolation> violations = validate(f);
        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        return violations.get(0);
    }

    private static void assertViolation(String field, String rule, FormViolation v) {
        assertEquals(field, v.field(), v::toString);
        assertEquals(rule, v.rule(), v::toString);
    }

    private static List<String> fieldsAndRules(List<FormViolation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    // --- complete forms ---------------------------------------------------------------------

    @Test
    void aCompletePathAFormHasNoViolations() {
        assertEquals(List.of(), validate(new Form()));
    }

    @Test
    void aCompletePathBFormNeedsNoQualificationNorPostDate() {
        assertEquals(List.of(), validate(new Form().pathB()));
    }

    @Test
    void optionalBoxesMayBeLeftEmpty() {
        Form f = new Form();
        f.post = null;
        f.professionalTitle = " ";
        f.awards = List.of();
        f.awardsAttachments = null;
        f.priority = null;
        f.achievementsAttachments = List.of();
        assertEquals(List.of(), validate(f));
    }

    // --- every problem at once --------------------------------------------------------------

    @Test
    void anEmptyFormReportsEveryRequiredBoxInFormOrder() {
        ApplicationForm empty = new ApplicationForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, false, null, null);

        List<FormViolation> violations = ApplicationFormRules.validate(empty, TODAY);

        assertEquals(
                List.of(
                        "name required",
                        "idNumber required",
                        "photoAttachmentId required",
                        "birthMonth required",
                        "education required",
                        "employer required",
                        "department required",
                        "address required",
                        "email required",
                        "phone required",
                        "fieldOfExpertise required",
                        "educationAndCareer required",
                        "achievements required",
                        "declaration required",
                        "appliedOccupation required",
                        "basis required"),
                fieldsAndRules(violations));
        assertEquals("请填写姓名。", violations.get(0).messageZh());
        assertEquals("Name is required.", violations.get(0).messageEn());
    }

    @Test
    void problemsAllOverTheFormAreReportedTogetherInFormOrder() {
        Form f = new Form();
        f.declaration = new Declaration(false, LocalDate.of(2026, 2, 20));
        f.phone = "1391234567";
        f.career.set(1, new CareerEntry(YearMonth.of(2001, 1), YearMonth.of(2000, 12), "徐工集团", "车工"));
        f.email = "zhangjianguo.example.com";
        f.name = "";
        f.qualification = new Qualification("高级工", LATHE, LEVEL_3_CERTIFICATE, LocalDate.of(2015, 6, 1));

        assertEquals(
                List.of(
                        "name required",
                        "qualification.certificateNumber senior-technician-certificate",
                        "email email",
                        "phone phone",
                        "educationAndCareer[1].to date-order",
                        "declaration.accepted declaration"),
                fieldsAndRules(validate(f)));
    }

    // --- ID number and birth month ----------------------------------------------------------

    @Test
    void anIdNumberRefusalKeepsTheRuleAndMessagesOfResidentIdNumber() {
        char wrong = ID.charAt(17) == '0' ? '1' : '0';
        Form f = new Form();
        f.idNumber = FIRST17 + wrong;
        RuleViolationException expected =
                assertThrows(RuleViolationException.class, () -> ResidentIdNumber.parse(f.idNumber, "idNumber", TODAY));

        FormViolation v = single(f);

        assertViolation("idNumber", "check-digit", v);
        assertEquals(expected.messageZh(), v.messageZh());
        assertEquals(expected.messageEn(), v.messageEn());
        assertFalse(v.messageZh().contains(FIRST17) || v.messageEn().contains(FIRST17), "no personal data");
    }

    @Test
    void aLowerCaseXInTheIdNumberIsRefusedWithItsOwnRule() {
        String first17 = firstSeventeenWithCheckX();
        Form f = new Form();
        f.idNumber = first17 + "x";
        f.birthMonth = YearMonth.of(1980, 3);

        assertViolation("idNumber", "lower-case-x", single(f));
    }

    @Test
    void anIdNumberWithABirthDateInTheFutureIsRefused() {
        String first17 = "32010220270101123";
        Form f = new Form();
        f.idNumber = first17 + ResidentIdNumber.checkCharacter(first17);

        assertViolation("idNumber", "birth-date", single(f));
    }

    @Test
    void aBirthMonthThatDisagreesWithTheIdNumberIsRefused() {
        Form f = new Form();
        f.birthMonth = YearMonth.of(1980, 4);

        FormViolation v = single(f);

        assertViolation("birthMonth", "birth-date-mismatch", v);
        // The refusal must not narrow the person down by repeating either date.
        assertFalse(v.messageZh().contains("1980") || v.messageEn().contains("1980"));
    }

    @Test
    void theBirthMonthIsNotCrossCheckedAgainstAnInvalidIdNumber() {
        Form f = new Form();
        f.idNumber = "3201021980030712";
        f.birthMonth = YearMonth.of(1975, 1);

        assertEquals(List.of("idNumber length"), fieldsAndRules(validate(f)));
    }

    @Test
    void aBirthMonthInTheFutureIsRefused() {
        Form f = new Form();
        f.birthMonth = YearMonth.of(2026, 4);

        assertViolation("birthMonth", "future-date", single(f));
    }

    // --- contact ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13912345678",
                "19951234567",
                "025-12345678",
                "010-87654321",
                "0512-1234567",
                "0516-87654321",
                "025-12345678-806"
            })
    void mobileAndLandlineNumbersAreAccepted(String phone) {
        Form f = new Form();
        f.phone = phone;
        assertEquals(List.of(), validate(f));
        assertTrue(ApplicationFormRules.isPhone(phone));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12912345678",
                "1391234567",
                "139123456789",
                "139 1234 5678",
                "+8613912345678",
                "１３９１２３４５６７８",
                "02512345678",
                "025-1234567",
                "0512-123456",
                "0512-1234567-",
                "025-12345678-1234567",
                "(025)12345678",
                "025—12345678"
            })
    void malformedPhoneNumbersAreRefused(String phone) {
        Form f = new Form();
        f.phone = phone;

        FormViolation v = single(f);

        assertViolation("phone", "phone", v);
        assertTrue(v.messageZh().contains("025-12345678"), v.messageZh());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.cn", "zhang.san@mail.jshrss.gov.cn", "12345678@qq.com", "wang-li+skill@163.com"})
    void practicalEmailAddressesAreAccepted(String email) {
        assertTrue(ApplicationFormRules.isEmail(email));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "zhangsan.qq.com",
                "a@@b.cn",
                "a@b@c.cn",
                "a@bcn",
                "a @b.cn",
                "a@b.cn ",
                "@b.cn",
                "a@.cn",
                "a@b.",
                "a@b..cn",
                "a＠b.cn"
            })
    void malformedEmailAddressesAreRefused(String email) {
        Form f = new Form();
        f.email = email;

        assertViolation("email", "email", single(f));
    }

    // --- qualification and basis --------------------------------------------------------------

    @Test
    void aPathAApplicantWithALevelOneSixteenDigitCertificatePasses() {
        Form f = new Form();
        f.qualification = new Qualification("高级技师", LATHE, LEVEL_1_CERTIFICATE, LocalDate.of(2015, 6, 1));
        assertEquals(List.of(), validate(f));
    }

    @Test
    void aPathAApplicantWithALevelThreeCertificateIsRefused() {
        Form f = new Form();
        f.qualification = new Qualification("高级工", LATHE, LEVEL_3_CERTIFICATE, LocalDate.of(2015, 6, 1));

        FormViolation v = single(f);

        assertViolation("qualification.certificateNumber", "senior-technician-certificate", v);
        assertTrue(v.messageZh().contains("高级技师"), v.messageZh());
    }

    @Test
    void aPathAApplicantMayHoldALevelOneSkillLevelCertificateCode() {
        Form f = new Form();
        String code =
                CertificateCode.of('Y', "0000", "32", "000123", 2019, '1', 17).value();
        f.qualification = new Qualification("一级/高级技师", LATHE, code, LocalDate.of(2019, 12, 1));
        assertEquals(List.of(), validate(f));

        String levelTwo =
                CertificateCode.of('Y', "0000", "32", "000123", 2019, '2', 17).value();
        f.qualification = new Qualification("二级/技师", LATHE, levelTwo, LocalDate.of(2019, 12, 1));
        assertViolation("qualification.certificateNumber", "senior-technician-certificate", single(f));
    }

    @Test
    void aPathBApplicantMayReportAnyLevelOfQualification() {
        Form f = new Form().pathB();
        f.qualification = new Qualification("高级工", LATHE, LEVEL_3_CERTIFICATE, LocalDate.of(2005, 6, 1));
        assertEquals(List.of(), validate(f));
    }

    @Test
    void aMalformedCertificateNumberIsRefusedByItsFormatRule() {
        Form f = new Form();
        f.qualification = new Qualification("高级技师", LATHE, "320000000010000", LocalDate.of(2015, 6, 1));
        assertViolation("qualification.certificateNumber", "certificate-format", single(f));

        f.qualification = new Qualification("高级技师", LATHE, "3200000000700001", LocalDate.of(2015, 6, 1));
        assertViolation("qualification.certificateNumber", "level", single(f));
    }

    @Test
    void pathARequiresTheQualificationAndThePostDate() {
        Form f = new Form();
        f.qualification = null;
        f.postSince = null;

        assertEquals(List.of("qualification required", "postSince required"), fieldsAndRules(validate(f)));
    }

    @Test
    void pathBRequiresTheProfessionalTitleRecord() {
        Form f = new Form().pathB();
        f.titleRecord = null;
        assertViolation("professionalTitleRecord", "required", single(f));

        f.titleRecord = new ProfessionalTitleRecord(TitleKind.FIRST_CLASS_QUALIFICATION, " ", true, true);
        assertViolation("professionalTitleRecord.field", "required", single(f));
    }

    @Test
    void aPostDateInTheFutureIsRefusedButOneBeforeTheCertificateIsNot() {
        Form f = new Form();
        f.postSince = TODAY.plusDays(1);
        assertViolation("postSince", "future-date", single(f));

        // Eligibility counts the years from the later date; the form is not wrong.
        f.postSince = f.qualification.certifiedOn().minusYears(3);
        assertEquals(List.of(), validate(f));
    }

    @Test
    void aCertificateDatedInTheFutureOrBeforeBirthIsRefused() {
        Form f = new Form();
        f.qualification = new Qualification("高级技师", LATHE, LEVEL_1_CERTIFICATE, TODAY.plusDays(1));
        assertViolation("qualification.certifiedOn", "future-date", single(f));

        f.qualification = new Qualification("高级技师", LATHE, LEVEL_1_CERTIFICATE, LocalDate.of(1980, 2, 1));
        assertViolation("qualification.certifiedOn", "before-birth", single(f));
    }

    // --- education and career, awards -----------------------------------------------------

    @Test
    void aCareerEntryEndingBeforeItStartsIsRefusedOnItsEnd() {
        Form f = new Form();
        f.career.add(new CareerEntry(YearMonth.of(2010, 5), YearMonth.of(2010, 4), "徐工集团", "工艺员"));

        FormViolation v = single(f);

        assertViolation("educationAndCareer[2].to", "date-order", v);
        assertTrue(v.messageZh().contains("第3项"), v.messageZh());
        assertTrue(v.messageEn().contains("entry 3"), v.messageEn());
    }

    @Test
    void aCareerEntryOfOneMonthAndOverlappingEntriesArePossible() {
        Form f = new Form();
        f.career.add(new CareerEntry(YearMonth.of(2010, 5), YearMonth.of(2010, 5), "徐工集团", "工艺员"));
        f.career.add(new CareerEntry(YearMonth.of(2005, 9), YearMonth.of(2008, 7), "江苏开放大学", "机械制造（业余）"));
        assertEquals(List.of(), validate(f));
    }

    @Test
    void careerEntriesAreCheckedFieldByField() {
        Form f = new Form();
        f.career.add(new CareerEntry(null, null, " ", "车工"));
        f.career.add(new CareerEntry(YearMonth.of(2026, 4), null, "徐工集团", "车工"));
        f.career.add(new CareerEntry(YearMonth.of(1979, 1), YearMonth.of(2026, 5), "徐工集团", "车工"));
        f.career.add(null);

        assertEquals(
                List.of(
                        "educationAndCareer[2].from required",
                        "educationAndCareer[2].organisation required",
                        "educationAndCareer[3].from future-date",
                        "educationAndCareer[4].from before-birth",
                        "educationAndCareer[4].to future-date",
                        "educationAndCareer[5] required"),
                fieldsAndRules(validate(f)));
    }

    @Test
    void atLeastOneCareerEntryIsRequired() {
        Form f = new Form();
        f.career = List.of();
        assertViolation("educationAndCareer", "required", single(f));
    }

    @Test
    void anAwardFromTheFutureOrWithoutTitleIsRefused() {
        Form f = new Form();
        f.awards = List.of(new Award(Year.of(2027), "江苏大工匠", "江苏省总工会"), new Award(Year.of(2020), "", "徐州市人民政府"));

        assertEquals(List.of("awards[0].year future-date", "awards[1].title required"), fieldsAndRules(validate(f)));
    }

    // --- declaration, lengths, attachments, priority conditions -------------------------------

    @Test
    void theDeclarationMustBeAcceptedAndSignedNoLaterThanToday() {
        Form f = new Form();
        f.declaration = new Declaration(false, TODAY);
        FormViolation v = single(f);
        assertViolation("declaration.accepted", "declaration", v);
        assertTrue(v.messageZh().contains("本人保证以上信息真实、准确"), v.messageZh());

        f.declaration = new Declaration(true, TODAY.plusDays(1));
        assertViolation("declaration.signedOn", "future-date", single(f));
    }

    @Test
    void aNameOfFiftyCharactersPassesAndFiftyOneIsRefused() {
        Form f = new Form();
        f.name = "张".repeat(50);
        assertEquals(List.of(), validate(f));

        f.name = "张".repeat(51);
        FormViolation v = single(f);
        assertViolation("name", "length", v);
        assertTrue(v.messageZh().contains("50"), v.messageZh());
    }

    @Test
    void aRareCharacterOutsideTheBasicPlaneCountsAsOneCharacter() {
        Form f = new Form();
        // U+20BB7 (𠮷) takes two UTF-16 units; fifty of them are still fifty characters.
        f.name = new String(Character.toChars(0x20BB7)).repeat(50);
        assertEquals(List.of(), validate(f));
    }

    @Test
    void achievementsLongerThanFourThousandCharactersAreRefused() {
        Form f = new Form();
        f.achievements = "业".repeat(ApplicationFormRules.LONG_TEXT_MAX_LENGTH);
        assertEquals(List.of(), validate(f));

        f.achievements = "业".repeat(ApplicationFormRules.LONG_TEXT_MAX_LENGTH + 1);
        assertViolation("achievements", "length", single(f));
    }

    @Test
    void aSectionHoldsAtMostTwentyAttachments() {
        Form f = new Form();
        f.achievementsAttachments = ids(20);
        assertEquals(List.of(), validate(f));

        f.achievementsAttachments = ids(21);
        FormViolation v = single(f);
        assertViolation("achievementsAttachmentIds", "attachments", v);
        assertTrue(v.messageEn().contains("20"), v.messageEn());
    }

    @Test
    void aBlankAttachmentIdIsRefusedAtItsPosition() {
        Form f = new Form();
        f.careerAttachments = new ArrayList<>(List.of("att-9", " "));
        assertViolation("educationAndCareerAttachmentIds[1]", "required", single(f));
    }

    @Test
    void aPriorityConditionNeedsEvidence() {
        Form f = new Form();
        f.priority = List.of(
                new PriorityClaim(PriorityCondition.MODEL_WORKER, List.of()),
                new PriorityClaim(null, List.of("att-5")),
                new PriorityClaim(PriorityCondition.SKILL_MASTER, ids(21)));

        assertEquals(
                List.of(
                        "priorityConditions[0].evidenceAttachmentIds required",
                        "priorityConditions[1].condition required",
                        "priorityConditions[2].evidenceAttachmentIds attachments"),
                fieldsAndRules(validate(f)));
    }

    @Test
    void aMissingPhotoIsRefused() {
        Form f = new Form();
        f.photoAttachmentId = "";
        assertViolation("photoAttachmentId", "required", single(f));
    }

    // --- to eligibility ---------------------------------------------------------------------

    @Test
    void aValidPathAFormIsEligibleOnPathA() {
        EligibilityInput input = ApplicationFormRules.toEligibilityInput(new Form().build(), TODAY, true, null);

        assertEquals(
                new SeniorTechnicianRecord(
                        LEVEL_1_CERTIFICATE, LATHE, LocalDate.of(2015, 6, 1), LocalDate.of(2016, 1, 1), true),
                input.seniorTechnician());
        assertEquals(List.of(PriorityCondition.JIANGSU_CRAFTSMAN), input.priorityConditions());
        EligibilityDecision d = EligibilityRules.decide(input);
        assertTrue(d.eligible());
        assertEquals(Set.of(EligibilityPath.A_SENIOR_TECHNICIAN), d.paths());
        assertEquals(List.of(PriorityCondition.JIANGSU_CRAFTSMAN), d.priorityConditions());
    }

    @Test
    void aValidPathBFormIsEligibleOnPathBWhenTheOccupationHasAStandard() {
        ApplicationForm form = new Form().pathB().build();

        EligibilityDecision withStandard =
                EligibilityRules.decide(ApplicationFormRules.toEligibilityInput(form, TODAY, true, null));
        assertTrue(withStandard.eligible());
        assertEquals(Set.of(EligibilityPath.B_PROFESSIONAL_TITLE), withStandard.paths());
        assertTrue(withStandard.hasReason("senior-technician-missing"));

        EligibilityDecision withoutStandard =
                EligibilityRules.decide(ApplicationFormRules.toEligibilityInput(form, TODAY, false, null));
        assertFalse(withoutStandard.eligible());
        assertTrue(withoutStandard.hasReason("occupation-without-standard"));
    }

    @Test
    void fewerThanFiveYearsInPostIsDecidedByEligibilityNotByTheForm() {
        Form f = new Form();
        f.postSince = LocalDate.of(2022, 1, 1);
        assertEquals(List.of(), validate(f));

        EligibilityDecision d =
                EligibilityRules.decide(ApplicationFormRules.toEligibilityInput(f.build(), TODAY, true, null));
        assertFalse(d.eligible());
        assertEquals(LocalDate.of(2027, 1, 1), d.eligibleFrom());
    }

    @Test
    void aCertificateThatIsNotSeniorTechnicianGivesNoSeniorTechnicianRecord() {
        Form f = new Form();
        f.qualification = new Qualification("高级工", LATHE, LEVEL_3_CERTIFICATE, LocalDate.of(2015, 6, 1));

        EligibilityInput input = ApplicationFormRules.toEligibilityInput(f.build(), TODAY, true, null);

        assertNull(input.seniorTechnician());
        assertTrue(EligibilityRules.decide(input).hasReason("senior-technician-missing"));
    }

    @Test
    void theStillInOccupationAnswerAndTheOccupationReachEligibility() {
        Form f = new Form();
        f.stillInOccupation = false;
        f.appliedOccupation = "铣工";

        EligibilityDecision d =
                EligibilityRules.decide(ApplicationFormRules.toEligibilityInput(f.build(), TODAY, true, null));

        assertFalse(d.eligible());
        assertTrue(d.hasReason("occupation-left"));
        assertTrue(d.hasReason("occupation-mismatch"));
    }

    @Test
    void priorityConditionsWithoutEvidenceAreNotPassedOn() {
        Form f = new Form();
        f.priority = List.of(
                new PriorityClaim(PriorityCondition.MODEL_WORKER, List.of(" ")),
                new PriorityClaim(PriorityCondition.SKILL_MASTER, List.of("att-7")));

        EligibilityInput input = ApplicationFormRules.toEligibilityInput(f.build(), TODAY, true, null);

        assertEquals(List.of(PriorityCondition.SKILL_MASTER), input.priorityConditions());
    }

    @Test
    void anActiveSanctionIsPassedOnAndBarsTheApplicant() {
        SanctionStatus sanction =
                new SanctionStatus("申报材料业绩证明造假", SanctionPeriod.fromFinding(LocalDate.of(2024, 5, 1)));

        EligibilityDecision d = EligibilityRules.decide(
                ApplicationFormRules.toEligibilityInput(new Form().build(), TODAY, true, sanction));

        assertFalse(d.eligible());
        assertEquals("sanctioned", d.reasons().get(0).code());
    }

    @Test
    void aFormWithoutOccupationCannotBecomeAnEligibilityInput() {
        Form f = new Form();
        f.appliedOccupation = null;

        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> ApplicationFormRules.toEligibilityInput(f.build(), TODAY, true, null));
        assertEquals("appliedOccupation", e.field());
        assertEquals("required", e.rule());
    }

    // --- the records ------------------------------------------------------------------------

    @Test
    void theFormNeverPrintsTheFullIdNumber() {
        String printed = new Form().build().toString();
        assertFalse(printed.contains(ID), printed);
        assertTrue(printed.contains(ID.substring(0, 4) + "************" + ID.substring(16)), printed);
    }

    @Test
    void theFormsListsCannotBeChangedAfterwards() {
        Form f = new Form();
        ApplicationForm form = f.build();
        f.career.clear();

        assertEquals(2, form.educationAndCareer().size());
        assertThrows(UnsupportedOperationException.class, () -> form.educationAndCareer()
                .clear());
    }

    @Test
    void aRuleRefusalBecomesAFormViolationWithTheSameParts() {
        RuleViolationException e = new RuleViolationException("idNumber", "region", "中文", "English");

        assertEquals(List.of(new FormViolation("idNumber", "region", "中文", "English")), FormViolation.of(e));
    }

    @Test
    void anOpinionMustNameItsBody() {
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> new FormOpinion(FormOpinion.Stage.ENTERPRISE, " ", "", TODAY, true));
        assertEquals("by", e.field());

        FormOpinion ok = new FormOpinion(
                FormOpinion.Stage.ENTERPRISE, "徐工集团", FormOpinion.ENTERPRISE_RECOMMENDATION_ZH, TODAY, true);
        assertTrue(ok.approved());
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>(Collections.nCopies(n, ""));
        for (int i = 0; i < n; i++) {
            ids.set(i, "att-" + i);
        }
        return ids;
    }

    /** The first 17 characters of a number born 1980-03-07 whose check character is X. */
    private static String firstSeventeenWithCheckX() {
        for (int seq = 100; seq < 1000; seq++) {
            String first17 = "32010219800307" + seq;
            if (ResidentIdNumber.checkCharacter(first17) == 'X') {
                return first17;
            }
        }
        throw new AssertionError("no sequence gives X");
    }
}
