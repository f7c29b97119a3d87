package org.skilleval.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ParameterType;
import org.skilleval.plugin.api.dto.Violation;

class ParameterDeclarationsTest {

    static final ParameterDeclaration<Integer> MIN_EXPERTS = ParameterDeclaration.ofInteger(
                    "minExperts", LocalizedText.of("最少评委人数", "Minimum number of experts"))
            .atLeast(1)
            .withDefault(3)
            .explainedAs(LocalizedText.of("最少评委人数至少为 1", "at least 1 expert is required"))
            .configurable();
    static final ParameterDeclaration<BigDecimal> PASS_LINE = ParameterDeclaration.ofDecimal(
                    "passLine", LocalizedText.of("合格线", "Pass line"))
            .between(0, 100)
            .withDefault(new BigDecimal("60"))
            .configurable();
    static final ParameterDeclaration<BigDecimal> FACTOR = ParameterDeclaration.ofDecimal(
                    "factor", LocalizedText.of("系数", "Factor"))
            .positive()
            .atMost(10);
    static final ParameterDeclaration<String> AGREEMENT = ParameterDeclaration.ofChoice(
                    "agreement", LocalizedText.of("一致方式", "Agreement"), "median", "all")
            .withDefault("median")
            .configurable();
    static final ParameterDeclaration<String> CODE = ParameterDeclaration.ofText("code", LocalizedText.of("代码", "Code"))
            .matching("[A-Z]{2}")
            .required();
    static final ParameterDeclaration<BigDecimal> WEIGHTS = ParameterDeclaration.ofDecimal(
                    "weight.*", LocalizedText.of("权重", "Weights"))
            .required();
    static final ParameterDeclarations ALL =
            ParameterDeclarations.of(MIN_EXPERTS, PASS_LINE, FACTOR, AGREEMENT, CODE, WEIGHTS);

    private static Parameters plan(String... keyValues) {
        Map<String, String> values = new java.util.TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return Parameters.of(values);
    }

    @Test
    void aValidPlanIsReadIntoTypedValuesWithDefaultsForWhatItLeavesUnset() {
        ParameterValues values = ALL.require(plan("code", "AB", "factor", "2.5"), ALL.builtInDefaults());

        assertEquals(3, values.get(MIN_EXPERTS));
        assertEquals(new BigDecimal("60"), values.get(PASS_LINE));
        assertEquals(new BigDecimal("2.5"), values.get(FACTOR));
        assertEquals("median", values.get(AGREEMENT));
        assertEquals("AB", values.get(CODE));
    }

    @Test
    void everyRuleBrokenIsReportedAtOnceInDeclarationOrder() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> ALL.require(
                        plan("minExperts", "0", "passLine", "120", "factor", "0", "agreement", "majority"),
                        ALL.builtInDefaults()));

        List<String> rules = refused.violations().stream().map(Violation::rule).toList();
        assertEquals(List.of("min", "range", "range", "one-of", "required"), rules);
        Violation minExperts = refused.violations().get(0);
        assertEquals("配置项 minExperts 为 0，最少评委人数至少为 1", minExperts.message().zh());
        assertEquals(
                "Parameter minExperts is 0; at least 1 expert is required",
                minExperts.message().en());
        assertTrue(refused.violations().get(1).message().en().contains("[0, 100]"));
        assertTrue(refused.violations().get(2).message().en().contains("(0, 10]"));
        assertTrue(refused.violations().get(3).message().zh().contains("只能是 median、all 之一"));
    }

    @Test
    void typeErrorsKeepTheMessagesOfParameters() {
        List<Violation> violations = new ArrayList<>();
        ParameterValues values = ALL.read(
                plan("minExperts", "three", "passLine", "sixty", "code", "abc"), ALL.builtInDefaults(), violations);

        assertEquals(
                List.of("integer", "decimal", "pattern"),
                violations.stream().map(Violation::rule).toList());
        assertEquals(3, values.get(MIN_EXPERTS), "a wrong value falls back to the default");
    }

    @Test
    void positiveWithoutMaximumIsItsOwnRule() {
        ParameterDeclarations one =
                ParameterDeclarations.of(ParameterDeclaration.ofDecimal("points", LocalizedText.of("分值", "Points"))
                        .positive());
        List<Violation> violations = new ArrayList<>();
        one.read(plan("points", "-1"), one.builtInDefaults(), violations);

        assertEquals("positive", violations.get(0).rule());
        assertTrue(violations.get(0).message().zh().contains("必须大于 0"));
    }

    @Test
    void specsPublishTheLimitsAndTheDefaultsInForce() {
        PluginDefaults defaults = new PluginDefaults("org.example.test", ALL, Map.of("minExperts", 5));
        List<ParameterSpec> specs = defaults.specs();

        assertEquals(
                new ParameterSpec(
                        "minExperts",
                        MIN_EXPERTS.label(),
                        ParameterType.INTEGER,
                        "5",
                        false,
                        "1",
                        null,
                        null,
                        List.of()),
                specs.get(0));
        assertEquals("0", specs.get(1).min());
        assertEquals("100", specs.get(1).max());
        assertNull(specs.get(2).min(), "an excluded bound is not published as min");
        assertEquals(List.of("median", "all"), specs.get(3).options());
        assertEquals("[A-Z]{2}", specs.get(4).pattern());
        assertTrue(specs.get(5).required());
    }

    @Test
    void aRefusedConfigurationKeepsThePreviousDefaultsAndSaysWhy() {
        PluginDefaults defaults = new PluginDefaults("org.example.test", ALL, Map.of("minExperts", "4"));

        assertFalse(defaults.configure(Map.of("minExperts", "0", "passLine", "x", "component.name", "ignored")));

        assertEquals(4, defaults.values().get(MIN_EXPERTS));
        String problem = defaults.configurationProblem().orElseThrow().en();
        assertTrue(problem.contains("org.example.test"), problem);
        assertTrue(problem.contains("minExperts = \"0\" (rule min)"), problem);
        assertTrue(problem.contains("passLine = \"x\" (rule decimal)"), problem);

        assertTrue(defaults.configure(Map.of("passLine", 70.5)));
        assertEquals(new BigDecimal("70.5"), defaults.values().get(PASS_LINE));
        assertEquals(3, defaults.values().get(MIN_EXPERTS), "a valid configuration replaces the defaults whole");
        assertTrue(defaults.configurationProblem().isEmpty());
    }

    @Test
    void notConfigurableParametersAreNotTakenFromConfigAdmin() {
        PluginDefaults defaults = new PluginDefaults("org.example.test", ALL, Map.of("code", "ZZ", "factor", "3"));

        assertTrue(defaults.configurationProblem().isEmpty());
        assertNull(defaults.values().get(CODE));
        assertNull(defaults.values().get(FACTOR));
    }

    @Test
    void readmeTableShowsEveryParameter() {
        String table = ALL.markdownTable();

        assertTrue(
                table.contains("| `minExperts` | integer | 3 | ≥ 1 | yes | 最少评委人数 | Minimum number of experts |"),
                table);
        assertTrue(table.contains("| `agreement` | choice | median | median \\| all | yes |"), table);
        assertTrue(table.contains("| `weight.*` | decimal | required | — | no |"), table);
    }

    @Test
    void metatypeOffersOnlyTheConfigurableDefaults() {
        String xml = ALL.metatype("org.example.test", LocalizedText.of("测试", "Test"));

        assertTrue(xml.contains("<AD id=\"minExperts\" type=\"Integer\""), xml);
        assertTrue(xml.contains("default=\"3\" min=\"1\""), xml);
        assertTrue(xml.contains("<Option label=\"median\" value=\"median\"/>"), xml);
        assertFalse(xml.contains("id=\"code\""), xml);
        assertTrue(xml.contains("<Designate pid=\"org.example.test\">"), xml);
    }

    @Test
    void aKeyIsDeclaredOnce() {
        assertThrows(IllegalArgumentException.class, () -> ParameterDeclarations.of(MIN_EXPERTS, MIN_EXPERTS));
    }
}
