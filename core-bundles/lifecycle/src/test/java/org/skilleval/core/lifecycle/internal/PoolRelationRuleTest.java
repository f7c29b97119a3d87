package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.domain.PoolExpertRecord.DeclaredRelation;
import org.skilleval.core.lifecycle.ConflictOfInterestRule.Conflict;
import org.skilleval.core.persistence.ExpertPoolStore;

class PoolRelationRuleTest {

    private static final String SUZHOU_FIRM = "91320500MA1PX00038";

    private final ExpertPoolStore pool = mock(ExpertPoolStore.class);
    private final PoolRelationRule rule = new PoolRelationRule(pool);

    @Test
    void anExpertDoesNotJudgeAnEmployeeTheyDeclaredARelationToInThePool() {
        when(pool.find("SZ-EXP-01"))
                .thenReturn(Optional.of(new PoolExpertRecord(
                        1,
                        0,
                        "SZ-EXP-01",
                        "钱工",
                        "车工",
                        "苏州某精密制造",
                        "",
                        "3205",
                        List.of(
                                new DeclaredRelation(SUZHOU_FIRM, "E77", ExpertRelation.Kind.MENTOR, "带徒三年"),
                                new DeclaredRelation(SUZHOU_FIRM, "E78", ExpertRelation.Kind.RELATIVE, "")),
                        true)));
        PanelMember qian = new PanelMember("SZ-EXP-01", "钱工", "苏州某精密制造", "", false, "", List.of());

        List<Conflict> conflicts = rule.conflicts(qian, employee(41, SUZHOU_FIRM + "-E77"));

        assertEquals(1, conflicts.size());
        assertEquals(PoolRelationRule.ID, conflicts.get(0).ruleId());
        assertTrue(
                conflicts.get(0).reason().zh().contains("师傅"),
                conflicts.get(0).reason().zh());
        assertTrue(conflicts.get(0).reason().zh().contains("带徒三年"));
        assertEquals(List.of(), rule.conflicts(qian, employee(42, SUZHOU_FIRM + "-E79")));
        // The same employee number at another enterprise is another person
        assertEquals(List.of(), rule.conflicts(qian, employee(43, "91320100MA1NJ0001M-E77")));
    }

    @Test
    void aMemberWhoIsNotInThePoolHasNothingDeclaredThere() {
        when(pool.find("OUTSIDE-1")).thenReturn(Optional.empty());
        PanelMember outsider = new PanelMember("OUTSIDE-1", "外聘专家", "东南大学", "", false, "", List.of());

        assertEquals(List.of(), rule.conflicts(outsider, employee(41, SUZHOU_FIRM + "-E77")));
    }

    private static ApplicationRecord employee(long id, String applicantKey) {
        ApplicationRecord c = PanelChecksTest.candidate(id, "机加车间");
        return new ApplicationRecord(
                c.id(),
                c.version(),
                c.roundId(),
                c.participationId(),
                c.creditCode(),
                c.cityCode(),
                applicantKey,
                c.form(),
                c.status(),
                c.eligibility(),
                c.enterpriseOpinion());
    }
}
