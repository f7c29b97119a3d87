package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalShareRulesTest {

    @Test
    void shareExactlyAtTheThresholdIsNotWarned() {
        assertTrue(ProposalShareRules.warning(10, 100).isEmpty());
    }

    @Test
    void shareJustAboveTheThresholdIsWarned() {
        Optional<Reason> warning = ProposalShareRules.warning(11, 100);

        assertTrue(warning.isPresent());
        assertEquals("proposal-share-high", warning.get().code());
        assertTrue(warning.get().zh().contains("11%"), warning.get().zh());
        assertTrue(warning.get().zh().contains("10%"), warning.get().zh());
    }

    @Test
    void thresholdIsComparedExactlyNotAfterRounding() {
        // 1/9 = 11.1% > 10%, while 1/10 is exactly at the line.
        assertTrue(ProposalShareRules.warning(1, 9).isPresent());
        assertTrue(ProposalShareRules.warning(1, 10).isEmpty());
    }

    @Test
    void configuredThresholdIsUsed() {
        assertTrue(ProposalShareRules.warning(11, 100, new BigDecimal("0.20")).isEmpty());
        assertTrue(ProposalShareRules.warning(21, 100, new BigDecimal("0.20")).isPresent());
    }

    @Test
    void proposalsWithoutSeniorTechniciansAreWarned() {
        assertEquals(
                "proposal-without-senior-technicians",
                ProposalShareRules.warning(1, 0).orElseThrow().code());
    }

    @Test
    void noProposalsNoWarning() {
        assertTrue(ProposalShareRules.warning(0, 0).isEmpty());
    }

    @Test
    void thresholdOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProposalShareRules.warning(1, 10, new BigDecimal("1.5")));
    }
}
