package org.skilleval.plugin.incompanycommendation;

import static org.skilleval.plugin.incompanycommendation.InCompanyCommendationMethod.AGREEMENT;
import static org.skilleval.plugin.incompanycommendation.InCompanyCommendationMethod.CAP;
import static org.skilleval.plugin.incompanycommendation.InCompanyCommendationMethod.MAX_COUNT;
import static org.skilleval.plugin.incompanycommendation.InCompanyCommendationMethod.MEDIAN;
import static org.skilleval.plugin.incompanycommendation.InCompanyCommendationMethod.POINTS_PREFIX;
import static org.skilleval.plugin.incompanycommendation.InCompanyCommendationMethod.REPEAT_FACTOR;
import static org.skilleval.plugin.incompanycommendation.InCompanyCommendationMethod.UNANIMOUS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.PanelMean;
import org.skilleval.plugin.api.ParameterDeclaration;
import org.skilleval.plugin.api.ParameterDeclarations;
import org.skilleval.plugin.api.ParameterValues;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.PluginDefaults;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/**
 * The in-company commendation's parameters, declared once, and the reading of a plan's table by
 * them. Every default is configurable in Config Admin.
 */
final class CommendationParameters {

    /** Each honour's points, by honour key, in table order. */
    static final Map<String, ParameterDeclaration<BigDecimal>> POINTS = new LinkedHashMap<>();

    static {
        for (Honour honour : Honour.ALL) {
            POINTS.put(
                    honour.key(),
                    ParameterDeclaration.ofDecimal(
                                    POINTS_PREFIX + honour.key(),
                                    LocalizedText.of(
                                            "“" + honour.name().zh() + "”每项分值（≥ 0，0 为不计）",
                                            "Points of \"" + honour.name().en() + "\" (≥ 0; 0 leaves it out)"))
                            .atLeast(0)
                            .atMostDecimalPlaces(Scores.SCALE)
                            .withDefault(honour.defaultPoints())
                            .explainedAs("range", LocalizedText.of("须不小于 0", "it must be at least 0"))
                            .configurable());
        }
    }

    static final ParameterDeclaration<BigDecimal> CAP_PARAMETER = ParameterDeclaration.ofDecimal(
                    CAP, LocalizedText.of("合计封顶分，即本评审方式满分（大于 0）", "Cap on the total, the method's maximum (above 0)"))
            .positive()
            .atMostDecimalPlaces(Scores.SCALE)
            .withDefault(BigDecimal.valueOf(100))
            .explainedAs("range", LocalizedText.of("须大于 0", "it must be above 0"))
            .configurable();

    static final ParameterDeclaration<BigDecimal> REPEAT_FACTOR_PARAMETER = ParameterDeclaration.ofDecimal(
                    REPEAT_FACTOR,
                    LocalizedText.of(
                            "同一表彰再次获得时每次计分的比例（0–1；0 只计一次，1 全额计分）",
                            "Share of the points each further one of the same honour earns (0–1; 0 counts it "
                                    + "once, 1 in full)"))
            .between(0, 1)
            .withDefault(new BigDecimal("0.5"))
            .explainedAs(LocalizedText.of("须在 0–1 之间", "it must be within 0–1"))
            .configurable();

    static final ParameterDeclaration<Integer> MAX_COUNT_PARAMETER = ParameterDeclaration.ofInteger(
                    MAX_COUNT,
                    LocalizedText.of("评分表上每项表彰最多可填的次数（1–99）", "Most of one honour a sheet may record (1–99)"))
            .between(1, 99)
            .withDefault(10)
            .explainedAs(LocalizedText.of("须在 1–99 之间", "it must be within 1–99"))
            .configurable();

    static final ParameterDeclaration<String> AGREEMENT_PARAMETER = ParameterDeclaration.ofChoice(
                    AGREEMENT,
                    LocalizedText.of(
                            "多位评委次数不一致时：median 取多数评委认可的次数，unanimous 要求一致",
                            "When the sheets' counts differ: median takes the count a majority confirms, "
                                    + "unanimous requires them to agree"),
                    MEDIAN,
                    UNANIMOUS)
            .withDefault(MEDIAN)
            .explainedAs(LocalizedText.of(
                    "只能是 median（取多数评委认可的次数）或 unanimous（要求一致）",
                    "it must be median (the count a majority confirms) or unanimous (the sheets must agree)"))
            .configurable();

    static final ParameterDeclaration<Integer> MIN_EXPERTS_PARAMETER = PanelMean.minExperts(
                    1, LocalizedText.of("最少评分表份数（至少 1 份）", "Minimum number of sheets (at least 1)"))
            .configurable();

    /** The method's parameters, declared once: the points table, then the rules of counting. */
    static final ParameterDeclarations ALL = declarations();

    private static ParameterDeclarations declarations() {
        List<ParameterDeclaration<?>> all = new ArrayList<>(POINTS.values());
        all.addAll(List.of(CAP_PARAMETER, REPEAT_FACTOR_PARAMETER, MAX_COUNT_PARAMETER, AGREEMENT_PARAMETER));
        all.add(MIN_EXPERTS_PARAMETER);
        return ParameterDeclarations.of(all.toArray(ParameterDeclaration<?>[]::new));
    }

    private CommendationParameters() {}

    /** The rule across parameters for Config Admin's defaults: some honour earns points. */
    static void someHonourEarnsPoints(ParameterValues values, List<Violation> violations) {
        someHonourEarnsPoints(POINTS.values().stream().map(values::get).toList(), violations);
    }

    /**
     * A plan's table read in the order of its rules: the points, then the rules of counting, then
     * unknown keys; that some honour earns points is checked once everything else is valid.
     *
     * @throws InvalidInputException listing every rule it breaks
     */
    static CommendationTable read(Parameters configuration, PluginDefaults defaults, LocalizedText pluginName) {
        List<Violation> violations = new ArrayList<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        POINTS.forEach((honour, parameter) -> points.put(honour, defaults.read(parameter, configuration, violations)));
        BigDecimal cap = defaults.read(CAP_PARAMETER, configuration, violations);
        BigDecimal repeatFactor = defaults.read(REPEAT_FACTOR_PARAMETER, configuration, violations);
        int maxCount = defaults.read(MAX_COUNT_PARAMETER, configuration, violations);
        int minExperts = defaults.read(MIN_EXPERTS_PARAMETER, configuration, violations);
        String agreement = defaults.read(AGREEMENT_PARAMETER, configuration, violations);
        List<Violation> unknown = new ArrayList<>();
        ALL.unknownKeys(configuration, pluginName, unknown);
        unknown.forEach(v -> violations.add(v.field().startsWith(POINTS_PREFIX) ? Honour.unknown(v.field()) : v));
        if (violations.isEmpty()) {
            someHonourEarnsPoints(points.values(), violations);
        }
        InvalidInputException.throwIfAny(violations);
        return new CommendationTable(points, cap, repeatFactor, maxCount, UNANIMOUS.equals(agreement), minExperts);
    }

    private static void someHonourEarnsPoints(Collection<BigDecimal> points, List<Violation> violations) {
        if (points.stream().noneMatch(value -> value.signum() > 0)) {
            violations.add(new Violation(
                    POINTS_PREFIX + "*",
                    "none",
                    LocalizedText.of(
                            "所有表彰的分值均为 0，至少要有一项表彰计分",
                            "Every honour is worth 0 points; at least one honour must earn points")));
        }
    }
}
