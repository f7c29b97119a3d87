package org.skilleval.plugin.technicalchallenge;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * 技术攻关 (technical challenge): the candidate presents a real production problem they solved, their
 * solution and its effect measured before and after; every expert scores the problem's difficulty
 * and significance (30 points), the solution's quality and originality (40) and the measured effect
 * (30), and the method's score is the sum of the item means over all experts, out of 100. The result
 * also reports each expert's own sheet total (out of the same 100) as its expert totals, vetoed or
 * not.
 *
 * <p>Configuration (every key optional; an unknown key is refused):
 * <ul>
 * <li>{@value #MIN_EXPERTS} (integer ≥ 1, default {@value #DEFAULT_MIN_EXPERTS});</li>
 * <li>{@value #VETO_MEASURED_EFFECT} (decimal in [0, 30]): makes {@value #MEASURED_EFFECT} a veto
 * item (一票否决项): when the panel's mean for it falls below this mark the result is vetoed. The
 * lowest band of the item (0–5.99) means no measured effect, so a mark of 6 fails every candidate
 * whose solution the panel finds has no measured effect.</li>
 * </ul>
 *
 * <p>The defaults of the parameters that have one are plugin-wide configuration ({@link
 * TechnicalChallengeConfiguration}, PID {@value TechnicalChallengeConfiguration#PID}): they apply to every plan that leaves the parameter
 * unset, and {@link #parameters()} reports them. A configured default that breaks the plan rules
 * is refused: the previous valid defaults stay in force, one error is logged and {@link
 * #configurationProblem()} says why.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = AssessmentMethod.class,
        configurationPid = TechnicalChallengeConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = TechnicalChallengeConfiguration.class)
public class TechnicalChallengeMethod implements AssessmentMethod, ConfigurationStatus {

    private static final Logger LOG = LoggerFactory.getLogger(TechnicalChallengeMethod.class);

    /** The method's id, referred to by work plans. */
    public static final String ID = "technical-challenge";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = "minExperts";

    /** Key of the veto mark of the measured-effect item. */
    public static final String VETO_MEASURED_EFFECT = "vetoBelow.measured-effect";

    static final int DEFAULT_MIN_EXPERTS = 3;

    static final String PROBLEM = "problem";
    static final String SOLUTION = "solution";
    static final String MEASURED_EFFECT = "measured-effect";

    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);

    private static final ScoreItem PROBLEM_ITEM = new ScoreItem(
            PROBLEM,
            LocalizedText.of("难题的难度与意义", "Difficulty and significance of the problem"),
            THIRTY,
            BigDecimal.ONE,
            null,
            List.of(
                    level(
                            "0",
                            "5.99",
                            "一般性问题，按常规方法即可解决，或问题并非真实生产难题",
                            "An ordinary problem that routine methods solve, or not a real production problem"),
                    level(
                            "6",
                            "14.99",
                            "本岗位的技术难题，影响生产效率、质量或成本",
                            "A hard problem of the post that affects efficiency, quality or cost"),
                    level(
                            "15",
                            "23.99",
                            "车间或企业的关键难题，长期制约生产，常规手段难以解决",
                            "A key problem of the workshop or enterprise that held production back for a "
                                    + "long time and resisted routine means"),
                    level(
                            "24",
                            "30",
                            "企业或行业的重大难题（“卡脖子”、安全或质量瓶颈），解决后意义重大",
                            "A major problem of the enterprise or industry (a bottleneck of technology, "
                                    + "safety or quality) whose solution matters greatly")));

    private static final ScoreItem SOLUTION_ITEM = new ScoreItem(
            SOLUTION,
            LocalizedText.of("解决方案的质量与创新性", "Quality and originality of the solution"),
            FORTY,
            BigDecimal.ONE,
            null,
            List.of(
                    level(
                            "0",
                            "15.99",
                            "方案照搬常规做法或不完整，原理不清，可行性存疑",
                            "The solution copies routine practice or is incomplete; its principle is unclear "
                                    + "and its feasibility doubtful"),
                    level(
                            "16",
                            "27.99",
                            "方案完整可行，原理清楚，对原有做法有一定改进",
                            "A complete, workable solution with a clear principle that improves on the "
                                    + "previous practice"),
                    level(
                            "28",
                            "35.99",
                            "分析透彻，措施得当，采用了新方法、新工装或新工艺，本人起主导作用",
                            "Thorough analysis and apt measures using new methods, tooling or processes, "
                                    + "with the candidate in the lead"),
                    level(
                            "36",
                            "40",
                            "方案原创性强，形成专利、工法或标准，可在企业或行业推广复制",
                            "A highly original solution that produced patents, construction methods or "
                                    + "standards and can be replicated across the enterprise or industry")));

    private static final LocalizedText MEASURED_EFFECT_LABEL =
            LocalizedText.of("实测效果（攻关前后对比）", "Measured effect (before and after)");

    private static final List<LevelDescriptor> MEASURED_EFFECT_LEVELS = List.of(
            level("0", "5.99", "无攻关前后的实测数据，或实测无改善", "No measurement before and after, or no measured improvement"),
            level("6", "14.99", "有攻关前后的实测数据，指标有所改善", "Measurements before and after show some improvement"),
            level(
                    "15",
                    "23.99",
                    "关键指标改善明显，经企业验收确认",
                    "Key indicators clearly improved, confirmed by the enterprise's acceptance"),
            level(
                    "24",
                    "30",
                    "关键指标大幅改善并持续稳定，经济效益显著，经财务或第三方核实",
                    "Key indicators improved greatly and lastingly with marked economic benefit, "
                            + "verified by finance or a third party"));

    private static final LocalizedText NAME = LocalizedText.of("技术攻关", "Technical challenge");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "申报人提交本人主持或主要参与解决的一项真实生产难题、所采取的解决方案，以及攻关前后的实测数据，"
                    + "由评审专家组评判。每位评委按难题的难度与意义（30 分）、解决方案的质量与创新性（40 分）和"
                    + "实测效果（30 分）三项打分，满分 100 分；各项取全体评委的平均分（保留两位小数），三项平均分之和"
                    + "为本评审方式得分。工作方案可规定最少评委人数，并可将“实测效果”设为一票否决项：其平均分低于"
                    + "否决线（例如 6 分，即评委认定无实测效果）时本评审方式不通过。",
            "The candidate submits a real production problem they solved or mainly helped to solve, their "
                    + "solution and measurements taken before and after, and the expert panel judges them. "
                    + "Each expert scores the difficulty and significance of the problem (30 points), the "
                    + "quality and originality of the solution (40) and the measured effect (30), 100 points "
                    + "in all; each item takes the mean over all experts (2 decimal places) and the method's "
                    + "score is the sum of the three means. A work plan can set the minimum number of "
                    + "experts and make the measured effect a veto item: when its mean falls below the mark "
                    + "(e.g. 6, the panel finds no measured effect) the method fails the candidate.");

    private static final EvidenceSpec EVIDENCE = new EvidenceSpec(
            LocalizedText.of(
                    "一项真实生产难题、本人的解决方案，以及攻关前后同一指标的实测数据和检测或验收报告",
                    "A real production problem, the candidate's solution, and measurements of one indicator "
                            + "before and after with the test or acceptance report"),
            List.of(
                    new EvidenceField(
                            "problem-statement",
                            LocalizedText.of(
                                    "难题描述（现象、对生产的影响、以往的处理办法）",
                                    "Problem statement (symptoms, impact on production, earlier attempts)"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            "solution",
                            LocalizedText.of(
                                    "解决方案（原理、措施、本人承担的工作）", "Solution (principle, measures, the candidate's own part)"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            "indicator",
                            LocalizedText.of(
                                    "衡量效果的指标及单位（如废品率 %、停机时间 h/月）",
                                    "Indicator of the effect and its unit (e.g. scrap rate %, downtime h/month)"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            "measurement-before",
                            LocalizedText.of("攻关前实测值", "Measured value before"),
                            EvidenceType.NUMBER,
                            true),
                    new EvidenceField(
                            "measurement-after",
                            LocalizedText.of("攻关后实测值", "Measured value after"),
                            EvidenceType.NUMBER,
                            true),
                    new EvidenceField(
                            "completed-on", LocalizedText.of("攻关完成日期", "Date completed"), EvidenceType.DATE, false),
                    new EvidenceField(
                            "measurement-report",
                            LocalizedText.of(
                                    "检测报告或验收证明（企业或第三方出具）",
                                    "Test report or acceptance certificate (by the enterprise or a third party)"),
                            EvidenceType.ATTACHMENT,
                            true),
                    new EvidenceField(
                            "attachments",
                            LocalizedText.of(
                                    "其他附件（图纸、照片、视频、效益证明）",
                                    "Other attachments (drawings, photos, videos, statements of benefit)"),
                            EvidenceType.ATTACHMENT,
                            false)));

    /** The defaults in force: the configuration of a plan that sets no parameter. */
    private volatile Config defaults = Config.BUILT_IN;

    /** Why the last configuration of the defaults was refused; {@code null} when it was accepted. */
    private volatile LocalizedText configurationProblem;

    /** The method with its built-in defaults, as without Config Admin. */
    public TechnicalChallengeMethod() {}

    /** The method with the configured defaults; see {@link #modified(TechnicalChallengeConfiguration)}. */
    @Activate
    public TechnicalChallengeMethod(TechnicalChallengeConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Takes changed defaults without a restart. An invalid configuration is refused with one
     * error in the log; the previous valid defaults (the built-in ones at first) stay in force and
     * the method stays available to running rounds.
     */
    @Modified
    void modified(TechnicalChallengeConfiguration configuration) {
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

    private synchronized void configure(TechnicalChallengeConfiguration configuration) {
        // The same reader and rules as a plan's parameters, against the built-in defaults.
        Parameters configured = Parameters.of(Map.of(MIN_EXPERTS, configuration.minExperts()));
        try {
            defaults = Config.of(configured, Config.BUILT_IN);
            configurationProblem = null;
        } catch (InvalidInputException e) {
            LocalizedText problem =
                    ConfigurationStatus.refused(TechnicalChallengeConfiguration.PID, configured, e.violations());
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
        return List.of(
                new ParameterSpec(
                        MIN_EXPERTS,
                        LocalizedText.of("最少评委人数（至少 1 人）", "Minimum number of experts (at least 1)"),
                        ParameterType.INTEGER,
                        Integer.toString(defaults.minExperts()),
                        false),
                new ParameterSpec(
                        VETO_MEASURED_EFFECT,
                        LocalizedText.of(
                                "“实测效果”一票否决线（0–30 分，不设则不否决；6 分即无实测效果不通过）",
                                "Veto mark of \"Measured effect\" (0–30; none when unset; 6 fails a solution "
                                        + "without measured effect)"),
                        ParameterType.DECIMAL,
                        null,
                        false));
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
        List<LocalizedText> vetoes = Scores.vetoes(schema, means);

        List<LocalizedText> reasons = new ArrayList<>();
        reasons.add(LocalizedText.of(
                sheets.size() + " 位评委平均分 " + score.toPlainString() + " / " + maxScore.toPlainString(),
                "Mean of " + sheets.size() + " experts: " + score.toPlainString() + " / " + maxScore.toPlainString()));
        for (ScoreItem item : schema.items()) {
            BigDecimal mean = means.get(item.id());
            reasons.add(LocalizedText.of(
                    item.label().zh() + "：平均 " + mean.toPlainString() + " / " + item.maxPoints() + " 分",
                    item.label().en() + ": mean " + mean.toPlainString() + " / " + item.maxPoints()));
        }
        reasons.addAll(vetoes);
        return new MethodResult(
                ID, score, maxScore, means, !vetoes.isEmpty(), reasons, Scores.sheetTotals(schema, sheets));
    }

    /**
     * The configuration of a work plan, read and checked once per call. The plugin's defaults are
     * one too: the configuration of a plan that sets nothing.
     */
    private record Config(int minExperts, BigDecimal vetoBelowMeasuredEffect) {

        static final Config BUILT_IN = new Config(DEFAULT_MIN_EXPERTS, null);

        private static final Set<String> KNOWN = Set.of(MIN_EXPERTS, VETO_MEASURED_EFFECT);

        /** Reads a plan's parameters; what it leaves unset comes from {@code defaults}. */
        static Config of(Parameters parameters, Config defaults) {
            List<Violation> violations = new ArrayList<>();
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
            BigDecimal vetoBelow = null;
            try {
                vetoBelow = parameters.getDecimal(VETO_MEASURED_EFFECT, defaults.vetoBelowMeasuredEffect());
                if (vetoBelow != null && (vetoBelow.signum() < 0 || vetoBelow.compareTo(THIRTY) > 0)) {
                    violations.add(new Violation(
                            VETO_MEASURED_EFFECT,
                            "range",
                            LocalizedText.of(
                                    "配置项 " + VETO_MEASURED_EFFECT + " 为 " + vetoBelow.toPlainString()
                                            + "，一票否决线须在 0–30 分之间",
                                    "Parameter " + VETO_MEASURED_EFFECT + " is " + vetoBelow.toPlainString()
                                            + "; the veto mark must lie in 0–30")));
                }
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            for (String key : parameters.asMap().keySet()) {
                if (!KNOWN.contains(key)) {
                    violations.add(new Violation(
                            key,
                            "unknown",
                            LocalizedText.of(
                                    "配置项 " + key + " 不是技术攻关的参数",
                                    "Parameter " + key + " is not a parameter of the technical challenge")));
                }
            }
            InvalidInputException.throwIfAny(violations);
            return new Config(minExperts, vetoBelow);
        }

        ScoreSheetSchema schema() {
            ScoreItem measuredEffect = new ScoreItem(
                    MEASURED_EFFECT,
                    MEASURED_EFFECT_LABEL,
                    THIRTY,
                    BigDecimal.ONE,
                    vetoBelowMeasuredEffect,
                    MEASURED_EFFECT_LEVELS);
            return new ScoreSheetSchema(List.of(PROBLEM_ITEM, SOLUTION_ITEM, measuredEffect));
        }
    }

    private static LevelDescriptor level(String from, String to, String zh, String en) {
        return new LevelDescriptor(new BigDecimal(from), new BigDecimal(to), LocalizedText.of(zh, en));
    }
}
