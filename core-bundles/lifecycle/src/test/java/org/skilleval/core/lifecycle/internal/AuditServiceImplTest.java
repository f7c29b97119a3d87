package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.Page;
import org.skilleval.core.persistence.AuditTrail;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class AuditServiceImplTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));

    private final AuditTrail trail = mock(AuditTrail.class);
    private final AuditServiceImpl service = new AuditServiceImpl(trail);

    @Test
    void theProvinceReadsTheTrailOfAnyKindOfObject() {
        Page<AuditEvent> page = new Page<>(List.of(), 0, 0, 20);
        when(trail.of("Certificate", "5", 0, 20)).thenReturn(page);

        assertEquals(page, service.trail(PROVINCE, "Certificate", "5", 0, 20));
    }

    @Test
    void theProvinceReadsWhoEnabledACityExtension() {
        Page<AuditEvent> page = new Page<>(List.of(), 0, 0, 20);
        when(trail.of("CityExtension", "3205/suzhou-master-studio", 0, 20)).thenReturn(page);

        assertEquals(page, service.trail(PROVINCE, "CityExtension", "3205/suzhou-master-studio", 0, 20));
    }

    @Test
    void anUnknownKindIsNamed() {
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> service.trail(PROVINCE, "Salary", "5", 0, 20));

        assertEquals("objectType", refused.field());
        verify(trail, never()).of(anyString(), anyString(), anyInt(), anyInt());
    }

    @Test
    void nobodyButTheProvinceReadsTrails() {
        assertThrows(AccessDeniedException.class, () -> service.trail(NANJING, "Application", "5", 0, 20));
    }
}
