package org.skilleval.plugin.oraldefense;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * 口头答辩 (oral defence): the candidate presents the work they defend and answers the panel's
 * questions; every expert of the panel fills one score sheet of four items (100 points), and the
 * method's score is the sum of the item means over all experts. The result also reports each
 * expert's own sheet total (the sum of their points, out of the same 100) as its expert totals.
 *
 * <p>Configuration:
 * <ul>
 * <li>{@value #MIN_EXPERTS} (integer, default {@value #DEFAULT_MIN_EXPERTS}, at least 1): the fewest
 * sheets the panel must submit before the method gives a result;</li>
 * <li>{@value #VETO_PROBLEM_SOLVING} (decimal in [0, 30], optional): makes
 * {@value #PROBLEM_SOLVING} a veto item (一票否决项) with this mark.</li>
 * </ul>
 *
 * <p>The default of {@value #MIN_EXPERTS} is plugin-wide configuration ({@link
 * OralDefenseConfiguration}, PID {@value OralDefenseConfiguration#PID}): it applies to every plan
 * that leaves the parameter unset, and {@link #parameters()} reports it. A configured default that
 * breaks the plan rules is refused: the previous valid defaults stay in force, one error is logged
 * and {@link #configurationProblem()} says why.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = AssessmentMethod.class,
        configurationPid = OralDefenseConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = OralDefenseConfiguration.class)
public class OralDefenseMethod implements AssessmentMethod, ConfigurationStatus {

    private static final Logger LOG = LoggerFactory.getLogger(OralDefenseMethod.class);

    /** The method's id, referred to by work plans. */
    public static final String ID = "oral-defense";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = "minExperts";

    /** Key of the veto mark of the problem-solving item. */
    public static final String VETO_PROBLEM_SOLVING = "vetoBelow.problem-solving";

    static final int DEFAULT_MIN_EXPERTS = 3;

    static final String PROFESSIONAL_KNOWLEDGE = "professional-knowledge";
    static final String PROBLEM_SOLVING = "problem-solving";
    static final String INNOVATION = "innovation";
    static final String EXPRESSION = "expression";

    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    private static final LocalizedText PROBLEM_SOLVING_LABEL =
            LocalizedText.of("解决生产技术难题能力", "Solving hard production problems");

    private static final List<LevelDescriptor> PROBLEM_SOLVING_LEVELS = List.of(
            level(
                    "0",
                    "17.99",
                    "未能说明所解决难题的技术原理和关键环节，回答追问含糊或有明显错误",
                    "Cannot explain the technical principle or key steps of the problems solved; "
                            + "answers to follow-up questions are vague or clearly wrong"),
            level(
                    "18",
                    "23.99",
                    "能说明所解决难题的起因、措施和效果，方案基本可行，应对追问尚可",
                    "Explains the cause, measures and effect of the problems solved; the solution "
                            + "is basically sound and follow-up questions are answered adequately"),
            level(
                    "24",
                    "26.99",
                    "独立解决过本岗位关键技术难题，分析透彻，措施得当，效果有数据支撑",
                    "Has independently solved key technical problems of the post; the analysis is "
                            + "thorough, the measures apt and the effect backed by data"),
            level(
                    "27",
                    "30",
                    "主持攻克行业或企业重大生产技术难题，能举一反三，对追问中的新情境给出可行方案",
                    "Led the solution of major production problems of the enterprise or industry; "
                            + "transfers the approach and proposes workable solutions to new cases raised by the panel"));

    private static final ScoreItem PROFESSIONAL_KNOWLEDGE_ITEM = new ScoreItem(
            PROFESSIONAL_KNOWLEDGE,
            LocalizedText.of("专业理论知识", "Professional knowledge"),
            THIRTY,
            BigDecimal.ONE,
            null,
            List.of(
                    level(
                            "0",
                            "17.99",
                            "对本职业基础理论掌握不牢，回答专业问题有概念性错误",
                            "Weak grasp of the trade's fundamentals; conceptual errors in answers "
                                    + "to professional questions"),
                    level(
                            "18",
                            "23.99",
                            "掌握本职业基础理论和相关标准，能正确回答一般专业问题",
                            "Knows the trade's fundamentals and the relevant standards; answers "
                                    + "ordinary professional questions correctly"),
                    level(
                            "24",
                            "26.99",
                            "系统掌握本职业理论知识，了解相关工艺、设备和标准的最新发展",
                            "Systematic command of the trade's theory; aware of recent developments "
                                    + "in related processes, equipment and standards"),
                    level(
                            "27",
                            "30",
                            "理论功底深厚，能运用理论解释复杂工艺现象，熟悉国内外前沿技术",
                            "Deep theoretical grounding; uses theory to explain complex process "
                                    + "phenomena and knows the state of the art at home and abroad")));

    private static final ScoreItem INNOVATION_ITEM = new ScoreItem(
            INNOVATION,
            LocalizedText.of("技术创新与成果转化", "Technical innovation and its application"),
            TWENTY,
            BigDecimal.ONE,
            null,
            List.of(
                    level(
                            "0",
                            "11.99",
                            "无明显技术创新，或成果未在生产中应用",
                            "No notable innovation, or the results have not been applied in production"),
                    level(
                            "12",
                            "15.99",
                            "有工艺改进或技术革新，在本岗位或班组中得到应用",
                            "Has made process improvements or technical innovations applied at the "
                                    + "post or in the team"),
                    level(
                            "16",
                            "17.99",
                            "取得专利、工法或技术革新成果，在企业内推广并产生可计量的经济效益",
                            "Holds patents, construction methods or innovation results spread within "
                                    + "the enterprise with measurable economic benefit"),
                    level(
                            "18",
                            "20",
                            "创新成果获省部级及以上奖励或在行业推广，经济和社会效益显著",
                            "Innovations won provincial or ministerial awards or were adopted across "
                                    + "the industry, with marked economic and social benefit")));

    private static final ScoreItem EXPRESSION_ITEM = new ScoreItem(
            EXPRESSION,
            LocalizedText.of("表达与逻辑", "Expression and reasoning"),
            TWENTY,
            BigDecimal.ONE,
            null,
            List.of(
                    level(
                            "0",
                            "11.99",
                            "陈述条理不清，答非所问，超时或明显准备不足",
                            "Disorganised presentation, answers miss the question, overruns or is "
                                    + "clearly unprepared"),
                    level(
                            "12",
                            "15.99",
                            "陈述基本完整，回答切题，用语基本规范",
                            "Presentation broadly complete, answers on point, terminology mostly correct"),
                    level(
                            "16",
                            "17.99",
                            "陈述重点突出、层次分明，回答准确流畅，专业术语使用规范",
                            "Focused, well-structured presentation; accurate, fluent answers with "
                                    + "correct terminology"),
                    level(
                            "18",
                            "20",
                            "表达精炼、逻辑严密，善用图表数据佐证观点，具备传授技艺的讲解能力",
                            "Concise, rigorous reasoning backed by charts and data; explains like a "
                                    + "master passing on the craft")));

    private static final LocalizedText NAME = LocalizedText.of("口头答辩", "Oral defence");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "申报人围绕本人的技术业绩进行陈述，并回答评审专家组的提问。每位评委按专业理论知识（30 分）、"
                    + "解决生产技术难题能力（30 分）、技术创新与成果转化（20 分）和表达与逻辑（20 分）四项打分，"
                    + "满分 100 分；各项取全体评委的平均分，四项平均分之和为本评审方式得分。"
                    + "工作方案可规定最少评委人数，并可将“解决生产技术难题能力”设为一票否决项。",
            "The candidate presents their technical achievements and answers the expert panel's "
                    + "questions. Each expert scores professional knowledge (30 points), solving hard "
                    + "production problems (30), technical innovation and its application (20) and "
                    + "expression and reasoning (20), 100 points in all; each item takes the mean over "
                    + "all experts, and the method's score is the sum of the item means. A work plan can "
                    + "set the minimum number of experts and make problem solving a veto item.");

    private static final EvidenceSpec EVIDENCE = new EvidenceSpec(
            LocalizedText.of(
                    "答辩题目、所答辩技术业绩的概要，以及可选的答辩录音录像",
                    "The defence topic, a summary of the work defended and, optionally, a recording "
                            + "of the defence"),
            List.of(
                    new EvidenceField(
                            "defence-topic", LocalizedText.of("答辩题目", "Defence topic"), EvidenceType.TEXT, true),
                    new EvidenceField(
                            "work-summary",
                            LocalizedText.of(
                                    "答辩业绩概要（解决的难题、采取的措施、取得的效果）",
                                    "Summary of the work defended (problems solved, measures taken, results)"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            "recording",
                            LocalizedText.of("答辩录音录像", "Recording of the defence"),
                            EvidenceType.ATTACHMENT,
                            false)));

    /** The defaults in force: the configuration of a plan that sets no parameter. */
    private volatile Config defaults = Config.BUILT_IN;

    /** Why the last configuration of the defaults was refused; {@code null} when it was accepted. */
    private volatile LocalizedText configurationProblem;

    /** The method with its built-in defaults, as without Config Admin. */
    public OralDefenseMethod() {}

    /** The method with the configured defaults; see {@link #modified(OralDefenseConfiguration)}. */
    @Activate
    public OralDefenseMethod(OralDefenseConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Takes changed defaults without a restart. An invalid configuration is refused with one
     * error in the log; the previous valid defaults (the built-in ones at first) stay in force and
     * the method stays available to running rounds.
     */
    @Modified
    void modified(OralDefenseConfiguration configuration) {
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

    private synchronized void configure(OralDefenseConfiguration configuration) {
        // The same reader and rules as a plan's parameters, against the built-in defaults.
        Parameters configured = Parameters.of(Map.of(MIN_EXPERTS, configuration.minExperts()));
        try {
            defaults = Config.of(configured, Config.BUILT_IN);
            configurationProblem = null;
        } catch (InvalidInputException e) {
            LocalizedText problem =
                    ConfigurationStatus.refused(OralDefenseConfiguration.PID, configured, e.violations());
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
                        VETO_PROBLEM_SOLVING,
                        LocalizedText.of(
                                "“解决生产技术难题能力”一票否决线（0–30 分，不设则不否决）",
                                "Veto mark of \"Solving hard production problems\" (0–30; none when unset)"),
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
        reasons.addAll(vetoes);
        return new MethodResult(
                ID, score, maxScore, means, !vetoes.isEmpty(), reasons, Scores.sheetTotals(schema, sheets));
    }

    /**
     * The configuration of a work plan, read and checked once per call. The plugin's defaults are
     * one too: the configuration of a plan that sets nothing.
     */
    private record Config(int minExperts, BigDecimal vetoBelowProblemSolving) {

        static final Config BUILT_IN = new Config(DEFAULT_MIN_EXPERTS, null);

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
                vetoBelow = parameters.getDecimal(VETO_PROBLEM_SOLVING, defaults.vetoBelowProblemSolving());
                if (vetoBelow != null && (vetoBelow.signum() < 0 || vetoBelow.compareTo(THIRTY) > 0)) {
                    violations.add(new Violation(
                            VETO_PROBLEM_SOLVING,
                            "range",
                            LocalizedText.of(
                                    "配置项 " + VETO_PROBLEM_SOLVING + " 为 " + vetoBelow.toPlainString()
                                            + "，一票否决线须在 0–30 分之间",
                                    "Parameter " + VETO_PROBLEM_SOLVING + " is " + vetoBelow.toPlainString()
                                            + "; the veto mark must lie in 0–30")));
                }
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            InvalidInputException.throwIfAny(violations);
            return new Config(minExperts, vetoBelow);
        }

        ScoreSheetSchema schema() {
            ScoreItem problemSolving = new ScoreItem(
                    PROBLEM_SOLVING,
                    PROBLEM_SOLVING_LABEL,
                    THIRTY,
                    BigDecimal.ONE,
                    vetoBelowProblemSolving,
                    PROBLEM_SOLVING_LEVELS);
            return new ScoreSheetSchema(
                    List.of(PROFESSIONAL_KNOWLEDGE_ITEM, problemSolving, INNOVATION_ITEM, EXPRESSION_ITEM));
        }
    }

    private static LevelDescriptor level(String from, String to, String zh, String en) {
        return new LevelDescriptor(new BigDecimal(from), new BigDecimal(to), LocalizedText.of(zh, en));
    }
}
