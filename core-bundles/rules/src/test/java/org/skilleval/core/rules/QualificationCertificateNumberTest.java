package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualificationCertificateNumberTest {

    // Digit 11 (index 10) is the level.
    private static final String SENIOR = "0832000000" + "1" + "00042";
    private static final String TECHNICIAN = "0832000000" + "2" + "00042";

    @Test
    void theEleventhDigitIsTheLevel() {
        QualificationCertificateNumber senior = QualificationCertificateNumber.parse(SENIOR, "certificate");
        assertEquals(1, senior.level());
        assertTrue(senior.isSeniorTechnician());
        QualificationCertificateNumber technician = QualificationCertificateNumber.parse(TECHNICIAN, "certificate");
        assertEquals(2, technician.level());
        assertFalse(technician.isSeniorTechnician());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "083200000010004", "08320000001000420", "083200000010004A", "０832000000100042"})
    void anythingButSixteenDigitsIsRefusedAsFormat(String raw) {
        RuleViolationException e = assertThrows(
                RuleViolationException.class, () -> QualificationCertificateNumber.parse(raw, "certificate"));
        assertEquals("format", e.rule());
        assertEquals("certificate", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "9"})
    void aLevelDigitOutsideOneToFiveIsRefused(String level) {
        assertEquals(
                "level",
                assertThrows(
                                RuleViolationException.class,
                                () -> QualificationCertificateNumber.parse("0832000000" + level + "00042", "c"))
                        .rule());
    }

    @Test
    void aSeniorTechnicianCertificateMayBeEitherFormat() {
        assertTrue(QualificationCertificateNumber.isSeniorTechnicianCertificate(SENIOR));
        assertTrue(QualificationCertificateNumber.isSeniorTechnicianCertificate("Y000032320100" + "191000007"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "0832000000" + "2" + "00042", // 16 digits, 技师
                "0832000000" + "1" + "0004", // 15 digits
                "Y000032320100" + "19T000007", // 特级技师, not 高级技师
                "Y000032320100" + "192000007", // 二级/技师
                "Y000032320100" + "191000000", // level 1 but serial 0: not a valid code
                "y000032320100" + "191000007",
                "some text"
            })
    void anythingElseIsNotASeniorTechnicianCertificate(String raw) {
        assertFalse(QualificationCertificateNumber.isSeniorTechnicianCertificate(raw));
    }
}
