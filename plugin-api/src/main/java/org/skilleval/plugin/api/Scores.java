package org.skilleval.plugin.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

/**
 * The score arithmetic every plugin shares, so that all plugins round alike and a result computed
 * again gives the same digits.
 *
 * <p>Scores are {@link BigDecimal}s. Combined values (means, totals, percentages) are rounded to
 * {@value #SCALE} decimal places, half up, once, at the end of each step.
 */
public final class Scores {

    /** Decimal places of every combined score. */
    public static final int SCALE = 2;

    /** Rounding of every combined score. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scores() {}

    /** {@code value} rounded to {@link #SCALE} places. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    /**
     * The arithmetic mean, rounded.
     *
     * @throws IllegalArgumentException when {@code values} is empty
     */
    public static BigDecimal mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("The mean of no values is undefined");
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, ROUNDING);
    }

    /** {@code score} as a percentage of {@code max} (0–100), rounded; {@code max} is positive. */
    public static BigDecimal percentOf(BigDecimal score, BigDecimal max) {
        return score.multiply(HUNDRED).divide(max, SCALE, ROUNDING);
    }

    /**
     * The common checks of one filled sheet against its schema: every item scored, no unknown
     * item, points within [0, maxPoints] with at most {@link #SCALE} decimal places.
     *
     * @return the violations found, in schema order, unknown items last; empty when valid
     */
    public static List<Violation> check(ScoreSheetSchema schema, ScoreSheet sheet) {
        List<Violation> violations = new ArrayList<>();
        for (ScoreItem item : schema.items()) {
            String field = "points." + item.id();
            BigDecimal points = sheet.points().get(item.id());
            if (points == null) {
                violations.add(new Violation(
                        field,
                        "required",
                        LocalizedText.of(
                                "评分项“" + item.label().zh() + "”未打分",
                                "Item \"" + item.label().en() + "\" has no points")));
            } else if (points.signum() < 0 || points.compareTo(item.maxPoints()) > 0) {
                violations.add(new Violation(
                        field,
                        "range",
                        LocalizedText.of(
                                "评分项“" + item.label().zh() + "”的得分 " + points.toPlainString() + " 超出 0–"
                                        + item.maxPoints().toPlainString() + " 分",
                                "Item \"" + item.label().en() + "\": " + points.toPlainString() + " is outside 0–"
                                        + item.maxPoints().toPlainString())));
            } else if (points.stripTrailingZeros().scale() > SCALE) {
                violations.add(new Violation(
                        field,
                        "scale",
                        LocalizedText.of(
                                "评分项“" + item.label().zh() + "”最多保留 " + SCALE + " 位小数",
                                "Item \"" + item.label().en() + "\" takes at most " + SCALE + " decimal places")));
            }
        }
        for (String key : sheet.points().keySet()) {
            if (schema.item(key).isEmpty()) {
                violations.add(new Violation(
                        "points." + key,
                        "unknown",
                        LocalizedText.of("评分表中没有评分项 " + key, "The score sheet has no item " + key)));
            }
        }
        return violations;
    }

    /**
     * Checks every sheet and throws with all violations found, each field prefixed with the
     * expert's id ({@code sheets[expert-3].points.theory}).
     *
     * @throws InvalidInputException when any sheet is invalid or {@code sheets} is empty
     */
    public static void requireValid(ScoreSheetSchema schema, List<ScoreSheet> sheets) {
        if (sheets.isEmpty()) {
            throw new InvalidInputException(
                    "sheets", "required", LocalizedText.of("没有提交的评分表", "No score sheet has been submitted"));
        }
        List<Violation> all = new ArrayList<>();
        for (ScoreSheet sheet : sheets) {
            for (Violation v : check(schema, sheet)) {
                all.add(new Violation("sheets[" + sheet.expertId() + "]." + v.field(), v.rule(), v.message()));
            }
        }
        InvalidInputException.throwIfAny(all);
    }

    /**
     * The panel checks of a method's {@code evaluate}, before {@link #requireValid}: each expert
     * submits exactly one sheet ({@code sheets[expert-3]}, rule {@code duplicate}) and at least
     * {@code minExperts} experts submitted one ({@code sheets}, rule {@code min-experts}). No sheet
     * at all is left to {@link #requireValid} (rule {@code required}).
     *
     * @throws InvalidInputException with every violation found
     * @since 1.1
     */
    public static void requirePanel(List<ScoreSheet> sheets, int minExperts) {
        List<Violation> panel = new ArrayList<>();
        Set<String> experts = new HashSet<>();
        for (ScoreSheet sheet : sheets) {
            if (!experts.add(sheet.expertId())) {
                panel.add(new Violation(
                        "sheets[" + sheet.expertId() + "]",
                        "duplicate",
                        LocalizedText.of(
                                "评委 " + sheet.expertId() + " 提交了多份评分表，每位评委只能提交一份",
                                "Expert " + sheet.expertId() + " submitted more than one sheet; each expert "
                                        + "submits exactly one")));
            }
        }
        if (!sheets.isEmpty() && experts.size() < minExperts) {
            panel.add(new Violation(
                    "sheets",
                    "min-experts",
                    LocalizedText.of(
                            "只有 " + experts.size() + " 位评委提交了评分表，至少需要 " + minExperts + " 位",
                            "Only " + experts.size() + " expert(s) submitted a sheet; at least " + minExperts
                                    + " are required")));
        }
        InvalidInputException.throwIfAny(panel);
    }

    /**
     * The results a scheme is given, keyed by method id in the order given; a second result for the
     * same method is recorded in {@code violations} (field {@code results[<methodId>]}, rule
     * {@code duplicate}) and ignored.
     *
     * @since 1.1
     */
    public static Map<String, MethodResult> resultsByMethod(List<MethodResult> results, List<Violation> violations) {
        Map<String, MethodResult> byMethod = new LinkedHashMap<>();
        for (MethodResult result : results) {
            if (byMethod.putIfAbsent(result.methodId(), result) != null) {
                violations.add(new Violation(
                        "results[" + result.methodId() + "]",
                        "duplicate",
                        LocalizedText.of(
                                "评审方式 " + result.methodId() + " 有多个结果",
                                "There is more than one result for method " + result.methodId())));
            }
        }
        return byMethod;
    }

    /**
     * The methods a scheme that weights its methods' results works on: those with a result and
     * those with a weight ({@code prefix + methodId}). A weight for a method without a result means
     * the result is missing, not that the weight is unknown: each is recorded in {@code violations}
     * (field {@code results[<methodId>]}, rule {@code missing-result}), in key order.
     *
     * @param byMethod the results, keyed by method ({@link #resultsByMethod})
     * @return the method ids of both, sorted, to read the weights against ({@link #weights})
     * @since 1.3
     */
    public static Set<String> missingResults(
            Map<String, MethodResult> byMethod, Parameters parameters, String prefix, List<Violation> violations) {
        Set<String> methodIds = new TreeSet<>(byMethod.keySet());
        for (String weighted : parameters.withPrefix(prefix).keySet()) {
            if (methodIds.add(weighted)) {
                violations.add(new Violation(
                        "results[" + weighted + "]",
                        "missing-result",
                        LocalizedText.of(
                                "缺少评审方式 " + weighted + " 的结果，无法计算总分",
                                "The result of method " + weighted + " is missing; the total cannot be computed")));
            }
        }
        return methodIds;
    }

    /**
     * Reads the per-method weights of a scheme that weights its methods' results, keys {@code
     * prefix + methodId} (e.g. {@code weight.oral-defense = 40}), and records every rule they break
     * in {@code violations}, in this order: a key naming no method of the plan ({@code
     * unknown-method}), a value that is no decimal ({@code decimal}) or not above 0 ({@code
     * positive}), in key order; a method of the plan without a weight ({@code required}), in method
     * order; weights that, all read, do not add up to exactly 100 ({@code prefix + "*"}, rule
     * {@code sum-100}).
     *
     * @param methodIds the plan's methods
     * @param violations receives the violations found; the weights are only meaningful when none
     * @return method id → weight, sorted by method id, for the weights that could be read
     * @since 1.1
     */
    public static SortedMap<String, BigDecimal> weights(
            Parameters parameters, String prefix, Set<String> methodIds, List<Violation> violations) {
        SortedMap<String, BigDecimal> weights = new TreeMap<>();
        boolean allWeightsRead = true;
        for (String methodId : parameters.withPrefix(prefix).keySet()) {
            String key = prefix + methodId;
            if (!methodIds.contains(methodId)) {
                violations.add(new Violation(
                        key,
                        "unknown-method",
                        LocalizedText.of(
                                "工作方案中没有评审方式 " + methodId + "，请删除配置项 " + key,
                                "The plan has no assessment method " + methodId + "; remove " + key)));
                continue;
            }
            BigDecimal weight;
            try {
                weight = parameters.getDecimal(key, null);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
                allWeightsRead = false;
                continue;
            }
            if (weight.signum() <= 0) {
                violations.add(new Violation(
                        key,
                        "positive",
                        LocalizedText.of(
                                "评审方式 " + methodId + " 的权重为 " + weight.toPlainString() + "，权重必须大于 0",
                                "The weight of " + methodId + " is " + weight.toPlainString()
                                        + "; weights must be greater than 0")));
            }
            weights.put(methodId, weight);
        }
        for (String methodId : new TreeSet<>(methodIds)) {
            if (parameters.get(prefix + methodId).isEmpty()) {
                violations.add(new Violation(
                        prefix + methodId,
                        "required",
                        LocalizedText.of(
                                "缺少评审方式 " + methodId + " 的权重 " + prefix + methodId,
                                "The weight " + prefix + methodId + " of method " + methodId + " is missing")));
            }
        }
        if (allWeightsRead) {
            BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(HUNDRED) != 0) {
                String plainSum = sum.stripTrailingZeros().toPlainString();
                violations.add(new Violation(
                        prefix + "*",
                        "sum-100",
                        LocalizedText.of(
                                "各评审方式权重之和为 " + plainSum + "，必须恰好为 100",
                                "The weights add up to " + plainSum + "; they must add up to exactly 100")));
            }
        }
        return Collections.unmodifiableSortedMap(weights);
    }

    /** The mean points per item over all sheets, in schema order; the sheets are valid. */
    public static Map<String, BigDecimal> itemMeans(ScoreSheetSchema schema, List<ScoreSheet> sheets) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (ScoreItem item : schema.items()) {
            means.put(
                    item.id(),
                    mean(sheets.stream().map(s -> s.points().get(item.id())).toList()));
        }
        return means;
    }

    /**
     * {@code Σ points × weight} over the schema's items, rounded, and never above {@link
     * ScoreSheetSchema#maxTotal()}: when a maximum has more than {@value #SCALE} places (points and
     * weights of 2 places each), rounding full marks half up would otherwise pass it, and a total
     * above the maximum is no valid score. Items missing from {@code itemScores} count 0.
     */
    public static BigDecimal weightedTotal(ScoreSheetSchema schema, Map<String, BigDecimal> itemScores) {
        BigDecimal total = BigDecimal.ZERO;
        for (ScoreItem item : schema.items()) {
            total = total.add(
                    itemScores.getOrDefault(item.id(), BigDecimal.ZERO).multiply(item.weight()));
        }
        return round(total).min(schema.maxTotal());
    }

    /**
     * Each expert's own sheet total, {@link #weightedTotal} of the expert's points: what a method
     * whose score is the weighted total of item means reports as {@code MethodResult.expertTotals}.
     * Each lies in [0, {@code schema.maxTotal()}] for valid sheets.
     *
     * @param sheets valid sheets (see {@link #requireValid}), one per expert
     * @return expert id → total, in the order of {@code sheets}
     * @throws IllegalArgumentException when two sheets come from the same expert
     * @since 1.1
     */
    public static Map<String, BigDecimal> sheetTotals(ScoreSheetSchema schema, List<ScoreSheet> sheets) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (ScoreSheet sheet : sheets) {
            if (totals.put(sheet.expertId(), weightedTotal(schema, sheet.points())) != null) {
                throw new IllegalArgumentException("Expert " + sheet.expertId() + " has more than one sheet");
            }
        }
        return totals;
    }

    /** One reason per veto item whose combined points fall below its mark; empty when none. */
    public static List<LocalizedText> vetoes(ScoreSheetSchema schema, Map<String, BigDecimal> itemScores) {
        List<LocalizedText> reasons = new ArrayList<>();
        for (ScoreItem item : schema.items()) {
            BigDecimal points = itemScores.get(item.id());
            if (item.isVeto() && points != null && points.compareTo(item.vetoBelow()) < 0) {
                reasons.add(LocalizedText.of(
                        "一票否决：“" + item.label().zh() + "”得分 " + points.toPlainString() + " 低于 "
                                + item.vetoBelow().toPlainString() + " 分",
                        "Veto: \"" + item.label().en() + "\" scored " + points.toPlainString() + ", below "
                                + item.vetoBelow().toPlainString()));
            }
        }
        return reasons;
    }
}
