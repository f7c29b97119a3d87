package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.rules.RuleViolationException;

/** The occupation catalogue on the real persistence unit and an in-memory Derby database. */
class JpaOccupationStoreTest {

    private static final AuditActor PROVINCE = new AuditActor("province", "province");

    private EntityManagerFactory entityManagerFactory;
    private JpaOccupationStore occupations;
    private JpaAuditTrail audit;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        occupations = new JpaOccupationStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void anAddedOccupationIsStoredActiveAndAudited() {
        OccupationRecord created = occupations.create("6-18-01-01", "车工", true, "国家职业技能标准《车工》", PROVINCE);

        assertEquals(created, occupations.find(created.id()).orElseThrow());
        assertEquals(created, occupations.findByName("车工").orElseThrow());
        assertTrue(created.active());
        assertEquals("6-18-01-01", created.code());
        List<AuditEvent> trail = trail(created);
        assertEquals(1, trail.size());
        assertEquals("create", trail.get(0).action());
        assertEquals("province", trail.get(0).actor());
        assertTrue(trail.get(0).after().contains("name=车工"), trail.get(0).after());
    }

    @Test
    void anOccupationWithoutCodeOrBasisIsStoredWithNeither() {
        OccupationRecord created = occupations.create(null, "某企业自定工种", false, null, PROVINCE);

        OccupationRecord stored = occupations.find(created.id()).orElseThrow();
        assertEquals(null, stored.code());
        assertEquals(null, stored.basis());
        assertFalse(stored.hasSeniorTechnicianStandard());
    }

    @Test
    void aSecondOccupationOfTheSameNameIsRefused() {
        occupations.create("6-18-01-01", "车工", true, "国家职业技能标准《车工》", PROVINCE);

        ConflictException conflict =
                assertThrows(ConflictException.class, () -> occupations.create(null, "车工", false, null, PROVINCE));

        assertEquals(ConflictException.Kind.DUPLICATE, conflict.kind());
        assertEquals(1, occupations.list(null, null, 0, 10).total());
    }

    @Test
    void findByNameIsExactAndEmptyForAnUnknownName() {
        occupations.create(null, "车工", true, "标准", PROVINCE);

        assertTrue(occupations.findByName("数控车工").isEmpty());
        assertTrue(occupations.findByName("车").isEmpty());
    }

    @Test
    void anUpdateChangesTheFlagsButNeverTheNameOrCodeAndIsAudited() {
        OccupationRecord created = occupations.create("6-18-01-01", "车工", true, "国家职业技能标准《车工》", PROVINCE);

        OccupationRecord changed = occupations.update(
                created.id(),
                created.version(),
                "change",
                "标准废止",
                PROVINCE,
                o -> new OccupationRecord(o.id(), o.version(), "9-99-99-99", "铣工", false, null, false));

        assertEquals(created.version() + 1, changed.version());
        assertEquals("车工", changed.name());
        assertEquals("6-18-01-01", changed.code());
        assertFalse(changed.hasSeniorTechnicianStandard());
        assertFalse(changed.active());
        assertEquals(null, changed.basis());
        assertEquals(changed, occupations.find(created.id()).orElseThrow());
        AuditEvent event = trail(created).get(0);
        assertEquals("change", event.action());
        assertEquals("标准废止", event.note());
        assertTrue(event.before().contains("active=true"), event.before());
        assertTrue(event.after().contains("active=false"), event.after());
    }

    @Test
    void aStaleUpdateIsRefusedAndChangesNothing() {
        OccupationRecord created = occupations.create(null, "车工", true, "标准", PROVINCE);
        occupations.update(created.id(), created.version(), "change", "", PROVINCE, o -> o.withActive(false));

        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> occupations.update(
                        created.id(), created.version(), "change", "", PROVINCE, o -> o.withStandard(false, null)));

        assertEquals(ConflictException.Kind.STALE_VERSION, conflict.kind());
        OccupationRecord stored = occupations.find(created.id()).orElseThrow();
        assertTrue(stored.hasSeniorTechnicianStandard());
        assertFalse(stored.active());
        assertEquals(2, trail(created).size());
    }

    @Test
    void aChangeThatRefusesWritesNothing() {
        OccupationRecord created = occupations.create(null, "车工", true, "标准", PROVINCE);

        assertThrows(
                RuleViolationException.class,
                () -> occupations.update(created.id(), created.version(), "change", "", PROVINCE, o -> {
                    throw new RuleViolationException("basis", "required", "请填写依据", "basis is required");
                }));

        assertEquals(created, occupations.find(created.id()).orElseThrow());
        assertEquals(1, trail(created).size());
    }

    @Test
    void anUnknownOccupationIsNotFound() {
        assertThrows(NotFoundException.class, () -> occupations.update(404, 0, "change", "", PROVINCE, o -> o));
    }

    @Test
    void theListIsOrderedByNameAndFilteredByPartOfTheNameAndTheFlag() {
        occupations.create(null, "装配钳工", true, "标准", PROVINCE);
        occupations.create(null, "工具钳工", true, "标准", PROVINCE);
        occupations.create(null, "机修钳工", false, null, PROVINCE);
        occupations.create("6-18-01-01", "车工", true, "标准", PROVINCE);

        assertEquals(
                List.of("工具钳工", "机修钳工", "装配钳工"),
                names(occupations.list("钳工", null, 0, 10)),
                "ordered by name as the database orders it");
        assertEquals(List.of("工具钳工", "装配钳工"), names(occupations.list("钳工", true, 0, 10)));
        assertEquals(List.of("机修钳工"), names(occupations.list(null, false, 0, 10)));
        assertEquals(4, occupations.list(null, null, 0, 10).total());
    }

    @Test
    void theNameSearchIgnoresCaseAndTakesWildcardsLiterally() {
        occupations.create(null, "CNC操作工", true, "企业评价规范", PROVINCE);
        occupations.create(null, "车工", true, "标准", PROVINCE);

        assertEquals(List.of("CNC操作工"), names(occupations.list("cnc", null, 0, 10)));
        assertEquals(0, occupations.list("%", null, 0, 10).total());
        assertEquals(0, occupations.list("_", null, 0, 10).total());
    }

    @Test
    void theListIsPagedInTheDatabase() {
        for (String name : List.of("车工", "铣工", "磨工", "镗工", "焊工")) {
            occupations.create(null, name, true, "标准", PROVINCE);
        }

        Page<OccupationRecord> page = occupations.list(null, null, 2, 2);

        assertEquals(5, page.total());
        assertEquals(2, page.items().size());
        assertEquals(names(occupations.list(null, null, 0, 5)).subList(2, 4), names(page));
    }

    private static List<String> names(Page<OccupationRecord> page) {
        return page.items().stream().map(OccupationRecord::name).toList();
    }

    private List<AuditEvent> trail(OccupationRecord occupation) {
        return audit.of("Occupation", Long.toString(occupation.id()), 0, 50).items();
    }
}
