package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ScoreSheetRecord;

class AuditStatesTest {

    private static final ScoreSheetRecord DRAFT = new ScoreSheetRecord(
            7,
            1,
            42,
            3,
            "oral-defense",
            "EXP-1",
            Map.of("problem-solving", new BigDecimal("24.5"), "expression", new BigDecimal("15")),
            "",
            ScoreSheetRecord.Status.DRAFT,
            null,
            "");

    @Test
    void aScoreSheetIsAuditedAsItsOwnTextSoItsContentHashMeansWhatItDid() {
        ScoreSheetRecord submitted = DRAFT.withDraft(Map.of("innovation", new BigDecimal("1E+1")), "a, b=c]")
                .submitted(Instant.parse("2026-12-07T10:15:30.123Z"))
                .unlocked("wrong item");
        ScoreSheetRecord flagged = submitted.withDivergence(new DivergenceFlag(
                        new BigDecimal("6"),
                        Map.of("innovation", new DivergenceFlag.Item(null, new BigDecimal("4"))),
                        null,
                        null,
                        null,
                        null)
                .decided(DivergenceFlag.Outcome.KEPT, "discussed", "EXP-2", Instant.parse("2026-12-07T11:00:00Z")));
        for (ScoreSheetRecord sheet : new ScoreSheetRecord[] {DRAFT, submitted, flagged}) {
            assertEquals(sheet.toString(), AuditStates.of(sheet));
        }
    }

    @Test
    void otherStatesAreTheirToStringAndNoneIsEmpty() {
        assertEquals("", AuditStates.of(null));
        assertEquals("open", AuditStates.of("open"));
        assertEquals(Map.of("a", 1).toString(), AuditStates.of(Map.of("a", 1)));
    }
}
