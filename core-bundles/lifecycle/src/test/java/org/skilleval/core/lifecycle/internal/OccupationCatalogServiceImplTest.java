package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.persistence.OccupationStore;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class OccupationCatalogServiceImplTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller APPLICANT = Caller.fromJaasRoles("zhang", List.of("applicant", "applicant:42"));
    private static final AuditActor PROVINCE_ACTOR = new AuditActor("province", "province");
    private static final String BASIS = "国家职业技能标准《车工》，设高级技师（一级）";
    private static final OccupationRecord LATHE = new OccupationRecord(7, 3, "6-18-01-01", "车工", true, BASIS, true);

    private final OccupationStore store = mock(OccupationStore.class);
    private OccupationCatalogServiceImpl service;

    @BeforeEach
    void catalogueAlreadyKept() {
        // A catalogue with entries is never seeded, so activation leaves the mock alone.
        when(store.list(null, null, 0, 1)).thenReturn(new Page<>(List.of(LATHE), 1, 0, 1));
        service = new OccupationCatalogServiceImpl(store);
    }

    @Test
    void onlyTheProvinceAddsOccupations() {
        assertThrows(AccessDeniedException.class, () -> service.add(NANJING, null, "车工", true, BASIS));
        verify(store, never()).create(any(), any(), anyBoolean(), any(), any());
    }

    @Test
    void anOccupationIsAddedTrimmedInTheProvincesName() {
        service.add(PROVINCE, " 6-18-01-01 ", " 车工 ", true, " " + BASIS + " ");

        verify(store).create("6-18-01-01", "车工", true, BASIS, PROVINCE_ACTOR);
    }

    @Test
    void aBlankCodeAndBasisAreStoredAsNone() {
        service.add(PROVINCE, " ", "企业自定工种", false, "");

        verify(store).create(null, "企业自定工种", false, null, PROVINCE_ACTOR);
    }

    @Test
    void aMissingNameIsRefusedNamingTheField() {
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> service.add(PROVINCE, null, "  ", false, null));

        assertEquals("name", refused.field());
        assertEquals("required", refused.rule());
    }

    @Test
    void aNameTakesAtMostOneHundredCharacters() {
        service.add(PROVINCE, null, "工".repeat(100), false, null);

        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> service.add(PROVINCE, null, "工".repeat(101), false, null));
        assertEquals("name", refused.field());
        assertEquals("length", refused.rule());
    }

    @Test
    void aCodeMustLookLikeANationalClassificationCode() {
        for (String bad : List.of("6181", "6-18-01", "6-18-1-01", "车工", "GZB 6-18-02-04", "6-18-01-01-")) {
            RuleViolationException refused = assertThrows(
                    RuleViolationException.class, () -> service.add(PROVINCE, bad, "车工", true, BASIS), bad);
            assertEquals("code", refused.field(), bad);
            assertEquals("code", refused.rule(), bad);
        }
        verify(store, never()).create(any(), any(), anyBoolean(), any(), any());
    }

    @Test
    void anOccupationWithTheStandardFlagMustNameItsBasis() {
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> service.add(PROVINCE, null, "车工", true, " "));

        assertEquals("basis", refused.field());
        assertEquals("required", refused.rule());
        verify(store, never()).create(any(), any(), anyBoolean(), any(), any());
    }

    @Test
    void aCityCannotChangeTheCatalogue() {
        assertThrows(AccessDeniedException.class, () -> service.change(NANJING, 7, 3, false, null, null));
        verify(store, never()).update(anyLong(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void aChangeKeepsWhatItLeavesNullAndIsAuditedInTheProvincesName() {
        applyChangesTo(LATHE);

        OccupationRecord retired = service.change(PROVINCE, 7, 3, null, null, false);

        assertFalse(retired.active());
        assertTrue(retired.hasSeniorTechnicianStandard());
        assertEquals(BASIS, retired.basis());
        verify(store).update(eq(7L), eq(3L), eq("change"), any(), eq(PROVINCE_ACTOR), any());
    }

    @Test
    void aChangeReplacesTheBasisAndDroppingTheFlagMayRemoveIt() {
        applyChangesTo(LATHE);

        assertEquals(
                "行业评价规范", service.change(PROVINCE, 7, 3, null, " 行业评价规范 ", null).basis());
        OccupationRecord withoutStandard = service.change(PROVINCE, 7, 3, false, "", null);
        assertFalse(withoutStandard.hasSeniorTechnicianStandard());
        assertEquals(null, withoutStandard.basis());
        assertTrue(withoutStandard.active());
    }

    @Test
    void theFlagCannotBeKeptOrSetWithoutABasis() {
        applyChangesTo(LATHE);
        RuleViolationException removed =
                assertThrows(RuleViolationException.class, () -> service.change(PROVINCE, 7, 3, null, " ", null));
        assertEquals("basis", removed.field());
        assertEquals("required", removed.rule());

        applyChangesTo(new OccupationRecord(8, 0, null, "某工种", false, null, true));
        RuleViolationException set =
                assertThrows(RuleViolationException.class, () -> service.change(PROVINCE, 8, 0, true, null, null));
        assertEquals("basis", set.field());
    }

    @Test
    void anActiveFlaggedOccupationQualifiesByItsExactTrimmedName() {
        when(store.findByName("车工")).thenReturn(Optional.of(LATHE));

        assertTrue(service.hasSeniorTechnicianStandard(" 车工 "));
    }

    @Test
    void anInactiveUnflaggedOrUnknownOccupationDoesNotQualify() {
        when(store.findByName("车工")).thenReturn(Optional.of(LATHE.withActive(false)));
        when(store.findByName("某工种"))
                .thenReturn(Optional.of(new OccupationRecord(8, 0, null, "某工种", false, null, true)));
        when(store.findByName("数控车工")).thenReturn(Optional.empty());

        assertFalse(service.hasSeniorTechnicianStandard("车工"), "retired from the catalogue");
        assertFalse(service.hasSeniorTechnicianStandard("某工种"), "no 高级技师 standard");
        assertFalse(service.hasSeniorTechnicianStandard("数控车工"), "not in the catalogue");
        assertFalse(service.hasSeniorTechnicianStandard(null));
        assertFalse(service.hasSeniorTechnicianStandard(" "));
    }

    @Test
    void everySignedInRoleListsWithTheSearchTrimmed() {
        Page<OccupationRecord> page = new Page<>(List.of(LATHE), 1, 0, 10);
        when(store.list("车", true, 0, 10)).thenReturn(page);

        assertEquals(page, service.list(APPLICANT, " 车 ", true, 0, 10));
        service.list(NANJING, " ", null, 20, 10);
        verify(store).list(null, null, 20, 10);
    }

    @Test
    void aCallerWithoutARoleCannotList() {
        Caller nobody = new Caller("nobody", Set.of(), null, null, null, null);

        assertThrows(AccessDeniedException.class, () -> service.list(nobody, null, null, 0, 10));
    }

    @SuppressWarnings("unchecked")
    private void applyChangesTo(OccupationRecord stored) {
        // doAnswer: a second stubbing must not run the first answer with the matchers' nulls
        doAnswer(call -> ((UnaryOperator<OccupationRecord>) call.getArgument(5)).apply(stored))
                .when(store)
                .update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }
}
