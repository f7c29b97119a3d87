package org.skilleval.plugin.performancereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;
import org.skilleval.plugin.testing.AssessmentMethodContract;
import org.skilleval.plugin.testing.PluginTrial;

class PerformanceReviewMethodTest implements AssessmentMethodContract<PerformanceReviewMethod> {

    private final PerformanceReviewMethod method = new PerformanceReviewMethod(Map.of());

    @Override
    public PerformanceReviewMethod method() {
        return method;
    }

    private static ScoreSheet sheet(
            String expert, String renovation, String innovation, String productivity, String mentoring) {
        return new ScoreSheet(
                expert,
                Map.of(
                        "technical-renovation", new BigDecimal(renovation),
                        "research-innovation", new BigDecimal(innovation),
                        "productivity", new BigDecimal(productivity),
                        "mentoring", new BigDecimal(mentoring)),
                "");
    }

    private static List<ScoreSheet> threeExperts() {
        return List.of(
                sheet("e1", "20", "15", "18", "10"),
                sheet("e2", "21", "14.5", "17", "12"),
                sheet("e3", "22", "16", "19.5", "11"));
    }

    private static Parameters config(String... keyValues) {
        return PluginTrial.configuration(keyValues);
    }

    private static InvalidInputException refused(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run);
    }

    @Test
    void describesItselfAsPerformanceReview() {
        assertEquals("performance-review", method.id());
        assertEquals("业绩评审", method.name().zh());
        assertEquals("Performance review", method.name().en());
        assertTrue(method.description().zh().contains("平均分"));
        assertEquals(
                List.of(
                        "minExperts",
                        "max.technical-renovation",
                        "max.research-innovation",
                        "max.productivity",
                        "max.mentoring",
                        "weight.technical-renovation",
                        "weight.research-innovation",
                        "weight.productivity",
                        "weight.mentoring"),
                method.parameters().stream().map(ParameterSpec::key).toList());
        assertEquals(
                List.of("3", "25", "25", "25", "25", "1", "1", "1", "1"),
                method.parameters().stream().map(ParameterSpec::defaultValue).toList());
        List<EvidenceField> fields = method.evidence().fields();
        assertEquals(
                List.of("work-summary", "supporting-documents"),
                fields.stream()
                        .filter(EvidenceField::required)
                        .map(EvidenceField::id)
                        .toList());
        assertTrue(fields.stream().anyMatch(f -> f.id().equals("mentoring")));
    }

    @Test
    void defaultSheetHasFourAreasOf25PointsWithFiveBandsEach() {
        ScoreSheetSchema schema = method.scoreSheet(Parameters.empty());
        assertEquals(
                List.of("technical-renovation", "research-innovation", "productivity", "mentoring"),
                schema.items().stream().map(ScoreItem::id).toList());
        assertEquals(0, schema.maxTotal().compareTo(BigDecimal.valueOf(100)));
        ScoreItem renovation = schema.items().get(0);
        assertEquals("技术改造", renovation.label().zh());
        assertEquals(
                List.of("0.00–4.99", "5.00–9.99", "10.00–14.99", "15.00–19.99", "20.00–25"),
                renovation.levels().stream()
                        .map(l -> l.from().toPlainString() + "–" + l.to().toPlainString())
                        .toList());
        assertEquals("无明显技术改造业绩", renovation.levels().get(0).description().zh());
        assertTrue(renovation.levels().get(4).description().zh().contains("省级以上推广"));
        for (ScoreItem item : schema.items()) {
            assertFalse(item.isVeto(), item.id());
            assertEquals(0, item.weight().compareTo(BigDecimal.ONE), item.id());
            assertBandsCover(item);
        }
    }

    @Test
    void bandsFollowAConfiguredMaximum() {
        ScoreSheetSchema schema = method.scoreSheet(config("max.mentoring", "12.55", "max.productivity", "1"));
        ScoreItem mentoring = schema.item("mentoring").orElseThrow();
        assertEquals(new BigDecimal("12.55"), mentoring.maxPoints());
        assertEquals(new BigDecimal("10.04"), mentoring.levels().get(4).from());
        assertBandsCover(mentoring);
        ScoreItem productivity = schema.item("productivity").orElseThrow();
        assertEquals(new BigDecimal("0.19"), productivity.levels().get(0).to());
        assertBandsCover(productivity);
        assertEquals(0, schema.maxTotal().compareTo(new BigDecimal("63.55")));
    }

    private static void assertBandsCover(ScoreItem item) {
        List<LevelDescriptor> levels = item.levels();
        assertEquals(5, levels.size(), item.id());
        assertEquals(0, levels.get(0).from().signum(), item.id());
        assertEquals(0, levels.get(4).to().compareTo(item.maxPoints()), item.id());
        for (int i = 1; i < levels.size(); i++) {
            assertEquals(
                    0,
                    levels.get(i - 1)
                            .to()
                            .add(new BigDecimal("0.01"))
                            .compareTo(levels.get(i).from()),
                    item.id() + " band " + i);
        }
    }

    @Test
    void scoreIsTheSumOfAreaMeansWithReasonsNamingEachAreaAndItsBand() {
        MethodResult result = method.evaluate(threeExperts(), Parameters.empty());

        assertEquals("performance-review", result.methodId());
        assertEquals(new BigDecimal("21.00"), result.itemScores().get("technical-renovation"));
        assertEquals(new BigDecimal("15.17"), result.itemScores().get("research-innovation"));
        assertEquals(new BigDecimal("18.17"), result.itemScores().get("productivity"));
        assertEquals(new BigDecimal("11.00"), result.itemScores().get("mentoring"));
        assertEquals(new BigDecimal("65.34"), result.score());
        assertEquals(0, result.maxScore().compareTo(BigDecimal.valueOf(100)));
        assertFalse(result.vetoed());
        assertEquals(5, result.reasons().size());
        assertEquals("3 位评委平均分 65.34 / 100", result.reasons().get(0).zh());
        assertEquals("Mean of 3 experts: 65.34 / 100", result.reasons().get(0).en());
        assertEquals(
                "技术改造：平均 21.00 / 25 分，属“技术改造成果在省级以上推广，或产生重大经济效益”档",
                result.reasons().get(1).zh());
        assertTrue(result.reasons().get(2).en().startsWith("R&D and innovation: mean 15.17 / 25"));
        assertTrue(result.reasons().get(3).zh().startsWith("成果转化（促进生产力）：平均 18.17"));
        assertTrue(
                result.reasons().get(4).zh().contains("培养的徒弟取得技师、高级技师等级"),
                result.reasons().get(4).zh());
    }

    @Test
    void weightsMultiplyAreaMeansAndTheMaximum() {
        Parameters weighted = config("weight.technical-renovation", "2", "weight.mentoring", "0.5");
        MethodResult result = method.evaluate(threeExperts(), weighted);

        // 21 × 2 + 15.17 + 18.17 + 11 × 0.5
        assertEquals(new BigDecimal("80.84"), result.score());
        assertEquals(0, result.maxScore().compareTo(new BigDecimal("112.5")));
        assertTrue(
                result.reasons().get(1).zh().contains("权重 2"),
                result.reasons().get(1).zh());
        assertTrue(
                result.reasons().get(4).en().contains("weight 0.5"),
                result.reasons().get(4).en());
    }

    @Test
    void pointsAtTheBandEdgesFallInTheHigherBand() {
        List<ScoreSheet> edges = List.of(sheet("e1", "0", "4.99", "5", "25"));
        MethodResult result = method.evaluate(edges, config("minExperts", "1"));
        assertEquals(new BigDecimal("34.99"), result.score());
        assertTrue(result.reasons().get(1).zh().contains("无明显技术改造业绩"));
        assertTrue(result.reasons().get(2).zh().contains("无明显研发创新业绩"));
        assertTrue(result.reasons().get(3).zh().contains("成果在本岗位得到应用"));
        assertTrue(result.reasons().get(4).zh().contains("省级以上"));
    }

    @Test
    void fullMarksFromEveryExpertGiveTheMaximum() {
        List<ScoreSheet> full = List.of(
                sheet("e1", "25", "25", "25", "25"),
                sheet("e2", "25", "25", "25", "25"),
                sheet("e3", "25", "25", "25", "25"));
        MethodResult result = method.evaluate(full, Parameters.empty());
        assertEquals(0, result.score().compareTo(result.maxScore()));
    }

    @Test
    void eachExpertsTotalIsTheirPointsTimesTheWeights() {
        assertEquals(
                Map.of("e1", new BigDecimal("63.00"), "e2", new BigDecimal("64.50"), "e3", new BigDecimal("68.50")),
                method.evaluate(threeExperts(), Parameters.empty()).expertTotals());

        MethodResult weighted =
                method.evaluate(threeExperts(), config("weight.technical-renovation", "2", "weight.mentoring", "0.5"));
        // e1: 20 × 2 + 15 + 18 + 10 × 0.5, on the same scale as the weighted maximum 112.5
        assertEquals(
                Map.of("e1", new BigDecimal("78.00"), "e2", new BigDecimal("79.50"), "e3", new BigDecimal("85.00")),
                weighted.expertTotals());
    }

    @Test
    void fullMarksUnderAMaximumWithFourPlacesStayWithinTheMaximum() {
        // 25.55 × 1.65 = 42.1575: rounding full marks half up to 42.16 would pass the maximum.
        Parameters odd = config("max.technical-renovation", "25.55", "weight.technical-renovation", "1.65");
        List<ScoreSheet> full = List.of(
                sheet("e1", "25.55", "25", "25", "25"),
                sheet("e2", "25.55", "25", "25", "25"),
                sheet("e3", "25.55", "25", "25", "25"));

        MethodResult result = method.evaluate(full, odd);

        assertEquals(0, result.maxScore().compareTo(new BigDecimal("117.1575")));
        assertEquals(0, result.score().compareTo(result.maxScore()));
        result.expertTotals().values().forEach(total -> assertEquals(0, total.compareTo(result.maxScore())));
        assertEquals(3, result.expertTotals().size());
    }

    @Test
    void fewerSheetsThanMinExpertsAreRefusedSayingHowManyAreNeeded() {
        List<ScoreSheet> two = threeExperts().subList(0, 2);

        InvalidInputException e = refused(() -> method.evaluate(two, Parameters.empty()));
        assertTrue(e.violations().get(0).message().zh().contains("至少需要 3 位"));
        assertEquals(
                new BigDecimal("63.75"),
                method.evaluate(two, config("minExperts", "2")).score());
    }

    @Test
    void sheetsAreCheckedAgainstTheConfiguredMaximumAndTwoDecimalPlaces() {
        Parameters smallMentoring = config("max.mentoring", "10");
        ScoreSheet tooHigh = sheet("e2", "20", "15", "18", "10.5");

        List<Violation> violations = method.validate(tooHigh, smallMentoring);
        assertEquals(1, violations.size());
        assertEquals("points.mentoring", violations.get(0).field());
        assertEquals("range", violations.get(0).rule());
        assertEquals(List.of(), method.validate(tooHigh, Parameters.empty()));

        InvalidInputException e = refused(() -> method.evaluate(
                List.of(threeExperts().get(0), tooHigh, threeExperts().get(2)), smallMentoring));
        assertEquals("sheets[e2].points.mentoring", e.violations().get(0).field());
        assertEquals(
                "scale",
                method.validate(sheet("e1", "1.005", "1", "1", "1"), Parameters.empty())
                        .get(0)
                        .rule());
    }

    @Test
    void everyConfigurationViolationIsReportedNamingItsKey() {
        Parameters bad = config(
                "minExperts", "0",
                "max.technical-renovation", "0.5",
                "max.research-innovation", "100.01",
                "max.productivity", "twenty",
                "max.mentoring", "12.345",
                "weight.technical-renovation", "0",
                "weight.research-innovation", "-1",
                "weight.productivity", "10.01",
                "weight.mentorship", "1");

        InvalidInputException e = refused(() -> method.scoreSheet(bad));
        assertEquals(
                List.of(
                        "minExperts:min",
                        "max.technical-renovation:range",
                        "weight.technical-renovation:range",
                        "max.research-innovation:range",
                        "weight.research-innovation:range",
                        "max.productivity:decimal",
                        "weight.productivity:range",
                        "max.mentoring:scale",
                        "weight.mentorship:unknown"),
                e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
        for (Violation v : e.violations()) {
            assertFalse(v.message().zh().isBlank());
            assertTrue(v.message().en().contains(v.field()), v.message().en());
        }
        assertTrue(e.violations().get(1).message().zh().contains("[1, 100]"));
        assertTrue(e.violations().get(2).message().en().contains("(0, 10]"));
    }

    @Test
    void malformedMinExpertsIsRefusedByEveryCall() {
        Parameters bad = config("minExperts", "three");
        for (Runnable call : List.<Runnable>of(
                () -> method.scoreSheet(bad),
                () -> method.validate(threeExperts().get(0), bad),
                () -> method.evaluate(threeExperts(), bad))) {
            InvalidInputException e = refused(call);
            assertEquals("minExperts", e.violations().get(0).field());
            assertEquals("integer", e.violations().get(0).rule());
        }
    }

    @Test
    void boundaryConfigurationValuesAreAccepted() {
        ScoreSheetSchema schema = method.scoreSheet(config(
                "minExperts", "1",
                "max.technical-renovation", "1",
                "max.research-innovation", "100",
                "weight.productivity", "10",
                "weight.mentoring", "0.01"));
        assertEquals(0, schema.maxTotal().compareTo(new BigDecimal("351.25")));
    }
}
