package org.skilleval.plugin.testing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.ScoreSheet;

/**
 * The test kit: runs an assessment method on a panel's sheets, and a scoring scheme on the methods'
 * results, in plain JUnit with no container, the way the platform's trial run
 * ({@code POST /api/plugins/{id}/trial}) and a round do. The configuration is checked first, then
 * every sheet; the plugin evaluates only input that broke none of its rules; and its answer is held
 * to the contract the platform holds it to (ids, scales, expert totals), failing the test where the
 * platform would refuse the result as {@code plugin-failed}.
 *
 * <pre>{@code
 * MethodOutcome oral = PluginTrial.method(new OralDefenseMethod(Map.of()))
 *         .with("minExperts", "2")
 *         .sheet("e1", "professional-knowledge", "30", "problem-solving", "30", "innovation", "20", "expression", "20")
 *         .sheet("e2", "professional-knowledge", "20", "problem-solving", "20", "innovation", "10", "expression", "10")
 *         .run();
 * assertEquals(new BigDecimal("80.00"), oral.score());
 * assertEquals(new BigDecimal("60.00"), oral.expertTotal("e2"));
 *
 * SchemeOutcome verdict = PluginTrial.scheme(new WeightedSumScheme(Map.of()))
 *         .with("weight.oral-defense", "100")
 *         .result(oral)
 *         .run();
 * assertTrue(verdict.passed());
 * }</pre>
 *
 * <p>Add it to a plugin project as {@code org.skilleval:org.skilleval.plugin.testing}, scope
 * {@code test}. It needs nothing but the plugin API.
 */
public final class PluginTrial {

    private PluginTrial() {}

    /** A trial of this method, with no configuration (its defaults) and no sheets yet. */
    public static MethodTrial method(AssessmentMethod method) {
        return new MethodTrial(method);
    }

    /** A trial of this scheme, with no configuration (its defaults) and no method results yet. */
    public static SchemeTrial scheme(ScoringScheme scheme) {
        return new SchemeTrial(scheme);
    }

    /**
     * One expert's sheet from alternating item ids and points: {@code sheet("e1", "theory", "30",
     * "practice", "25.5")}.
     */
    public static ScoreSheet sheet(String expertId, String... itemsAndPoints) {
        if (itemsAndPoints.length % 2 != 0) {
            throw new IllegalArgumentException("Give an item id and its points in pairs");
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (int i = 0; i < itemsAndPoints.length; i += 2) {
            points.put(itemsAndPoints[i], new BigDecimal(itemsAndPoints[i + 1]));
        }
        return new ScoreSheet(expertId, points, "");
    }

    /** A configuration from alternating keys and values, as a work plan gives it. */
    public static Parameters configuration(String... keysAndValues) {
        return Parameters.of(pairs(keysAndValues));
    }

    /**
     * A plan's configuration: a base that a test's plans share, then more keys and values, which
     * override the base's: {@code configuration(SIXTY_FORTY, "passLine", "70")}.
     */
    public static Parameters configuration(String[] base, String... moreKeysAndValues) {
        Map<String, String> map = pairs(base);
        map.putAll(pairs(moreKeysAndValues));
        return Parameters.of(map);
    }

    static Map<String, String> pairs(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Give a key and its value in pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
