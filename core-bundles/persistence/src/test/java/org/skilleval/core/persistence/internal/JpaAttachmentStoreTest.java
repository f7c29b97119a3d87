package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;

/** The attachment store on the real persistence unit and an in-memory Derby database. */
class JpaAttachmentStoreTest {

    private static final AuditActor HR = new AuditActor("hr-xcmg", "enterprise");
    private static final String ENTERPRISE = "91350100M000100Y43";
    private static final String SHA = "ab".repeat(32);
    private static final Instant NOW = Instant.parse("2026-03-10T02:30:00.123456789Z");

    private EntityManagerFactory entityManagerFactory;
    private JpaAttachmentStore attachments;
    private JpaAuditTrail audit;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        attachments = new JpaAttachmentStore(entityManagerFactory, Clock.fixed(NOW, ZoneOffset.UTC));
        audit = new JpaAuditTrail(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void anUploadIsStoredWithItsMetadataAndReadBackUnchanged() {
        AttachmentRecord created = upload("高级技师证书.pdf");

        assertEquals(created, attachments.find(created.id()).orElseThrow());
        assertEquals("hr-xcmg", created.ownerKey());
        assertEquals(ENTERPRISE, created.creditCode());
        assertEquals("3203", created.cityCode());
        assertEquals("高级技师证书.pdf", created.fileName());
        assertEquals("application/pdf", created.contentType());
        assertEquals(1234L, created.size());
        assertEquals(SHA, created.sha256());
        assertEquals(Instant.parse("2026-03-10T02:30:00.123Z"), created.uploadedAt());
    }

    @Test
    void twoUploadsOfTheSameBytesAreTwoAttachments() {
        AttachmentRecord first = upload("a.pdf");
        AttachmentRecord second = upload("b.pdf");

        assertNotEquals(first.id(), second.id());
        assertEquals(first.sha256(), second.sha256());
        assertEquals("b.pdf", attachments.find(second.id()).orElseThrow().fileName());
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertTrue(attachments.find(404).isEmpty());
    }

    @Test
    void anUploadIsAuditedAsUploadWithMetadataOnly() {
        AttachmentRecord created = upload("照片.jpg");

        List<AuditEvent> trail =
                audit.of("Attachment", Long.toString(created.id()), 0, 50).items();
        assertEquals(1, trail.size());
        AuditEvent event = trail.get(0);
        assertEquals("upload", event.action());
        assertEquals("hr-xcmg", event.actor());
        assertEquals("enterprise", event.role());
        assertEquals("", event.before());
        assertTrue(event.after().contains("sha256=" + SHA), event.after());
        assertTrue(event.after().contains("fileName=照片.jpg"), event.after());
    }

    @Test
    void theAttachmentTableIsIndexedByEnterprise() {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            List<?> indexes = entityManager
                    .createNativeQuery("SELECT c.CONGLOMERATENAME FROM SYS.SYSCONGLOMERATES c"
                            + " JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID"
                            + " WHERE t.TABLENAME = 'ATTACHMENT' AND c.ISINDEX = TRUE")
                    .getResultList();
            assertTrue(indexes.contains("IDX_ATTACHMENT_CREDIT_CODE"), indexes.toString());
        } finally {
            entityManager.close();
        }
    }

    @Test
    void theBytesAreNotInTheDatabase() {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            List<?> types = entityManager
                    .createNativeQuery("SELECT c.COLUMNDATATYPE FROM SYS.SYSCOLUMNS c"
                            + " JOIN SYS.SYSTABLES t ON c.REFERENCEID = t.TABLEID"
                            + " WHERE t.TABLENAME = 'ATTACHMENT'")
                    .getResultList();
            assertFalse(types.isEmpty());
            assertFalse(types.stream().map(Object::toString).anyMatch(type -> type.contains("BLOB")), types.toString());
        } finally {
            entityManager.close();
        }
    }

    private AttachmentRecord upload(String fileName) {
        return attachments.create("hr-xcmg", ENTERPRISE, "3203", fileName, "application/pdf", 1234, SHA, HR);
    }
}
