package org.skilleval.plugin.incompanycommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skilleval.plugin.testing.ResultAssertions.assertScore;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.testing.ConfigurationContract;

/** The plugin-wide defaults, honour table included, from Config Admin. */
class InCompanyCommendationConfigurationTest implements ConfigurationContract<InCompanyCommendationMethod> {

    @Override
    public Defaults<InCompanyCommendationMethod> contract() {
        return Defaults.of(InCompanyCommendationMethod::new, InCompanyCommendationMethod.PID)
                .parameter("points.model-worker", "30", "40", "-1")
                .parameter("points.chief-technician", "30", "25", "thirty")
                .parameter("points.technical-expert", "20", "10", "1.234")
                .parameter("points.skill-competition", "15", "12", "-3")
                .parameter("points.outstanding-mentor", "10", "8", "ten")
                .parameter("points.rationalisation-award", "5", "0", "-0.5")
                .parameter("cap", "100", "60", "0")
                .parameter("repeatFactor", "0.5", "0", "1.5")
                .parameter("maxCount", "10", "5", "100")
                .parameter("agreement", "median", "unanimous", "majority")
                .parameter("minExperts", "1", "3", "0");
    }

    private static final List<String> HONOURS = List.of(
            "model-worker",
            "chief-technician",
            "technical-expert",
            "skill-competition",
            "outstanding-mentor",
            "rationalisation-award");

    /** A sheet with the given counts for the honours listed; every other one 0. */
    private static ScoreSheet sheet(String expert, List<String> honours, String... honourCounts) {
        Map<String, BigDecimal> points = new HashMap<>();
        honours.forEach(h -> points.put(h, BigDecimal.ZERO));
        for (int i = 0; i < honourCounts.length; i += 2) {
            points.put(honourCounts[i], new BigDecimal(honourCounts[i + 1]));
        }
        return new ScoreSheet(expert, points, "");
    }

    /** The README's example: 劳动模范 1, 技术能手 2, 合理化建议奖 3. */
    private static ScoreSheet example(String expert) {
        return sheet(expert, HONOURS, "model-worker", "1", "technical-expert", "2", "rationalisation-award", "3");
    }

    @Test
    void withoutConfigurationTheBuiltInTableApplies() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(Map.of());

        assertScore("70", "100", method.evaluate(List.of(example("hr")), Parameters.empty()));
    }

    @Test
    void configuredTableIsReportedAndAppliesWhenThePlanIsSilent() {
        InCompanyCommendationMethod method =
                new InCompanyCommendationMethod(Map.of("points.model-worker", "40", "repeatFactor", "0", "cap", "60"));

        // 40 + 20 (second 技术能手 counts nothing) + 5 = 65, capped at 60.
        assertScore("60", "60", method.evaluate(List.of(example("hr")), Parameters.empty()));
    }

    @Test
    void honourConfiguredToZeroLeavesTheSheetOfASilentPlan() {
        InCompanyCommendationMethod method =
                new InCompanyCommendationMethod(Map.of("points.rationalisation-award", "0"));

        List<String> items = method.scoreSheet(Parameters.empty()).items().stream()
                .map(ScoreItem::id)
                .toList();
        assertEquals(HONOURS.subList(0, 5), items);
        // A plan that sets the points puts the honour back.
        assertTrue(method.scoreSheet(Parameters.of(Map.of("points.rationalisation-award", "5"))).items().stream()
                .anyMatch(item -> item.id().equals("rationalisation-award")));
    }

    @Test
    void configuredAgreementAppliesUnlessThePlanChoosesItsOwn() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(Map.of("agreement", "unanimous"));
        List<ScoreSheet> differing = List.of(
                sheet("e1", HONOURS, "model-worker", "2"),
                sheet("e2", HONOURS, "model-worker", "1"),
                sheet("e3", HONOURS, "model-worker", "1"));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> method.evaluate(differing, Parameters.empty()));
        assertEquals("disagreement", refused.violations().get(0).rule());
        assertScore("30", "100", method.evaluate(differing, Parameters.of(Map.of("agreement", "median"))));
    }

    @Test
    void modifiedAppliesAChangeWithoutARestart() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(Map.of());

        method.defaults().configure(Map.of("points.technical-expert", "10", "repeatFactor", "1"));

        // 30 + (10 + 10) + (5 + 5 + 5) = 65.
        assertScore("65", "100", method.evaluate(List.of(example("hr")), Parameters.empty()));
    }

    @Test
    void aTableWorthNothingIsRefused() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(Map.of(
                "points.model-worker", "0",
                "points.chief-technician", "0",
                "points.technical-expert", "0",
                "points.skill-competition", "0",
                "points.outstanding-mentor", "0",
                "points.rationalisation-award", "0"));

        LocalizedText problem = method.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains("points.* (rule none)"), problem.en());
        assertFalse(method.scoreSheet(Parameters.empty()).items().isEmpty());
    }
}
