package org.skilleval.plugin.incompanycommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;
import org.skilleval.plugin.testing.AssessmentMethodContract;
import org.skilleval.plugin.testing.PluginTrial;

class InCompanyCommendationMethodTest implements AssessmentMethodContract<InCompanyCommendationMethod> {

    private static final List<String> HONOURS = List.of(
            "model-worker",
            "chief-technician",
            "technical-expert",
            "skill-competition",
            "outstanding-mentor",
            "rationalisation-award");

    private final InCompanyCommendationMethod method = new InCompanyCommendationMethod(Map.of());

    @Override
    public InCompanyCommendationMethod method() {
        return method;
    }

    /** A sheet with the given counts; every other default honour 0. */
    private static ScoreSheet sheet(String expert, String... honourCounts) {
        Map<String, BigDecimal> points = new HashMap<>();
        HONOURS.forEach(h -> points.put(h, BigDecimal.ZERO));
        for (int i = 0; i < honourCounts.length; i += 2) {
            points.put(honourCounts[i], new BigDecimal(honourCounts[i + 1]));
        }
        return new ScoreSheet(expert, points, "");
    }

    private static Parameters config(String... keyValues) {
        return PluginTrial.configuration(keyValues);
    }

    private static InvalidInputException refused(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run);
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    private static List<String> zh(MethodResult result) {
        return result.reasons().stream().map(LocalizedText::zh).toList();
    }

    @Test
    void describesItselfAsInCompanyCommendation() {
        assertEquals("in-company-commendation", method.id());
        assertEquals("企业内表彰", method.name().zh());
        assertEquals("In-company commendation", method.name().en());
        assertTrue(method.description().zh().contains("多数评委认可的次数"));
        assertEquals(
                List.of(
                        "points.model-worker",
                        "points.chief-technician",
                        "points.technical-expert",
                        "points.skill-competition",
                        "points.outstanding-mentor",
                        "points.rationalisation-award",
                        "cap",
                        "repeatFactor",
                        "maxCount",
                        "agreement",
                        "minExperts"),
                method.parameters().stream().map(ParameterSpec::key).toList());
        assertEquals(
                List.of("30", "30", "20", "15", "10", "5", "100", "0.5", "10", "median", "1"),
                method.parameters().stream().map(ParameterSpec::defaultValue).toList());
        assertEquals(
                List.of("honours", "certificates"),
                method.evidence().fields().stream()
                        .filter(EvidenceField::required)
                        .map(EvidenceField::id)
                        .toList());
    }

    @Test
    void defaultSheetHasOneCountLinePerHonourShowingItsPoints() {
        ScoreSheetSchema schema = method.scoreSheet(Parameters.empty());
        assertEquals(HONOURS, schema.items().stream().map(ScoreItem::id).toList());
        ScoreItem modelWorker = schema.items().get(0);
        assertEquals("企业级劳动模范（次数）", modelWorker.label().zh());
        assertEquals(0, modelWorker.maxPoints().compareTo(BigDecimal.TEN));
        assertFalse(modelWorker.isVeto());
        LevelDescriptor howTo = modelWorker.levels().get(0);
        assertEquals(0, howTo.from().signum());
        assertEquals(0, howTo.to().compareTo(BigDecimal.TEN));
        assertEquals(
                "填写经证书核实的获得次数（整数）；首次 30 分，同一表彰再次获得每次 15 分；合计封顶 100 分",
                howTo.description().zh());
        assertTrue(
                schema.items().get(5).levels().get(0).description().en().contains("5 points for the first, 2.5 for"),
                schema.items().get(5).levels().get(0).description().en());
    }

    @Test
    void theSheetFollowsTheConfiguredTable() {
        ScoreSheetSchema schema = method.scoreSheet(config(
                "points.model-worker", "50",
                "points.skill-competition", "0",
                "points.rationalisation-award", "0",
                "cap", "80",
                "repeatFactor", "0",
                "maxCount", "3"));
        assertEquals(
                List.of("model-worker", "chief-technician", "technical-expert", "outstanding-mentor"),
                schema.items().stream().map(ScoreItem::id).toList());
        ScoreItem modelWorker = schema.items().get(0);
        assertEquals(0, modelWorker.maxPoints().compareTo(BigDecimal.valueOf(3)));
        assertTrue(modelWorker.levels().get(0).description().zh().contains("每项 50 分，同一表彰只计一次；合计封顶 80 分"));

        String full = method.scoreSheet(config("repeatFactor", "1"))
                .items()
                .get(0)
                .levels()
                .get(0)
                .description()
                .zh();
        assertTrue(full.contains("每次 30 分，同一表彰每次均全额计分"), full);
    }

    @Test
    void countsAreTurnedIntoPointsByTheTableWithRepeatsAtHalf() {
        MethodResult result = method.evaluate(
                List.of(sheet("hr", "model-worker", "1", "technical-expert", "2", "rationalisation-award", "3")),
                Parameters.empty());

        assertEquals("in-company-commendation", result.methodId());
        assertEquals(new BigDecimal("70.00"), result.score());
        assertEquals(0, result.maxScore().compareTo(BigDecimal.valueOf(100)));
        assertFalse(result.vetoed());
        assertEquals(
                List.of(
                        "表彰折算合计 70.00 / 100 分",
                        "企业级劳动模范 × 1 = 30.00 分",
                        "企业技术能手 × 2 = 30.00 分（首次 20 分，再次每次 10 分）",
                        "合理化建议奖 × 3 = 10.00 分（首次 5 分，再次每次 2.5 分）"),
                zh(result));
        assertEquals(
                "Enterprise technical expert × 2 = 30.00 points (20 for the first, 10 for each further one)",
                result.reasons().get(2).en());
        assertEquals(BigDecimal.ONE, result.itemScores().get("model-worker"));
        assertEquals(BigDecimal.valueOf(2), result.itemScores().get("technical-expert"));
        assertEquals(BigDecimal.ZERO, result.itemScores().get("chief-technician"));
        assertEquals(6, result.itemScores().size());
    }

    @Test
    void theRepeatFactorDecidesWhatFurtherHonoursEarn() {
        List<ScoreSheet> three = List.of(sheet("hr", "model-worker", "3"));
        assertEquals(
                new BigDecimal("30.00"),
                method.evaluate(three, config("repeatFactor", "0")).score());
        assertEquals(
                new BigDecimal("90.00"),
                method.evaluate(three, config("repeatFactor", "1")).score());
        // 30 + 2 × 30 × 0.333 = 49.98
        assertEquals(
                new BigDecimal("49.98"),
                method.evaluate(three, config("repeatFactor", "0.333")).score());
    }

    @Test
    void theTotalIsCappedAndTheCapIsTheMaximum() {
        List<ScoreSheet> many =
                List.of(sheet("hr", "model-worker", "2", "chief-technician", "2", "technical-expert", "1"));

        MethodResult capped = method.evaluate(many, Parameters.empty());
        assertEquals(new BigDecimal("100.00"), capped.score());
        assertEquals(0, capped.maxScore().compareTo(BigDecimal.valueOf(100)));
        assertEquals(
                "表彰折算合计 110.00 分，超过封顶分，得 100.00 / 100", capped.reasons().get(0).zh());
        assertEquals(
                "Honours total 110.00 points, above the cap: 100.00 / 100",
                capped.reasons().get(0).en());

        MethodResult atCap = method.evaluate(many, config("cap", "110"));
        assertEquals(new BigDecimal("110.00"), atCap.score());
        assertEquals("表彰折算合计 110.00 / 110 分", atCap.reasons().get(0).zh());

        MethodResult smallCap = method.evaluate(many, config("cap", "37.5"));
        assertEquals(new BigDecimal("37.50"), smallCap.score());
        assertEquals(0, smallCap.maxScore().compareTo(new BigDecimal("37.5")));

        // The declared scale is the cap, not the count sheet's total, so the core accepts the results.
        assertEquals(0, method.maxScore(config("cap", "37.5")).compareTo(smallCap.maxScore()));
        assertEquals(0, method.maxScore(Parameters.empty()).compareTo(capped.maxScore()));
        assertNotEquals(0, method.scoreSheet(Parameters.empty()).maxTotal().compareTo(capped.maxScore()));
    }

    @Test
    void noHonourScoresZeroAndSaysSo() {
        MethodResult result = method.evaluate(List.of(sheet("hr")), Parameters.empty());
        assertEquals(new BigDecimal("0.00"), result.score());
        assertEquals(List.of("表彰折算合计 0.00 / 100 分", "未认定任何企业内表彰"), zh(result));
    }

    @Test
    void differingCountsTakeTheCountAMajorityConfirms() {
        List<ScoreSheet> sheets = new ArrayList<>(List.of(
                sheet("e1", "model-worker", "2", "outstanding-mentor", "1"),
                sheet("e2", "model-worker", "1", "outstanding-mentor", "1"),
                sheet("e3", "model-worker", "1", "outstanding-mentor", "1")));

        MethodResult result = method.evaluate(sheets, Parameters.empty());
        assertEquals(new BigDecimal("40.00"), result.score());
        assertEquals(BigDecimal.ONE, result.itemScores().get("model-worker"));
        assertEquals(
                "评委填写的“企业级劳动模范”次数不一致（e1: 2, e2: 1, e3: 1），取多数评委认可的 1 次",
                result.reasons().get(3).zh());
        assertEquals(4, result.reasons().size());

        Collections.reverse(sheets);
        assertEquals(result, method.evaluate(sheets, Parameters.empty()));
    }

    @Test
    void eachExpertsOwnCountsAreTurnedIntoPointsByTheSameTableAndCap() {
        MethodResult result = method.evaluate(
                List.of(
                        sheet("e1", "model-worker", "2", "outstanding-mentor", "1"),
                        sheet("e2", "model-worker", "1", "outstanding-mentor", "1"),
                        sheet("e3", "model-worker", "3", "chief-technician", "2", "technical-expert", "1")),
                Parameters.empty());

        // e1: 30 + 15 + 10; e2: 30 + 10; e3: (30 + 15 + 15) + (30 + 15) + 20 = 125, capped at 100
        assertEquals(
                Map.of("e1", new BigDecimal("55.00"), "e2", new BigDecimal("40.00"), "e3", new BigDecimal("100.00")),
                result.expertTotals());
        // The score still takes the counts a majority confirms: model worker 2, mentor 1, chief 0.
        assertEquals(new BigDecimal("55.00"), result.score());

        MethodResult repeatsOnce = method.evaluate(
                List.of(sheet("e1", "model-worker", "3"), sheet("e2", "model-worker", "1")),
                config("repeatFactor", "0", "cap", "37.5"));
        assertEquals(Map.of("e1", new BigDecimal("30.00"), "e2", new BigDecimal("30.00")), repeatsOnce.expertTotals());
    }

    @Test
    void withTwoDifferingSheetsTheLowerCountIsTaken() {
        List<ScoreSheet> sheets = List.of(sheet("e2", "chief-technician", "2"), sheet("e1", "chief-technician", "1"));
        MethodResult result = method.evaluate(sheets, Parameters.empty());
        assertEquals(new BigDecimal("30.00"), result.score());
        assertTrue(
                result.reasons().get(2).en().contains("(e1: 1, e2: 2)"),
                result.reasons().get(2).en());

        List<ScoreSheet> fourSheets = List.of(
                sheet("e1", "chief-technician", "0"),
                sheet("e2", "chief-technician", "2"),
                sheet("e3", "chief-technician", "2"),
                sheet("e4", "chief-technician", "3"));
        assertEquals(
                BigDecimal.valueOf(2),
                method.evaluate(fourSheets, Parameters.empty()).itemScores().get("chief-technician"));
    }

    @Test
    void unanimousAgreementRefusesDifferingCountsAndAcceptsEqualOnes() {
        Parameters unanimous = config("agreement", "unanimous");
        List<ScoreSheet> differing = List.of(
                sheet("e1", "model-worker", "2", "outstanding-mentor", "1"),
                sheet("e2", "model-worker", "1", "outstanding-mentor", "2"));

        InvalidInputException e = refused(() -> method.evaluate(differing, unanimous));
        assertEquals(
                List.of("points.model-worker:disagreement", "points.outstanding-mentor:disagreement"),
                rules(e.violations()));
        assertTrue(e.violations().get(0).message().zh().contains("e1: 2, e2: 1"));
        assertTrue(e.violations().get(0).message().en().contains("the work plan requires them to agree"));

        List<ScoreSheet> equal = List.of(sheet("e1", "model-worker", "2"), sheet("e2", "model-worker", "2"));
        MethodResult result = method.evaluate(equal, unanimous);
        assertEquals(new BigDecimal("45.00"), result.score());
        assertEquals(2, result.reasons().size());
    }

    @Test
    void sheetsRecordWholeNumbersWithinTheMaximumCount() {
        assertEquals(List.of(), method.validate(sheet("hr", "model-worker", "2.00"), Parameters.empty()));
        assertEquals(
                List.of("points.model-worker:integer"),
                rules(method.validate(sheet("hr", "model-worker", "1.5"), Parameters.empty())));
        assertTrue(method.validate(sheet("hr", "model-worker", "1.5"), Parameters.empty())
                .get(0)
                .message()
                .zh()
                .contains("须为整数"));
        assertEquals(
                List.of("points.model-worker:range"),
                rules(method.validate(sheet("hr", "model-worker", "11"), Parameters.empty())));
        assertEquals(
                List.of("points.model-worker:range"),
                rules(method.validate(sheet("hr", "model-worker", "-1.5"), Parameters.empty())));
        assertEquals(
                List.of("points.model-worker:range"),
                rules(method.validate(sheet("hr", "model-worker", "4"), config("maxCount", "3"))));
        assertEquals(List.of(), method.validate(sheet("hr", "model-worker", "10"), Parameters.empty()));
    }

    @Test
    void anHonourThePlanValuesAtZeroIsNotOnTheSheet() {
        assertEquals(
                List.of("points.rationalisation-award:unknown"),
                rules(method.validate(
                        sheet("hr", "rationalisation-award", "1"), config("points.rationalisation-award", "0"))));
    }

    @Test
    void invalidSheetsAreRefusedByTheEvaluationNamingTheExpert() {
        InvalidInputException e = refused(() -> method.evaluate(
                List.of(sheet("e1", "model-worker", "1"), sheet("e2", "model-worker", "0.5")), Parameters.empty()));
        assertEquals(List.of("sheets[e2].points.model-worker:integer"), rules(e.violations()));
    }

    @Test
    void aPlanCanAskForMoreSheets() {
        assertEquals(
                List.of("sheets:min-experts"),
                rules(refused(() -> method.evaluate(List.of(sheet("e1")), config("minExperts", "2")))
                        .violations()));
    }

    @Test
    void everyConfigurationViolationIsReportedNamingItsKey() {
        Parameters bad = config(
                "points.model-worker", "-1",
                "points.chief-technician", "thirty",
                "points.technical-expert", "1.005",
                "points.provincial-model-worker", "40",
                "cap", "0",
                "repeatFactor", "1.5",
                "maxCount", "100",
                "minExperts", "0",
                "agreement", "majority",
                "bonus", "5");

        InvalidInputException e = refused(() -> method.scoreSheet(bad));
        assertEquals(
                List.of(
                        "points.model-worker:range",
                        "points.chief-technician:decimal",
                        "points.technical-expert:scale",
                        "cap:range",
                        "repeatFactor:range",
                        "maxCount:range",
                        "minExperts:min",
                        "agreement:one-of",
                        "bonus:unknown",
                        "points.provincial-model-worker:unknown"),
                rules(e.violations()));
        for (Violation v : e.violations()) {
            assertTrue(v.message().zh().contains(v.field()), v.message().zh());
            assertTrue(v.message().en().contains(v.field()), v.message().en());
        }
        assertTrue(e.violations().get(9).message().zh().contains("model-worker, chief-technician"));
        assertTrue(e.violations().get(7).message().en().contains("median"));
    }

    @Test
    void moreConfigurationViolations() {
        assertEquals(
                List.of("cap:range", "repeatFactor:range", "maxCount:range"),
                rules(refused(() -> method.scoreSheet(config("cap", "-5", "repeatFactor", "-0.1", "maxCount", "0")))
                        .violations()));
        assertEquals(
                List.of("cap:scale", "repeatFactor:decimal", "maxCount:integer", "minExperts:integer"),
                rules(refused(() -> method.scoreSheet(config(
                                "cap", "99.999", "repeatFactor", "half", "maxCount", "ten", "minExperts", "one")))
                        .violations()));
        InvalidInputException none = refused(() -> method.validate(
                sheet("hr"),
                config(
                        "points.model-worker", "0",
                        "points.chief-technician", "0",
                        "points.technical-expert", "0",
                        "points.skill-competition", "0",
                        "points.outstanding-mentor", "0",
                        "points.rationalisation-award", "0.00")));
        assertEquals(List.of("points.*:none"), rules(none.violations()));
        InvalidInputException atEvaluation =
                refused(() -> method.evaluate(List.of(sheet("hr")), config("agreement", "")));
        assertEquals(List.of("agreement:one-of"), rules(atEvaluation.violations()));
    }

    @Test
    void boundaryConfigurationValuesAreAccepted() {
        ScoreSheetSchema schema = method.scoreSheet(config(
                "points.model-worker", "0.01",
                "cap", "0.01",
                "repeatFactor", "1",
                "maxCount", "99",
                "agreement", " Unanimous ",
                "minExperts", "1"));
        assertEquals(0, schema.items().get(0).maxPoints().compareTo(BigDecimal.valueOf(99)));
        MethodResult result =
                method.evaluate(List.of(sheet("hr", "model-worker", "99")), config("cap", "0.01", "maxCount", "99"));
        assertEquals(new BigDecimal("0.01"), result.score());
    }
}
