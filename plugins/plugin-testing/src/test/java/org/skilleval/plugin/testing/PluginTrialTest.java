package org.skilleval.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

/** The kit on a small method and scheme written here: what it answers, and when it fails a test. */
class PluginTrialTest {

    @Test
    void aMethodRunOnAPanelGivesItsScoreAndEachExpertsTotal() {
        MethodOutcome outcome = PluginTrial.method(new Practical())
                .with("minExperts", "2")
                .sheet("e1", "theory", "40", "practice", "60")
                .sheet("e2", "theory", "20", "practice", "30")
                .run();

        assertTrue(outcome.valid());
        assertEquals(new BigDecimal("75.00"), outcome.score());
        assertEquals(new BigDecimal("100.00"), outcome.expertTotal("e1"));
        assertEquals(new BigDecimal("50.00"), outcome.expertTotal("e2"));

        MethodOutcome asATable = PluginTrial.method(new Practical())
                .with("minExperts", "2")
                .scores("e1", "40", "60")
                .scores("e2", "20", "30")
                .run();
        assertEquals(outcome, asATable, "rows fill the score sheet's items in order");
        assertEquals(
                outcome,
                PluginTrial.method(new Practical())
                        .with("minExperts", "2")
                        .items("practice", "theory")
                        .scores("e1", "60", "40")
                        .scores("e2", "30", "20")
                        .run());
    }

    @Test
    void configurationSheetAndPanelViolationsComeBackWithTheirFields() {
        MethodOutcome badConfiguration = PluginTrial.method(new Practical())
                .with("minExperts", "zero")
                .sheet("e1", "theory", "40", "practice", "60")
                .run();
        assertFalse(badConfiguration.valid());
        assertEquals(List.of("configuration.minExperts"), badConfiguration.fields());

        MethodOutcome badSheet = PluginTrial.method(new Practical())
                .sheet("e1", "theory", "41", "practice", "60")
                .sheet("e2", "practice", "60")
                .run();
        assertEquals(List.of("sheets[e1].points.theory", "sheets[e2].points.theory"), badSheet.fields());
        assertEquals(List.of("range", "required"), badSheet.rules());
        assertNull(badSheet.result());

        MethodOutcome tooFew = PluginTrial.method(new Practical())
                .with("minExperts", "3")
                .sheet("e1", "theory", "40", "practice", "60")
                .run();
        assertEquals(List.of("min-experts"), tooFew.rules());
        AssertionError noScore = assertThrows(AssertionError.class, tooFew::score);
        assertTrue(noScore.getMessage().contains("min-experts"), noScore.getMessage());
    }

    @Test
    void aSchemeCombinesTheMethodsOfThePanel() {
        MethodOutcome practical = PluginTrial.method(new Practical())
                .sheet("e1", "theory", "40", "practice", "60")
                .sheet("e2", "theory", "20", "practice", "30")
                .run();

        SchemeOutcome passed = PluginTrial.scheme(new PassLine())
                .with("passLine", "70")
                .result(practical)
                .run();
        assertTrue(passed.passed());
        assertEquals(new BigDecimal("75.00"), passed.total());
        assertEquals(new BigDecimal("100"), passed.maxTotal());

        SchemeOutcome failed = PluginTrial.scheme(new PassLine())
                .with("passLine", "70")
                .result("practical", "30", "50")
                .run();
        assertFalse(failed.passed());
        assertEquals(new BigDecimal("60.00"), failed.total());

        SchemeOutcome twoMethods = PluginTrial.scheme(new PassLine())
                .result(practical)
                .result("other", "1", "2")
                .run();
        assertEquals(List.of("configuration.methods"), twoMethods.fields());
    }

    @Test
    void aResultThePlatformWouldRefuseFailsTheTest() {
        AssessmentMethod offScale = new Practical() {
            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                return new MethodResult("practical", BigDecimal.ONE, BigDecimal.TEN, Map.of(), false, List.of());
            }
        };
        AssertionError refused = assertThrows(AssertionError.class, () -> PluginTrial.method(offScale)
                .sheet("e1", "theory", "40", "practice", "60")
                .run());
        assertTrue(refused.getMessage().contains("plugin-failed"), refused.getMessage());

        ScoringScheme aboveScale = new PassLine() {
            @Override
            public BigDecimal maxTotal(Parameters configuration) {
                return BigDecimal.valueOf(50);
            }
        };
        assertThrows(AssertionError.class, () -> PluginTrial.scheme(aboveScale)
                .result("practical", "40", "50")
                .run());
    }

    /** Two items, 40 and 60 points; the score is the mean of the experts' totals. */
    static class Practical implements AssessmentMethod {

        private static final ScoreSheetSchema SHEET = new ScoreSheetSchema(List.of(
                ScoreItem.of("theory", LocalizedText.of("理论", "Theory"), BigDecimal.valueOf(40)),
                ScoreItem.of("practice", LocalizedText.of("实操", "Practice"), BigDecimal.valueOf(60))));

        @Override
        public String id() {
            return "practical";
        }

        @Override
        public LocalizedText name() {
            return LocalizedText.of("实操", "Practical");
        }

        @Override
        public LocalizedText description() {
            return name();
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public EvidenceSpec evidence() {
            return null;
        }

        @Override
        public ScoreSheetSchema scoreSheet(Parameters configuration) {
            minExperts(configuration);
            return SHEET;
        }

        @Override
        public List<Violation> validate(ScoreSheet sheet, Parameters configuration) {
            return Scores.check(scoreSheet(configuration), sheet);
        }

        @Override
        public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
            Scores.requirePanel(sheets, minExperts(configuration));
            Scores.requireValid(SHEET, sheets);
            Map<String, BigDecimal> totals = Scores.sheetTotals(SHEET, sheets);
            Map<String, BigDecimal> items = Scores.itemMeans(SHEET, sheets);
            return new MethodResult(
                    id(),
                    Scores.mean(totals.values()),
                    SHEET.maxTotal(),
                    items,
                    false,
                    List.of(LocalizedText.of("各评委总分的平均分", "The mean of the experts' totals")),
                    totals);
        }

        private static int minExperts(Parameters configuration) {
            try {
                return configuration.getInt("minExperts", 1);
            } catch (RuntimeException malformed) {
                throw new InvalidInputException(
                        "minExperts", "integer", LocalizedText.of("须为整数", "Must be an integer"));
            }
        }
    }

    /** One method's percentage against a pass line. */
    static class PassLine implements ScoringScheme {

        @Override
        public String id() {
            return "pass-line";
        }

        @Override
        public LocalizedText name() {
            return LocalizedText.of("及格线", "Pass line");
        }

        @Override
        public LocalizedText description() {
            return name();
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public List<Violation> validateConfiguration(Parameters configuration, Set<String> methodIds) {
            List<Violation> violations = new ArrayList<>();
            if (methodIds.size() != 1) {
                violations.add(
                        new Violation("methods", "one-method", LocalizedText.of("只能有一种评审方式", "Exactly one method")));
            }
            return violations;
        }

        @Override
        public FinalResult combine(List<MethodResult> results, Parameters configuration) {
            MethodResult only = results.get(0);
            BigDecimal total = Scores.percentOf(only.score(), only.maxScore());
            BigDecimal passLine = configuration.getDecimal("passLine", BigDecimal.valueOf(60));
            return new FinalResult(total, total.compareTo(passLine) >= 0, List.of());
        }
    }
}
