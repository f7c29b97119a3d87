package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.ObjectionStatus;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.WorkPlanStatus;

class StatusNamesTest {

    @Test
    void everyStateOfEveryStatusHasAChineseNameWithoutLatinLetters() {
        List<Class<? extends Enum<?>>> statuses = List.of(
                ApplicationStatus.class,
                ParticipationStatus.class,
                WorkPlanStatus.class,
                ProposalListStatus.class,
                ObjectionStatus.class,
                CertificateStatus.class,
                ScoreSheetRecord.Status.class);
        for (Class<? extends Enum<?>> status : statuses) {
            for (Enum<?> state : status.getEnumConstants()) {
                assertTrue(StatusNames.knows(state), state.getDeclaringClass().getSimpleName() + "." + state);
                assertFalse(StatusNames.zh(state).matches(".*[A-Za-z].*"), StatusNames.zh(state));
            }
        }
    }

    @Test
    void severalStatesReadAsAlternatives() {
        assertEquals("“草稿”或“已退回”", StatusNames.zh(List.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED)));
        assertEquals("DRAFT or RETURNED", StatusNames.en(List.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED)));
    }
}
