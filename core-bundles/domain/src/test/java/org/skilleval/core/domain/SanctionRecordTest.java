package org.skilleval.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.UnifiedSocialCreditCode;

class SanctionRecordTest {

    private static final String ID_NUMBER = "32010219900307123" + ResidentIdNumber.checkCharacter("32010219900307123");
    private static final String CREDIT_CODE = "91350100M000100Y43";

    private static SanctionRecord against(SubjectType type, String key) {
        return new SanctionRecord(5, 0, type, key, "张三", LocalDate.of(2026, 3, 10), "申报材料业绩证明造假", 7L);
    }

    @Test
    void toStringMasksAPersonsIdNumberLikeTheIdNumberRule() {
        String text = against(SubjectType.PERSON, ID_NUMBER).toString();

        assertFalse(text.contains(ID_NUMBER), text);
        assertFalse(text.contains(ID_NUMBER.substring(4, 16)), text);
        String masked = new ResidentIdNumber(ID_NUMBER).masked();
        assertEquals("3201************" + ID_NUMBER.substring(16), masked);
        assertTrue(text.contains("subjectKey=" + masked), text);
    }

    @Test
    void maskedSubjectKeyHidesTheMiddleTwelveCharactersOfAnIdNumber() {
        assertEquals(
                new ResidentIdNumber(ID_NUMBER).masked(),
                against(SubjectType.PERSON, ID_NUMBER).maskedSubjectKey());
    }

    @Test
    void aMalformedPersonKeyIsMaskedCompletely() {
        assertEquals("*".repeat(10), against(SubjectType.PERSON, "3201021990").maskedSubjectKey());
    }

    @Test
    void anEnterprisesCreditCodeIsPublicAndShownInFull() {
        UnifiedSocialCreditCode.parse(CREDIT_CODE, "creditCode");
        SanctionRecord enterprise = against(SubjectType.ENTERPRISE, CREDIT_CODE);

        assertEquals(CREDIT_CODE, enterprise.maskedSubjectKey());
        assertTrue(enterprise.toString().contains(CREDIT_CODE));
    }

    @Test
    void theBanEndsFiveYearsAfterTheFindingAndToStringSaysWhen() {
        SanctionRecord sanction = against(SubjectType.PERSON, ID_NUMBER);

        assertEquals(LocalDate.of(2031, 3, 10), sanction.period().bannedUntilExclusive());
        assertTrue(sanction.toString().contains("bannedUntil=2031-03-10"));
    }
}
