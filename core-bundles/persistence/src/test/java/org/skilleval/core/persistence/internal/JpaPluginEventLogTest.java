package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PluginEvent;

/** Runs the real persistence unit on an in-memory Derby database. */
class JpaPluginEventLogTest {

    private EntityManagerFactory entityManagerFactory;
    private JpaPluginEventLog log;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        log = new JpaPluginEventLog(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void appendedEventsAreListedNewestFirstWithIds() {
        PluginEvent first = log.append(event(PluginEvent.Type.REGISTERED, "oral-defense"));
        PluginEvent second = log.append(event(PluginEvent.Type.UNREGISTERED, "oral-defense"));

        assertTrue(second.id() > first.id(), "ids grow with every event");
        Page<PluginEvent> page = log.list(0, 10);
        assertEquals(2, page.total());
        assertEquals(second, page.items().get(0));
        assertEquals(first, page.items().get(1));
    }

    @Test
    void listIsPagedOnTheServer() {
        for (int i = 0; i < 7; i++) {
            log.append(event(PluginEvent.Type.REGISTERED, "method-" + i));
        }

        Page<PluginEvent> page = log.list(2, 3);

        assertEquals(7, page.total());
        assertEquals(3, page.items().size());
        assertEquals("method-4", page.items().get(0).pluginId());
        assertEquals("method-2", page.items().get(2).pluginId());
    }

    private static PluginEvent event(PluginEvent.Type type, String pluginId) {
        return new PluginEvent(
                0,
                Instant.parse("2026-11-25T08:00:00Z"),
                type,
                "ASSESSMENT_METHOD",
                pluginId,
                "org.skilleval.plugin.oraldefense",
                "1.0.0");
    }
}
