package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.ConflictException;

/** City extension enablement on the real persistence unit and an in-memory Derby database. */
class JpaCityExtensionStoreTest {

    private static final AuditActor SUZHOU = new AuditActor("suzhou", "city");
    private static final AuditActor OPERATOR = new AuditActor("karaf", "operator");
    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T01:00:00Z");

    private EntityManagerFactory entityManagerFactory;
    private JpaCityExtensionStore extensions;
    private JpaAuditTrail audit;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        extensions = new JpaCityExtensionStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void aFirstEnablementCreatesTheRecordWithWhoAndWhenAndAuditsIt() {
        CityExtensionRecord enabled = extensions.setEnabled("3205", "suzhou-master-studio", true, 0L, MONDAY, SUZHOU);

        assertTrue(enabled.enabled());
        assertEquals("suzhou", enabled.changedBy());
        assertEquals(MONDAY, enabled.changedAt());
        assertEquals(enabled, extensions.find("3205", "suzhou-master-studio").orElseThrow());
        List<AuditEvent> trail = trail("3205/suzhou-master-studio");
        assertEquals(1, trail.size());
        assertEquals("enable", trail.get(0).action());
        assertEquals("city", trail.get(0).role());
        assertEquals("", trail.get(0).before());
        assertTrue(trail.get(0).after().contains("enabled=true"), trail.get(0).after());
    }

    @Test
    void disablingChangesTheSameRecordAndAuditsBeforeAndAfter() {
        CityExtensionRecord enabled = extensions.setEnabled("3205", "suzhou-master-studio", true, null, MONDAY, SUZHOU);

        CityExtensionRecord disabled =
                extensions.setEnabled("3205", "suzhou-master-studio", false, enabled.version(), TUESDAY, OPERATOR);

        assertEquals(enabled.id(), disabled.id());
        assertFalse(disabled.enabled());
        assertEquals("karaf", disabled.changedBy());
        assertEquals(TUESDAY, disabled.changedAt());
        assertTrue(disabled.version() > enabled.version());
        List<AuditEvent> trail = trail("3205/suzhou-master-studio");
        assertEquals(
                List.of("disable", "enable"),
                trail.stream().map(AuditEvent::action).toList(),
                "newest first");
        assertEquals("operator", trail.get(0).role());
        assertTrue(trail.get(0).before().contains("enabled=true"), trail.get(0).before());
        assertTrue(trail.get(0).after().contains("enabled=false"), trail.get(0).after());
    }

    @Test
    void settingTheStateItAlreadyHasWritesNothing() {
        CityExtensionRecord enabled = extensions.setEnabled("3205", "suzhou-master-studio", true, null, MONDAY, SUZHOU);

        CityExtensionRecord again =
                extensions.setEnabled("3205", "suzhou-master-studio", true, null, TUESDAY, OPERATOR);

        assertEquals(enabled, again);
        assertEquals(1, trail("3205/suzhou-master-studio").size());
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        CityExtensionRecord enabled = extensions.setEnabled("3205", "suzhou-master-studio", true, null, MONDAY, SUZHOU);
        extensions.setEnabled("3205", "suzhou-master-studio", false, enabled.version(), TUESDAY, SUZHOU);

        ConflictException stale = assertThrows(
                ConflictException.class,
                () -> extensions.setEnabled("3205", "suzhou-master-studio", true, enabled.version(), TUESDAY, SUZHOU));

        assertEquals(ConflictException.Kind.STALE_VERSION, stale.kind());
        assertFalse(
                extensions.find("3205", "suzhou-master-studio").orElseThrow().enabled());
        assertThrows(
                ConflictException.class,
                () -> extensions.setEnabled("3201", "suzhou-master-studio", true, 4L, TUESDAY, SUZHOU),
                "a record not yet created has version 0");
        assertTrue(extensions.find("3201", "suzhou-master-studio").isEmpty());
    }

    @Test
    void recordsAreListedByCityByPluginAndAll() {
        extensions.setEnabled("3205", "suzhou-master-studio", true, null, MONDAY, SUZHOU);
        extensions.setEnabled("3205", "another-rule", true, null, MONDAY, SUZHOU);
        extensions.setEnabled("3206", "suzhou-master-studio", false, null, MONDAY, OPERATOR);

        assertEquals(
                List.of("another-rule", "suzhou-master-studio"),
                extensions.listByCity("3205").stream()
                        .map(CityExtensionRecord::pluginId)
                        .toList());
        assertEquals(
                List.of("3205", "3206"),
                extensions.listByPlugin("suzhou-master-studio").stream()
                        .map(CityExtensionRecord::cityCode)
                        .toList());
        assertEquals(3, extensions.listAll().size());
        assertTrue(extensions.listByCity("3201").isEmpty());
        assertTrue(extensions.find("3201", "suzhou-master-studio").isEmpty());
    }

    private List<AuditEvent> trail(String objectId) {
        return audit.of(JpaCityExtensionStore.OBJECT_TYPE, objectId, 0, 50).items();
    }
}
