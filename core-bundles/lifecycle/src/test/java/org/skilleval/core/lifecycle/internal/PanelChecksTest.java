package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.lifecycle.ConflictOfInterestRule;
import org.skilleval.core.lifecycle.PanelConflict;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.plugin.api.dto.LocalizedText;

/** The conflict-of-interest rules and the divergence of sheets from the panel's medians. */
class PanelChecksTest {

    private static final String ID_NUMBER = "32050219800101123" + ResidentIdNumber.checkCharacter("32050219800101123");

    // --- conflicts of interest ---

    @ParameterizedTest
    @EnumSource(ExpertRelation.Kind.class)
    void everyDeclaredRelationToTheCandidateIsAConflictAndOnlyToThatCandidate(ExpertRelation.Kind kind) {
        PanelMember member = internal("e1", "", new ExpertRelation(41, kind, "二十年"));

        List<ConflictOfInterestRule.Conflict> conflicts =
                new DeclaredRelationRule().conflicts(member, candidate(41, "机加车间"));

        assertEquals(1, conflicts.size());
        assertEquals("coi.declared-relation", conflicts.get(0).ruleId());
        assertTrue(
                conflicts.get(0).reason().zh().contains("二十年"),
                conflicts.get(0).reason().zh());
        assertEquals(List.of(), new DeclaredRelationRule().conflicts(member, candidate(42, "机加车间")));
    }

    @Test
    void eachRelationSaysWhatItIs() {
        Map<ExpertRelation.Kind, String> words = Map.of(
                ExpertRelation.Kind.DIRECT_SUPERIOR, "直接上级",
                ExpertRelation.Kind.DIRECT_SUBORDINATE, "直接下级",
                ExpertRelation.Kind.MENTOR, "师傅",
                ExpertRelation.Kind.APPRENTICE, "徒弟",
                ExpertRelation.Kind.RELATIVE, "亲属");
        words.forEach((kind, word) -> assertTrue(new DeclaredRelationRule()
                .conflicts(internal("e1", "", new ExpertRelation(41, kind, "")), candidate(41, ""))
                .get(0)
                .reason()
                .zh()
                .contains(word)));
    }

    @Test
    void theSameDepartmentIgnoresCaseAndWhitespaceButNeedsBothNamed() {
        SameDepartmentRule rule = new SameDepartmentRule();

        assertEquals(
                "coi.same-department",
                rule.conflicts(internal("e1", " 机加 车间 "), candidate(41, "机加车间"))
                        .get(0)
                        .ruleId());
        assertEquals(
                1,
                rule.conflicts(internal("e1", "Machining\u3000Shop"), candidate(41, "machining shop"))
                        .size());
        assertEquals(List.of(), rule.conflicts(internal("e1", "装配车间"), candidate(41, "机加车间")));
        assertEquals(List.of(), rule.conflicts(internal("e1", ""), candidate(41, "")));
        assertEquals(List.of(), rule.conflicts(internal("e1", "  "), candidate(41, " ")));
        assertEquals(List.of(), rule.conflicts(internal("e1", "机加车间"), candidate(41, null)));
        assertEquals(List.of(), rule.conflicts(new PanelMember("e1", "外聘", "大学", "", false), candidate(41, "机加车间")));
    }

    @Test
    void aCityRuleAppliesOnlyToItsCitysEnterprisesAndGoesWithItsService() {
        PanelChecks checks = new PanelChecks(BigDecimal.ONE).with(new SuzhouWorkshopRule(), "3205");
        List<PanelMember> head = List.of(internal("e1", "金工车间"));
        List<ApplicationRecord> team = List.of(candidate(41, "金工车间/三班组"));

        List<PanelConflict> inSuzhou = checks.conflicts("3205", head, team);

        assertEquals(1, inSuzhou.size());
        assertEquals("coi.3205.workshop-chain", inSuzhou.get(0).ruleId());
        assertEquals("e1", inSuzhou.get(0).expertId());
        assertEquals(41, inSuzhou.get(0).applicationId());
        assertEquals(List.of(), checks.conflicts("3201", head, team));
        // Neither an unrelated workshop nor the same department (that is the common rule's) is a chain.
        assertEquals(List.of(), checks.conflicts("3205", List.of(internal("e1", "金工车间二")), team));
        assertEquals(List.of(), checks.conflicts("3205", List.of(internal("e1", "金工车间/三班组")), team));
        assertEquals(
                1,
                checks.conflicts("3205", List.of(internal("e1", "金工车间 / 三班组 / 二组")), team)
                        .size());
    }

    @Test
    void aRuleRegisteredForSeveralCitiesAppliesInEachAndUnbindingRemovesIt() {
        ConflictOfInterestRule always = (member, candidate) ->
                List.of(new ConflictOfInterestRule.Conflict("always", LocalizedText.of("总是", "always")));
        PanelChecks checks = new PanelChecks(BigDecimal.ONE);
        Map<String, Object> properties =
                Map.of(ConflictOfInterestRule.CITY_PROPERTY, new String[] {"3201", "3205"}, "service.id", 9L);
        checks.bindRule(always, properties);
        List<PanelMember> member = List.of(internal("e1", ""));
        List<ApplicationRecord> candidate = List.of(candidate(41, ""));

        assertEquals(1, checks.conflicts("3201", member, candidate).size());
        assertEquals(1, checks.conflicts("3205", member, candidate).size());
        assertEquals(0, checks.conflicts("3202", member, candidate).size());
        checks.unbindRule((m, c) -> List.of(), properties); // another instance under that id: kept
        assertEquals(1, checks.conflicts("3201", member, candidate).size());
        checks.unbindRule(always, properties);
        assertEquals(0, checks.conflicts("3201", member, candidate).size());
    }

    @Test
    void everyMemberIsCheckedAgainstEveryCandidateAndReasonsNeverQuoteAnIdNumber() {
        ConflictOfInterestRule careless =
                (member, candidate) -> member.expertId().equals("e2")
                        ? List.of(new ConflictOfInterestRule.Conflict(
                                "careless",
                                LocalizedText.of(
                                        "身份证 " + candidate.form().idNumber(),
                                        "ID " + candidate.form().idNumber().toLowerCase(java.util.Locale.ROOT))))
                        : List.of();
        PanelChecks checks =
                new PanelChecks(BigDecimal.ONE).with(new SameDepartmentRule()).with(careless);
        List<PanelMember> members = List.of(internal("e1", "机加车间"), internal("e2", ""), internal("e3", ""));

        List<PanelConflict> found =
                checks.conflicts("3205", members, List.of(candidate(42, "装配车间"), candidate(41, "机加车间")));

        assertEquals(
                List.of("e1/41/coi.same-department", "e2/41/careless", "e2/42/careless"),
                found.stream()
                        .map(c -> c.expertId() + "/" + c.applicationId() + "/" + c.ruleId())
                        .toList());
        found.forEach(c -> {
            assertFalse(c.reason().zh().contains(ID_NUMBER), c.reason().zh());
            assertFalse(c.reason().en().toUpperCase(java.util.Locale.ROOT).contains(ID_NUMBER));
        });
        assertTrue(found.get(1).reason().zh().contains(ResidentIdNumber.mask(ID_NUMBER)));
    }

    @Test
    void aFailingRuleRefusesRatherThanLettingAPanelThroughUnchecked() {
        PanelChecks checks = new PanelChecks(BigDecimal.ONE).with((member, candidate) -> {
            throw new IllegalStateException("bug");
        });

        assertEquals(
                "conflict-rule-failed",
                assertThrows(
                                RuleViolationException.class,
                                () -> checks.conflicts("3201", List.of(internal("e1", "")), List.of(candidate(41, ""))))
                        .rule());
        assertEquals(List.of(), checks.conflicts("3201", List.of(internal("e1", "")), List.of()));
    }

    // --- divergence ---

    @Test
    void theMedianOfAnOddPanelIsTheMiddleScoreAndOnlyBeyondTheGapFlags() {
        PanelChecks checks = new PanelChecks(new BigDecimal("5"));
        // item a: 10, 20, 20, 21, 26 -> median 20; 10 is 10 away, 26 is 6 away, 21 is 1 away
        // item b: 15, 10, 10, 10, 5 -> median 10; 15 and 5 are exactly 5 away: not flagged
        List<ScoreSheetRecord> sheets = List.of(
                submitted(1, "e1", "10", "15"),
                submitted(2, "e2", "20", "10"),
                submitted(3, "e3", "20", "10"),
                submitted(4, "e4", "21", "10"),
                submitted(5, "e5", "26", "5"));

        Map<Long, DivergenceFlag> flags = checks.divergence(sheets, members(5));

        assertEquals(Set.of(1L, 5L), flags.keySet());
        assertEquals(
                Map.of("a", new DivergenceFlag.Item(new BigDecimal("10"), new BigDecimal("20"))),
                flags.get(1L).items());
        assertEquals(
                Map.of("a", new DivergenceFlag.Item(new BigDecimal("26"), new BigDecimal("20"))),
                flags.get(5L).items());
        assertTrue(flags.get(1L).undecided());
        assertEquals(new BigDecimal("5"), flags.get(1L).gap());
    }

    @Test
    void aGapOfZeroFlagsNothingAndClearsEveryFlag() {
        List<ScoreSheetRecord> sheets = new ArrayList<>(
                List.of(submitted(1, "e1", "0", "0"), submitted(2, "e2", "30", "30"), submitted(3, "e3", "30", "30")));
        sheets.set(0, sheets.get(0).withDivergence(openFlag("a", "0", "30")));

        assertEquals(Map.of(), new PanelChecks(BigDecimal.ZERO).divergence(sheets, members(3)));
        assertEquals(
                Set.of(1L),
                new PanelChecks(BigDecimal.ONE).divergence(sheets, members(3)).keySet());
    }

    @Test
    void untilEveryMemberSubmittedTheFlagsStayAsTheyAre() {
        DivergenceFlag open = openFlag("a", "0", "30");
        List<ScoreSheetRecord> sheets = List.of(
                submitted(1, "e1", "0", "0").withDivergence(open),
                submitted(2, "e2", "30", "30").unlocked("复议"),
                submitted(3, "e3", "30", "30"));
        PanelChecks checks = new PanelChecks(BigDecimal.ONE);

        assertEquals(Map.of(1L, open), checks.divergence(sheets, members(3)));
        assertEquals(Map.of(1L, open), checks.divergence(sheets.subList(0, 1), members(3)));
    }

    @Test
    void aKeptFlagStaysDecidedWhileTheSamePointsDivergeAndReopensWhenTheyChange() {
        DivergenceFlag kept =
                openFlag("a", "0", "30").decided(DivergenceFlag.Outcome.KEPT, "复议后维持", "chair", Instant.EPOCH);
        PanelChecks checks = new PanelChecks(BigDecimal.ONE);
        List<ScoreSheetRecord> same = List.of(
                submitted(1, "e1", "0", "0").withDivergence(kept),
                submitted(2, "e2", "30", "0"),
                submitted(3, "e3", "29", "0"));

        DivergenceFlag stays = checks.divergence(same, members(3)).get(1L);
        assertEquals(DivergenceFlag.Outcome.KEPT, stays.outcome());
        assertEquals(new BigDecimal("29"), stays.items().get("a").median());

        List<ScoreSheetRecord> revised = List.of(
                submitted(1, "e1", "1", "0").withDivergence(kept),
                submitted(2, "e2", "30", "0"),
                submitted(3, "e3", "29", "0"));
        assertTrue(checks.divergence(revised, members(3)).get(1L).undecided());
        DivergenceFlag revisedFlag = kept.decided(DivergenceFlag.Outcome.REVISED, "请修改", "chair", Instant.EPOCH);
        List<ScoreSheetRecord> resubmitted = List.of(
                submitted(1, "e1", "28", "0").withDivergence(revisedFlag),
                submitted(2, "e2", "30", "0"),
                submitted(3, "e3", "29", "0"));
        assertNull(checks.divergence(resubmitted, members(3)).get(1L));
    }

    @Test
    void sheetsOfExpertsNoLongerOnThePanelAreLeftOutOfTheMedian() {
        List<ScoreSheetRecord> sheets = List.of(
                submitted(1, "e1", "10", "0"),
                submitted(2, "e2", "10", "0"),
                submitted(3, "e3", "10", "0"),
                submitted(4, "gone", "90", "0"));

        assertEquals(Map.of(), new PanelChecks(BigDecimal.ONE).divergence(sheets, members(3)));
        assertEquals(new BigDecimal("15"), PanelChecks.median(Arrays.asList(BigDecimal.TEN, new BigDecimal("20"))));
    }

    private static DivergenceFlag openFlag(String item, String points, String median) {
        return DivergenceFlag.open(
                BigDecimal.ONE, Map.of(item, new DivergenceFlag.Item(new BigDecimal(points), new BigDecimal(median))));
    }

    private static List<PanelMember> members(int size) {
        List<PanelMember> members = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            members.add(new PanelMember("e" + i, "专家" + i, "大学", "", i == 1));
        }
        return members;
    }

    private static ScoreSheetRecord submitted(long id, String expertId, String a, String b) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("a", new BigDecimal(a));
        points.put("b", new BigDecimal(b));
        return new ScoreSheetRecord(
                id,
                1,
                41,
                21,
                "oral-defense",
                expertId,
                points,
                "",
                ScoreSheetRecord.Status.SUBMITTED,
                Instant.EPOCH,
                "");
    }

    private static PanelMember internal(String expertId, String department, ExpertRelation... relations) {
        return new PanelMember(expertId, "专家" + expertId, "苏州某电子", "", false, department, List.of(relations));
    }

    static ApplicationRecord candidate(long id, String department) {
        ApplicationForm form = new ApplicationForm(
                "候选人" + id,
                ID_NUMBER,
                null,
                YearMonth.of(1980, 1),
                "大专",
                null,
                null,
                null,
                "苏州某电子",
                department,
                null,
                null,
                null,
                "精密车削",
                List.of(),
                List.of(),
                "",
                List.of(),
                List.of(),
                List.of(),
                new ApplicationForm.Declaration(true, LocalDate.of(2027, 1, 20)),
                "车工",
                EligibilityPath.A_SENIOR_TECHNICIAN,
                LocalDate.of(2015, 7, 1),
                true,
                null,
                List.of());
        return new ApplicationRecord(
                id,
                1,
                7,
                3,
                "91320500MA1PX00038",
                "3205",
                "applicant-" + id,
                form,
                ApplicationStatus.ENDORSED,
                new EligibilityDecision(true, Set.of(EligibilityPath.A_SENIOR_TECHNICIAN), List.of(), List.of(), null),
                "同意推荐");
    }
}
