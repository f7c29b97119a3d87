package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateCodeTest {

    // Y 0000 32 320100 22 T 000123: an employer filed with Jiangsu, site 320100, 2022, 特级技师, No. 123.
    private static final String PRINCIPAL = "Y000032320100" + "22T000123";

    @Test
    void ofBuildsTheTwentyTwoCharacterCode() {
        CertificateCode code = CertificateCode.of(
                CertificateCode.EMPLOYER,
                CertificateCode.PROVINCIAL_FILING,
                CertificateCode.JIANGSU,
                "320100",
                2022,
                CertificateCode.PRINCIPAL_TECHNICIAN_LEVEL,
                123);
        assertEquals(PRINCIPAL, code.value());
        assertEquals(22, code.value().length());
        assertEquals('T', code.value().charAt(15));
    }

    @Test
    void parseRoundTripsEveryPart() {
        CertificateCode code = CertificateCode.parse(PRINCIPAL, "certificate");
        assertEquals('Y', code.organisationType());
        assertEquals("0000", code.organisationCode());
        assertTrue(code.isFiledWithProvince());
        assertEquals("32", code.provinceCode());
        assertEquals("320100", code.siteCode());
        assertEquals(2022, code.yearOfIssue());
        assertEquals('T', code.level());
        assertEquals(123, code.serial());
        assertTrue(code.isPrincipalTechnician());
        assertEquals(
                code,
                CertificateCode.of(
                        code.organisationType(),
                        code.organisationCode(),
                        code.provinceCode(),
                        code.siteCode(),
                        code.yearOfIssue(),
                        code.level(),
                        code.serial()));
        assertEquals(PRINCIPAL, code.toString());
    }

    @Test
    void aSeniorTechnicianCodeFromAMinistryFiledSocialOrganisationIsNotPrincipal() {
        CertificateCode code = CertificateCode.of('S', "0815", "11", "000001", 2009, '1', 999_999);
        assertEquals("S08151100000109" + "1999999", code.value());
        assertFalse(code.isPrincipalTechnician());
        assertFalse(code.isFiledWithProvince());
        assertEquals(2009, code.yearOfIssue());
    }

    @Test
    void issuingSeriesKeyIsEverythingButTheSerial() {
        CertificateCode a = CertificateCode.of('Y', "0000", "32", "320100", 2022, 'T', 1);
        CertificateCode b = CertificateCode.of('Y', "0000", "32", "320100", 2022, 'T', 2);
        CertificateCode otherLevel = CertificateCode.of('Y', "0000", "32", "320100", 2022, '1', 1);
        CertificateCode otherYear = CertificateCode.of('Y', "0000", "32", "320100", 2023, 'T', 1);
        assertEquals("Y00003232010022T", a.issuingSeriesKey());
        assertEquals(a.issuingSeriesKey(), b.issuingSeriesKey());
        assertNotEquals(a.issuingSeriesKey(), otherLevel.issuingSeriesKey());
        assertNotEquals(a.issuingSeriesKey(), otherYear.issuingSeriesKey());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Y000032320100" + "22T00012, length, 22",
        "X000032320100" + "22T000123, organisation-type, 第1位",
        "y000032320100" + "22T000123, organisation-type, 第1位",
        "Y00A032320100" + "22T000123, organisation-code, 第2–5位",
        "Y0000J2320100" + "22T000123, province, 第6–7位",
        "Y00003232010A" + "22T000123, site-code, 第8–13位",
        "Y000032320100" + "2XT000123, year, 第14–15位",
        "Y000032320100" + "22t000123, level, 第16位",
        "Y000032320100" + "226000123, level, 第16位",
        "Y000032320100" + "220000123, level, 第16位",
        "Y000032320100" + "22T00012A, serial, 第17–22位",
        "Y000032320100" + "22T000000, serial, 第17–22位",
    })
    void eachBadPositionIsNamed(String raw, String rule, String positionZh) {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> CertificateCode.parse(raw, "certificate"));
        assertEquals(rule, e.rule());
        assertEquals("certificate", e.field());
        assertTrue(e.messageZh().contains(positionZh), e.messageZh());
    }

    @Test
    void theLevelMessageIsTheOneThePilotSchemeNeeds() {
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> CertificateCode.parse("Y000032320100" + "22t000123", "certificate"));
        assertEquals("第16位（等级）须为 T 或 1–5", e.messageZh());
        assertEquals("position 16 (level) must be T or 1–5", e.messageEn());
    }

    @Test
    void nullIsRefusedAsLength() {
        assertEquals(
                "length",
                assertThrows(RuleViolationException.class, () -> CertificateCode.parse(null, "certificate"))
                        .rule());
    }

    @Test
    void ofRefusesEachBadPartByItsName() {
        assertRefused(
                "organisationType",
                "organisation-type",
                () -> CertificateCode.of('Z', "0000", "32", "320100", 2022, 'T', 1));
        assertRefused(
                "organisationCode",
                "organisation-code",
                () -> CertificateCode.of('Y', "000", "32", "320100", 2022, 'T', 1));
        assertRefused("provinceCode", "province", () -> CertificateCode.of('Y', "0000", "320", "320100", 2022, 'T', 1));
        assertRefused("siteCode", "site-code", () -> CertificateCode.of('Y', "0000", "32", "32010", 2022, 'T', 1));
        assertRefused("yearOfIssue", "year", () -> CertificateCode.of('Y', "0000", "32", "320100", 1999, 'T', 1));
        assertRefused("yearOfIssue", "year", () -> CertificateCode.of('Y', "0000", "32", "320100", 2100, 'T', 1));
        assertRefused("level", "level", () -> CertificateCode.of('Y', "0000", "32", "320100", 2022, '6', 1));
        assertRefused("serial", "serial", () -> CertificateCode.of('Y', "0000", "32", "320100", 2022, 'T', 0));
        assertRefused("serial", "serial", () -> CertificateCode.of('Y', "0000", "32", "320100", 2022, 'T', 1_000_000));
    }

    @Test
    void theConstructorRefusesAnInvalidCode() {
        assertEquals(
                "level",
                assertThrows(RuleViolationException.class, () -> new CertificateCode("Y000032320100" + "22X000123"))
                        .rule());
    }

    private static void assertRefused(String field, String rule, Runnable call) {
        RuleViolationException e = assertThrows(RuleViolationException.class, call::run);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }
}
