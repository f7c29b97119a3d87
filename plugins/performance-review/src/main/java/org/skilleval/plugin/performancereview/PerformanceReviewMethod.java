package org.skilleval.plugin.performancereview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.AssessmentMethodBase;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.PanelMean;
import org.skilleval.plugin.api.ParameterDeclaration;
import org.skilleval.plugin.api.ParameterDeclarations;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.PluginDefaults;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.EvidenceType;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

/**
 * 业绩评审 (performance review): the panel reviews the achievements the candidate documented in the
 * application and scores four areas the pilot scheme names (seed 二（四）): 技术改造, 研发创新,
 * 成果转化/促进生产力 and 传师带徒. Each area has five bands of level descriptors at 0, 20, 40, 60 and
 * 80 % of its maximum, so that experts score alike whatever maximum a plan gives the area.
 *
 * <p>Result: each area takes the mean of all experts' points (rounded to 2 places); the method's
 * score is {@code Σ mean × weight} out of {@code Σ maximum × weight}; each expert's own total, reported
 * as the result's expert totals, is {@code Σ points × weight} of their sheet, on the same scale.
 *
 * <p>Its parameters are declared once in {@link #PARAMETERS} (an unknown key is refused so that a
 * typo never passes silently): {@value #MIN_EXPERTS}, and per area ({@link PerformanceArea}) {@code
 * max.<area>} (decimal in [1, 100], at most 2 decimal places, default 25) and {@code weight.<area>}
 * (decimal &gt; 0 and ≤ 10, at most 2 decimal places, default 1). Every default is plugin-wide
 * configuration in Config Admin under {@value #PID}.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = AssessmentMethod.class,
        configurationPid = PerformanceReviewMethod.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class PerformanceReviewMethod extends AssessmentMethodBase {

    /** The method's id, referred to by work plans. */
    public static final String ID = "performance-review";

    /** The configuration PID of the plugin-wide defaults: {@code org.skilleval.plugin.<method id>}. */
    public static final String PID = "org.skilleval.plugin.performance-review";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = PanelMean.MIN_EXPERTS;

    /** Prefix of an area's maximum points, e.g. {@code max.mentoring}. */
    public static final String MAX_PREFIX = "max.";

    /** Prefix of an area's weight, e.g. {@code weight.mentoring}. */
    public static final String WEIGHT_PREFIX = "weight.";

    private static final ParameterDeclaration<Integer> MIN_EXPERTS_PARAMETER =
            PanelMean.minExperts(3).configurable();

    /** The method's parameters, declared once: the fewest experts, then every maximum, then every weight. */
    static final ParameterDeclarations PARAMETERS = declarations();

    private static ParameterDeclarations declarations() {
        List<ParameterDeclaration<?>> all = new ArrayList<>();
        all.add(MIN_EXPERTS_PARAMETER);
        all.addAll(PerformanceArea.MAXIMA.values());
        all.addAll(PerformanceArea.WEIGHTS.values());
        return ParameterDeclarations.of(all.toArray(ParameterDeclaration<?>[]::new));
    }

    private static final LocalizedText NAME = LocalizedText.of("业绩评审", "Performance review");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "评审专家组审阅申报人在申报材料中提供的工作业绩及证明材料，按技术改造、研发创新、成果转化（促进生产力）"
                    + "和传师带徒四个方面打分，每个方面内置默认满分 25 分、权重 1，评分表为每个方面给出五档评分标准。"
                    + "每个方面取全体评委的平均分（保留两位小数），本评审方式得分为各方面平均分乘以权重之和，"
                    + "满分为各方面满分乘以权重之和。工作方案可调整各方面的满分和权重，并规定最少评委人数。",
            "The expert panel reviews the achievements and the supporting documents in the candidate's "
                    + "application and scores four areas: technical renovation, R&D and innovation, results "
                    + "turned into productivity, and mentoring apprentices; each area is worth 25 points with "
                    + "weight 1 by built-in default, and the score sheet describes five bands for each. Each area takes "
                    + "the mean of all experts' points (2 decimal places); the method's score is the sum of "
                    + "the area means times their weights, out of the sum of the area maxima times their "
                    + "weights. A work plan can change each area's maximum and weight and set the minimum "
                    + "number of experts.");

    private static final EvidenceSpec EVIDENCE = new EvidenceSpec(
            LocalizedText.of(
                    "申报人的工作业绩：技术改造、研发创新、成果转化和传师带徒方面的成果，以及相应的证明材料",
                    "The candidate's achievements in technical renovation, R&D and innovation, results turned "
                            + "into productivity and mentoring, with supporting documents"),
            List.of(
                    new EvidenceField(
                            "work-summary",
                            LocalizedText.of("工作业绩概述", "Summary of achievements"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            PerformanceArea.TECHNICAL_RENOVATION,
                            LocalizedText.of("技术改造业绩（项目、本人作用、效果）", "Technical renovation (projects, own role, effect)"),
                            EvidenceType.TEXT,
                            false),
                    new EvidenceField(
                            PerformanceArea.RESEARCH_INNOVATION,
                            LocalizedText.of(
                                    "研发创新业绩（新产品、新工艺、专利、奖项）",
                                    "R&D and innovation (new products, processes, patents, awards)"),
                            EvidenceType.TEXT,
                            false),
                    new EvidenceField(
                            PerformanceArea.PRODUCTIVITY,
                            LocalizedText.of(
                                    "成果转化业绩（推广范围、应用效果）", "Results turned into productivity (where adopted, effect)"),
                            EvidenceType.TEXT,
                            false),
                    new EvidenceField(
                            "economic-benefit",
                            LocalizedText.of("经核实的年经济效益（万元）", "Verified annual economic benefit (10,000 CNY)"),
                            EvidenceType.NUMBER,
                            false),
                    new EvidenceField(
                            PerformanceArea.MENTORING,
                            LocalizedText.of(
                                    "传师带徒业绩（徒弟姓名、取得的等级和获奖）",
                                    "Mentoring (apprentices, the levels and awards they reached)"),
                            EvidenceType.TEXT,
                            false),
                    new EvidenceField(
                            "apprentices",
                            LocalizedText.of("带徒人数", "Number of apprentices mentored"),
                            EvidenceType.NUMBER,
                            false),
                    new EvidenceField(
                            "supporting-documents",
                            LocalizedText.of(
                                    "业绩证明材料（专利证书、获奖证书、企业出具的效益证明等）",
                                    "Supporting documents (patent and award certificates, the enterprise's "
                                            + "statement of benefit, …)"),
                            EvidenceType.ATTACHMENT,
                            true)));

    /** The method with the defaults configured in Config Admin; an invalid configuration is refused. */
    @Activate
    public PerformanceReviewMethod(Map<String, Object> configuration) {
        super(ID, NAME, DESCRIPTION, EVIDENCE, new PluginDefaults(PID, PARAMETERS, configuration));
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        Plan plan = read(configuration);
        return PerformanceArea.schema(plan.maxima(), plan.weights());
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        Plan plan = read(configuration);
        ScoreSheetSchema schema = PerformanceArea.schema(plan.maxima(), plan.weights());
        PanelMean panel = PanelMean.of(schema, sheets, plan.minExperts());
        Map<String, BigDecimal> means = panel.means();
        List<LocalizedText> reasons = new ArrayList<>();
        for (ScoreItem item : schema.items()) {
            BigDecimal mean = means.get(item.id());
            LevelDescriptor band = bandOf(item, mean);
            String weight = item.weight().compareTo(BigDecimal.ONE) == 0 ? "" : plain(item.weight());
            reasons.add(LocalizedText.of(
                    item.label().zh() + "：平均 " + mean.toPlainString() + " / " + plain(item.maxPoints()) + " 分"
                            + (weight.isEmpty() ? "" : "，权重 " + weight) + "，属“"
                            + band.description().zh() + "”档",
                    item.label().en() + ": mean " + mean.toPlainString() + " / " + plain(item.maxPoints())
                            + (weight.isEmpty() ? "" : ", weight " + weight) + ", band \""
                            + band.description().en()
                            + "\""));
        }
        return panel.result(ID, reasons);
    }

    /** The band a combined score falls in; bands cover [0, max] in steps of 0.01. */
    private static LevelDescriptor bandOf(ScoreItem item, BigDecimal points) {
        LevelDescriptor found = item.levels().get(0);
        for (LevelDescriptor level : item.levels()) {
            if (points.compareTo(level.from()) >= 0) {
                found = level;
            }
        }
        return found;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A plan's configuration, read and checked once per call. */
    private record Plan(int minExperts, Map<String, BigDecimal> maxima, Map<String, BigDecimal> weights) {}

    /**
     * Reads a plan's configuration area by area, so that its violations come in the order a person
     * reads the sheet; an unknown key is refused last.
     *
     * @throws InvalidInputException listing every rule it breaks
     */
    private Plan read(Parameters configuration) {
        List<Violation> violations = new ArrayList<>();
        int minExperts = defaults().read(MIN_EXPERTS_PARAMETER, configuration, violations);
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (PerformanceArea area : PerformanceArea.AREAS) {
            maxima.put(area.id(), defaults().read(PerformanceArea.MAXIMA.get(area.id()), configuration, violations));
            weights.put(area.id(), defaults().read(PerformanceArea.WEIGHTS.get(area.id()), configuration, violations));
        }
        PARAMETERS.unknownKeys(configuration, NAME, violations);
        InvalidInputException.throwIfAny(violations);
        return new Plan(minExperts, maxima, weights);
    }
}
