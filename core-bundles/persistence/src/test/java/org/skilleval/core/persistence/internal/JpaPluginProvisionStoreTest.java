package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.persistence.PluginProvision;
import org.skilleval.core.persistence.PluginProvision.Kind;

/** The desired plugin state on the real persistence unit and an in-memory Derby database. */
class JpaPluginProvisionStoreTest {

    private static final AuditActor NODE_A = new AuditActor("node-a", "operator");
    private static final AuditActor NODE_B = new AuditActor("node-b", "operator");
    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

    private EntityManagerFactory entityManagerFactory;
    private JpaPluginProvisionStore store;
    private JpaAuditTrail audit;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        store = new JpaPluginProvisionStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void aFeatureRecordedOnOneNodeIsWhatEveryNodeReadsWithWhoAndAnAuditEvent() {
        PluginProvision stored = store.record(feature("skilleval-plugin-veto", "1.0.0", true), NODE_A);

        assertEquals(List.of(stored), store.desired());
        assertEquals("node-a", stored.changedBy());
        List<AuditEvent> trail = trail(stored.id());
        assertEquals(1, trail.size());
        assertEquals("present", trail.get(0).action());
        assertEquals("FEATURE:skilleval-plugin-veto/1.0.0", trail.get(0).note());
    }

    @Test
    void recordingWhatTheDesiredStateSaysAlreadyWritesNothing() {
        PluginProvision first = store.record(configuration("org.skilleval.plugin.veto", "a=\"1\"\n"), NODE_A);

        PluginProvision again = store.record(configuration("org.skilleval.plugin.veto", "a=\"1\"\n"), NODE_B);

        assertEquals(first, again);
        assertEquals(1, trail(first.id()).size());
    }

    @Test
    void aLaterChangeReplacesTheItemAndAnAbsentItemForgetsItsContent() {
        PluginProvision first = store.record(configuration("org.skilleval.plugin.veto", "a=\"1\"\n"), NODE_A);
        PluginProvision changed = store.record(configuration("org.skilleval.plugin.veto", "a=\"2\"\n"), NODE_B);
        PluginProvision deleted = store.record(
                new PluginProvision(
                        0, 0, Kind.CONFIGURATION, "org.skilleval.plugin.veto", "", false, "a=\"2\"\n", "", MONDAY),
                NODE_A);

        assertEquals(first.id(), deleted.id());
        assertEquals("a=\"2\"\n", changed.content());
        assertFalse(deleted.present());
        assertEquals("", deleted.content());
        assertEquals(List.of(deleted), store.desired());
        List<AuditEvent> trail = trail(first.id());
        assertEquals(
                List.of("absent", "present", "present"),
                trail.stream().map(AuditEvent::action).toList());
        assertTrue(trail.get(0).actor().equals("node-a"));
    }

    @Test
    void twoVersionsOfAFeatureAreTwoItems() {
        store.record(feature("skilleval-plugin-veto", "1.0.0", true), NODE_A);
        store.record(feature("skilleval-plugin-veto", "1.1.0", true), NODE_A);
        store.record(feature("skilleval-plugin-veto", "1.0.0", false), NODE_B);

        List<PluginProvision> desired = store.desired();
        assertEquals(2, desired.size());
        assertFalse(desired.get(0).present());
        assertTrue(desired.get(1).present());
    }

    private static PluginProvision feature(String name, String version, boolean present) {
        return new PluginProvision(0, 0, Kind.FEATURE, name, version, present, "", "", MONDAY);
    }

    private static PluginProvision configuration(String pid, String content) {
        return new PluginProvision(0, 0, Kind.CONFIGURATION, pid, "", true, content, "", MONDAY);
    }

    private List<AuditEvent> trail(long id) {
        return audit.of(JpaPluginProvisionStore.OBJECT_TYPE, Long.toString(id), 0, 50)
                .items();
    }
}
