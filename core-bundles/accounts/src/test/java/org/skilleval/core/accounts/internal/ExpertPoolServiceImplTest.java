package org.skilleval.core.accounts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.persistence.ExpertPoolStore;
import org.skilleval.core.persistence.OccupationStore;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;

/** The pool is filtered by an occupation of the catalogue, as its entries name one. */
class ExpertPoolServiceImplTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));

    private final ExpertPoolStore pool = mock(ExpertPoolStore.class);
    private final OccupationStore occupations = mock(OccupationStore.class);
    private final ExpertPoolServiceImpl service = new ExpertPoolServiceImpl(pool, occupations);

    @Test
    void aFilterByAnOccupationOutsideTheCatalogueIsRefusedAndReadsNothing() {
        when(occupations.findByName(anyString())).thenReturn(Optional.empty());

        for (String occupation : List.of("../../../../etc/passwd", "' OR '1'='1' --", "A".repeat(5000))) {
            assertEquals(
                    "unknown-occupation",
                    assertThrows(RuleViolationException.class, () -> service.list(PROVINCE, null, occupation, 0, 50))
                            .rule());
        }
        verify(pool, never()).list(org.mockito.ArgumentMatchers.any(), anyString(), anyInt(), anyInt());
    }

    @Test
    void aFilterByACatalogueOccupationReadsThePool() {
        when(occupations.findByName("车工")).thenReturn(Optional.of(mock(OccupationRecord.class)));

        service.list(PROVINCE, null, " 车工 ", 0, 50);

        verify(pool).list(null, "车工", 0, 50);
    }
}
