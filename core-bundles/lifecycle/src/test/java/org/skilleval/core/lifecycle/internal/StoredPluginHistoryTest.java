package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PluginEvent;
import org.skilleval.core.persistence.PluginEventLog;

class StoredPluginHistoryTest {

    private static final PluginEvent REGISTERED = new PluginEvent(
            0,
            Instant.parse("2026-12-07T03:00:00Z"),
            PluginEvent.Type.REGISTERED,
            "ASSESSMENT_METHOD",
            "oral-defense",
            "org.skilleval.plugin.oraldefense",
            "1.0.0");

    private final PluginEventLog log = mock(PluginEventLog.class);

    @Test
    void aPublishedPluginEventIsWrittenToTheEventLogAndReadBackAsHistory() {
        new StoredPluginHistory(log).record(REGISTERED);
        when(log.list(0, 10)).thenReturn(new Page<>(java.util.List.of(REGISTERED), 1, 0, 10));

        verify(log).append(REGISTERED);
        assertEquals(
                REGISTERED, new StoredPluginHistory(log).events(0, 10).items().get(0));
    }

    @Test
    void anEventTheLogCannotTakeIsRefusedSoThatTheHostOffersItAgain() {
        when(log.append(any())).thenThrow(new IllegalStateException("the database is down"));

        assertThrows(IllegalStateException.class, () -> new StoredPluginHistory(log).record(REGISTERED));
    }
}
