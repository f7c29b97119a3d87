package org.skilleval.plugin.performancereview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.ConfigurationStatus;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.EvidenceType;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ParameterType;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>Configuration (every key optional; an unknown key is refused so that a typo never passes
 * silently):
 * <ul>
 * <li>{@value #MIN_EXPERTS} (integer ≥ 1, default {@value #DEFAULT_MIN_EXPERTS});</li>
 * <li>{@code max.<area>} (decimal in [1, 100], at most 2 decimal places, default 25);</li>
 * <li>{@code weight.<area>} (decimal &gt; 0 and ≤ 10, at most 2 decimal places, default 1).</li>
 * </ul>
 *
 * <p>The defaults of the parameters that have one are plugin-wide configuration ({@link
 * PerformanceReviewConfiguration}, PID {@value PerformanceReviewConfiguration#PID}): they apply to every plan that leaves the parameter
 * unset, and {@link #parameters()} reports them. A configured default that breaks the plan rules
 * is refused: the previous valid defaults stay in force, one error is logged and {@link
 * #configurationProblem()} says why.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = AssessmentMethod.class,
        configurationPid = PerformanceReviewConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PerformanceReviewConfiguration.class)
public class PerformanceReviewMethod implements AssessmentMethod, ConfigurationStatus {

    private static final Logger LOG = LoggerFactory.getLogger(PerformanceReviewMethod.class);

    /** The method's id, referred to by work plans. */
    public static final String ID = "performance-review";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = "minExperts";

    /** Prefix of an area's maximum points, e.g. {@code max.mentoring}. */
    public static final String MAX_PREFIX = "max.";

    /** Prefix of an area's weight, e.g. {@code weight.mentoring}. */
    public static final String WEIGHT_PREFIX = "weight.";

    static final int DEFAULT_MIN_EXPERTS = 3;
    static final BigDecimal DEFAULT_MAX = BigDecimal.valueOf(25);
    static final BigDecimal LOWEST_MAX = BigDecimal.ONE;
    static final BigDecimal HIGHEST_MAX = BigDecimal.valueOf(100);
    static final BigDecimal HIGHEST_WEIGHT = BigDecimal.TEN;

    static final String TECHNICAL_RENOVATION = "technical-renovation";
    static final String RESEARCH_INNOVATION = "research-innovation";
    static final String PRODUCTIVITY = "productivity";
    static final String MENTORING = "mentoring";

    /** Lower edges of the five bands, as fractions of an area's maximum. */
    private static final List<BigDecimal> BAND_EDGES = List.of(
            BigDecimal.ZERO,
            new BigDecimal("0.2"),
            new BigDecimal("0.4"),
            new BigDecimal("0.6"),
            new BigDecimal("0.8"));

    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** One area of achievement: its item id, label and the five band descriptions, lowest first. */
    private record Area(String id, LocalizedText label, List<LocalizedText> bands) {}

    private static final List<Area> AREAS = List.of(
            new Area(
                    TECHNICAL_RENOVATION,
                    LocalizedText.of("技术改造", "Technical renovation"),
                    List.of(
                            LocalizedText.of("无明显技术改造业绩", "No notable technical renovation"),
                            LocalizedText.of(
                                    "参与本岗位设备、工艺的小改小革，效果有限",
                                    "Took part in minor improvements of the post's equipment or processes, "
                                            + "with limited effect"),
                            LocalizedText.of(
                                    "主持完成班组或车间级技术改造，解决了生产中的实际问题",
                                    "Led team- or workshop-level renovations that solved real production problems"),
                            LocalizedText.of(
                                    "主持完成企业级重点技术改造，效率、质量或安全水平提高有数据证明",
                                    "Led key enterprise-level renovations; the gain in efficiency, quality or "
                                            + "safety is proven by data"),
                            LocalizedText.of(
                                    "技术改造成果在省级以上推广，或产生重大经济效益",
                                    "Renovation results adopted at provincial level or above, or with major "
                                            + "economic benefit"))),
            new Area(
                    RESEARCH_INNOVATION,
                    LocalizedText.of("研发创新", "R&D and innovation"),
                    List.of(
                            LocalizedText.of("无明显研发创新业绩", "No notable R&D or innovation"),
                            LocalizedText.of(
                                    "参与新产品、新工艺研发，承担一般性工作",
                                    "Took part in developing new products or processes in a routine role"),
                            LocalizedText.of(
                                    "作为骨干参与研发，取得实用新型专利、工法或企业级创新成果",
                                    "Key member of development work; holds utility-model patents, construction "
                                            + "methods or enterprise-level innovation results"),
                            LocalizedText.of(
                                    "主持研发项目，取得发明专利、企业级以上科技进步奖或重要创新成果",
                                    "Led development projects; holds invention patents, science and technology "
                                            + "awards above enterprise level or major innovation results"),
                            LocalizedText.of(
                                    "获省级以上科技进步奖、发明奖，或创新成果达到行业领先水平",
                                    "Won provincial or higher science, technology or invention awards, or the "
                                            + "innovation leads the industry"))),
            new Area(
                    PRODUCTIVITY,
                    LocalizedText.of("成果转化（促进生产力）", "Results turned into productivity"),
                    List.of(
                            LocalizedText.of("无成果转化业绩", "No results turned into production"),
                            LocalizedText.of("成果在本岗位得到应用，效益不明显", "Results applied at the post, with no clear benefit"),
                            LocalizedText.of(
                                    "成果在班组、车间推广应用，有可计量的效益",
                                    "Results adopted by the team or workshop with measurable benefit"),
                            LocalizedText.of(
                                    "成果在企业内推广应用，经济效益显著，有财务或第三方证明",
                                    "Results adopted across the enterprise with marked economic benefit, "
                                            + "certified by finance or a third party"),
                            LocalizedText.of(
                                    "成果在省级以上或行业内推广，产生重大经济效益或社会效益",
                                    "Results adopted at provincial level or above or across the industry, with "
                                            + "major economic or social benefit"))),
            new Area(
                    MENTORING,
                    LocalizedText.of("传师带徒", "Mentoring apprentices"),
                    List.of(
                            LocalizedText.of("无带徒业绩", "No apprentices mentored"),
                            LocalizedText.of(
                                    "签订师徒协议带徒，徒弟取得高级工及以下等级晋升",
                                    "Mentors apprentices under an agreement; apprentices reached senior worker"
                                            + " (level 3) or a lower level"),
                            LocalizedText.of(
                                    "培养的徒弟取得技师、高级技师等级，或在企业技能竞赛中获奖",
                                    "Apprentices reached technician or senior technician, or won enterprise skill"
                                            + " competitions"),
                            LocalizedText.of(
                                    "领办技能大师工作室或企业培训项目，徒弟在市级以上技能竞赛获奖",
                                    "Runs a master's studio or enterprise training programme; apprentices won "
                                            + "city-level or higher skill competitions"),
                            LocalizedText.of(
                                    "徒弟获省级以上技术能手称号或省级以上竞赛奖项，带徒经验在省级以上推广",
                                    "Apprentices won provincial or higher skill-expert titles or competitions; the "
                                            + "mentoring practice is adopted at provincial level or above"))));

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
                            TECHNICAL_RENOVATION,
                            LocalizedText.of("技术改造业绩（项目、本人作用、效果）", "Technical renovation (projects, own role, effect)"),
                            EvidenceType.TEXT,
                            false),
                    new EvidenceField(
                            RESEARCH_INNOVATION,
                            LocalizedText.of(
                                    "研发创新业绩（新产品、新工艺、专利、奖项）",
                                    "R&D and innovation (new products, processes, patents, awards)"),
                            EvidenceType.TEXT,
                            false),
                    new EvidenceField(
                            PRODUCTIVITY,
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
                            MENTORING,
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

    /** The defaults in force: the configuration of a plan that sets no parameter. */
    private volatile Config defaults = Config.BUILT_IN;

    /** Why the last configuration of the defaults was refused; {@code null} when it was accepted. */
    private volatile LocalizedText configurationProblem;

    /** The method with its built-in defaults, as without Config Admin. */
    public PerformanceReviewMethod() {}

    /** The method with the configured defaults; see {@link #modified(PerformanceReviewConfiguration)}. */
    @Activate
    public PerformanceReviewMethod(PerformanceReviewConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Takes changed defaults without a restart. An invalid configuration is refused with one
     * error in the log; the previous valid defaults (the built-in ones at first) stay in force and
     * the method stays available to running rounds.
     */
    @Modified
    void modified(PerformanceReviewConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Why the current configuration of the plugin's defaults was refused (PID, key, value, rule),
     * or empty when it was accepted.
     */
    @Override
    public Optional<LocalizedText> configurationProblem() {
        return Optional.ofNullable(configurationProblem);
    }

    private synchronized void configure(PerformanceReviewConfiguration configuration) {
        // The same reader and rules as a plan's parameters, against the built-in defaults.
        Parameters configured = configured(configuration);
        try {
            defaults = Config.of(configured, Config.BUILT_IN);
            configurationProblem = null;
        } catch (InvalidInputException e) {
            LocalizedText problem =
                    ConfigurationStatus.refused(PerformanceReviewConfiguration.PID, configured, e.violations());
            configurationProblem = problem;
            LOG.error("{} / {}", problem.zh(), problem.en());
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return NAME;
    }

    @Override
    public LocalizedText description() {
        return DESCRIPTION;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return parameterSpecs(defaults);
    }

    @Override
    public EvidenceSpec evidence() {
        return EVIDENCE;
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        return Config.of(configuration, defaults).schema();
    }

    @Override
    public List<Violation> validate(ScoreSheet sheet, Parameters configuration) {
        return Scores.check(scoreSheet(configuration), sheet);
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        Config config = Config.of(configuration, defaults);
        ScoreSheetSchema schema = config.schema();
        Scores.requirePanel(sheets, config.minExperts());
        Scores.requireValid(schema, sheets);

        Map<String, BigDecimal> means = Scores.itemMeans(schema, sheets);
        BigDecimal score = Scores.weightedTotal(schema, means);
        BigDecimal maxScore = schema.maxTotal();

        List<LocalizedText> reasons = new ArrayList<>();
        reasons.add(LocalizedText.of(
                sheets.size() + " 位评委平均分 " + score.toPlainString() + " / " + plain(maxScore),
                "Mean of " + sheets.size() + " experts: " + score.toPlainString() + " / " + plain(maxScore)));
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
        return new MethodResult(ID, score, maxScore, means, false, reasons, Scores.sheetTotals(schema, sheets));
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

    /**
     * The configuration of a work plan, read and checked once per call. The plugin's defaults are
     * one too: the configuration of a plan that sets nothing.
     */
    private record Config(int minExperts, Map<String, BigDecimal> maxima, Map<String, BigDecimal> weights) {

        static final Config BUILT_IN = builtIn();

        private static Config builtIn() {
            Map<String, BigDecimal> maxima = new LinkedHashMap<>();
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            for (Area area : AREAS) {
                maxima.put(area.id(), DEFAULT_MAX);
                weights.put(area.id(), BigDecimal.ONE);
            }
            return new Config(DEFAULT_MIN_EXPERTS, Map.copyOf(maxima), Map.copyOf(weights));
        }

        /** Reads a plan's parameters; what it leaves unset comes from {@code defaults}. */
        static Config of(Parameters parameters, Config defaults) {
            List<Violation> violations = new ArrayList<>();
            Set<String> known = new HashSet<>();
            known.add(MIN_EXPERTS);
            int minExperts = defaults.minExperts();
            try {
                minExperts = parameters.getInt(MIN_EXPERTS, defaults.minExperts());
                if (minExperts < 1) {
                    violations.add(new Violation(
                            MIN_EXPERTS,
                            "min",
                            LocalizedText.of(
                                    "配置项 " + MIN_EXPERTS + " 为 " + minExperts + "，最少评委人数至少为 1",
                                    "Parameter " + MIN_EXPERTS + " is " + minExperts
                                            + "; at least 1 expert is required")));
                }
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            Map<String, BigDecimal> maxima = new LinkedHashMap<>();
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            for (Area area : AREAS) {
                String maxKey = MAX_PREFIX + area.id();
                String weightKey = WEIGHT_PREFIX + area.id();
                known.add(maxKey);
                known.add(weightKey);
                maxima.put(
                        area.id(),
                        decimal(
                                parameters,
                                maxKey,
                                defaults.maxima().get(area.id()),
                                LOWEST_MAX,
                                true,
                                HIGHEST_MAX,
                                violations));
                weights.put(
                        area.id(),
                        decimal(
                                parameters,
                                weightKey,
                                defaults.weights().get(area.id()),
                                BigDecimal.ZERO,
                                false,
                                HIGHEST_WEIGHT,
                                violations));
            }
            for (String key : parameters.asMap().keySet()) {
                if (!known.contains(key)) {
                    violations.add(new Violation(
                            key,
                            "unknown",
                            LocalizedText.of(
                                    "配置项 " + key + " 不是业绩评审的参数",
                                    "Parameter " + key + " is not a parameter of the performance review")));
                }
            }
            InvalidInputException.throwIfAny(violations);
            return new Config(minExperts, Map.copyOf(maxima), Map.copyOf(weights));
        }

        /**
         * The value of a decimal key within its bounds and with at most 2 decimal places; the
         * default when unset or wrong (the violation is recorded).
         */
        private static BigDecimal decimal(
                Parameters parameters,
                String key,
                BigDecimal defaultValue,
                BigDecimal low,
                boolean lowInclusive,
                BigDecimal high,
                List<Violation> violations) {
            BigDecimal value;
            try {
                value = parameters.getDecimal(key, defaultValue);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
                return defaultValue;
            }
            int toLow = value.compareTo(low);
            if ((lowInclusive ? toLow < 0 : toLow <= 0) || value.compareTo(high) > 0) {
                String range = (lowInclusive ? "[" : "(") + plain(low) + ", " + plain(high) + "]";
                violations.add(new Violation(
                        key,
                        "range",
                        LocalizedText.of(
                                "配置项 " + key + " 为 " + value.toPlainString() + "，须在 " + range + " 之内",
                                "Parameter " + key + " is " + value.toPlainString() + "; it must lie in " + range)));
                return defaultValue;
            }
            if (value.stripTrailingZeros().scale() > Scores.SCALE) {
                violations.add(new Violation(
                        key,
                        "scale",
                        LocalizedText.of(
                                "配置项 " + key + " 最多保留 " + Scores.SCALE + " 位小数",
                                "Parameter " + key + " takes at most " + Scores.SCALE + " decimal places")));
                return defaultValue;
            }
            return value;
        }

        ScoreSheetSchema schema() {
            List<ScoreItem> items = new ArrayList<>();
            for (Area area : AREAS) {
                BigDecimal max = maxima.get(area.id());
                items.add(new ScoreItem(area.id(), area.label(), max, weights.get(area.id()), null, levels(area, max)));
            }
            return new ScoreSheetSchema(items);
        }

        /** Five bands from 0 to {@code max}, each starting at its edge's share of the maximum. */
        private static List<LevelDescriptor> levels(Area area, BigDecimal max) {
            List<LevelDescriptor> levels = new ArrayList<>();
            for (int i = 0; i < BAND_EDGES.size(); i++) {
                BigDecimal from = Scores.round(max.multiply(BAND_EDGES.get(i)));
                BigDecimal to = i + 1 < BAND_EDGES.size()
                        ? Scores.round(max.multiply(BAND_EDGES.get(i + 1))).subtract(CENT)
                        : max;
                levels.add(new LevelDescriptor(from, to, area.bands().get(i)));
            }
            return levels;
        }
    }

    /** A configuration's defaults under the plan's keys, as configured (not yet checked). */
    private static Parameters configured(PerformanceReviewConfiguration configuration) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MIN_EXPERTS, configuration.minExperts());
        values.put(MAX_PREFIX + TECHNICAL_RENOVATION, configuration.max_technical$_$renovation());
        values.put(MAX_PREFIX + RESEARCH_INNOVATION, configuration.max_research$_$innovation());
        values.put(MAX_PREFIX + PRODUCTIVITY, configuration.max_productivity());
        values.put(MAX_PREFIX + MENTORING, configuration.max_mentoring());
        values.put(WEIGHT_PREFIX + TECHNICAL_RENOVATION, configuration.weight_technical$_$renovation());
        values.put(WEIGHT_PREFIX + RESEARCH_INNOVATION, configuration.weight_research$_$innovation());
        values.put(WEIGHT_PREFIX + PRODUCTIVITY, configuration.weight_productivity());
        values.put(WEIGHT_PREFIX + MENTORING, configuration.weight_mentoring());
        return Parameters.of(values);
    }

    private static List<ParameterSpec> parameterSpecs(Config defaults) {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(new ParameterSpec(
                MIN_EXPERTS,
                LocalizedText.of("最少评委人数（至少 1 人）", "Minimum number of experts (at least 1)"),
                ParameterType.INTEGER,
                Integer.toString(defaults.minExperts()),
                false));
        for (Area area : AREAS) {
            specs.add(new ParameterSpec(
                    MAX_PREFIX + area.id(),
                    LocalizedText.of(
                            "“" + area.label().zh() + "”满分（1–100 分）",
                            "Maximum points of \"" + area.label().en() + "\" (1–100)"),
                    ParameterType.DECIMAL,
                    plain(defaults.maxima().get(area.id())),
                    false));
        }
        for (Area area : AREAS) {
            specs.add(new ParameterSpec(
                    WEIGHT_PREFIX + area.id(),
                    LocalizedText.of(
                            "“" + area.label().zh() + "”权重（大于 0，至多 10）",
                            "Weight of \"" + area.label().en() + "\" (above 0, at most 10)"),
                    ParameterType.DECIMAL,
                    plain(defaults.weights().get(area.id())),
                    false));
        }
        return List.copyOf(specs);
    }
}
