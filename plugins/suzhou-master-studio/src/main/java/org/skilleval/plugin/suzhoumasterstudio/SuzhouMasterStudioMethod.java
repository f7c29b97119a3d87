package org.skilleval.plugin.suzhoumasterstudio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.skilleval.plugin.api.AssessmentMethod;
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

/**
 * 技能大师工作室建设成效评价 (assessment of a skill master studio's results), a city extension of
 * 苏州市 (3205): a candidate who leads a 技能大师工作室 recognised at city level or above is assessed
 * on what the studio achieved under them. Every expert of the panel fills one sheet of four items
 * (100 points); the method's score is the sum of the item means over all experts.
 *
 * <p>The service property {@code skilleval.city=3205} makes it usable only by Suzhou enterprises,
 * once Suzhou's skills evaluation agency has enabled it.
 *
 * <p>Configuration:
 * <ul>
 * <li>{@value #MIN_EXPERTS} (integer, default {@value #DEFAULT_MIN_EXPERTS}, at least 1): the fewest
 * sheets the panel must submit before the method gives a result;</li>
 * <li>{@value #VETO_APPRENTICE_TRAINING} (decimal in [0, 30], optional): makes
 * {@value #APPRENTICE_TRAINING} a veto item (一票否决项) with this mark: a studio that passed on no
 * skills does not qualify, however strong its own results.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
@Component(
        service = AssessmentMethod.class,
        property = SuzhouMasterStudioMethod.CITY_PROPERTY + "=" + SuzhouMasterStudioMethod.SUZHOU)
public class SuzhouMasterStudioMethod implements AssessmentMethod {

    /** The method's id, referred to by work plans. */
    public static final String ID = "suzhou-master-studio";

    /** The service property that makes a plugin a city extension. */
    static final String CITY_PROPERTY = "skilleval.city";

    /** 苏州市's administrative code. */
    static final String SUZHOU = "3205";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = "minExperts";

    /** Key of the veto mark of the apprentice-training item. */
    public static final String VETO_APPRENTICE_TRAINING = "vetoBelow.apprentice-training";

    static final int DEFAULT_MIN_EXPERTS = 3;

    static final String STUDIO_BUILDING = "studio-building";
    static final String TECHNICAL_BREAKTHROUGH = "technical-breakthrough";
    static final String APPRENTICE_TRAINING = "apprentice-training";
    static final String SKILL_TRANSMISSION = "skill-transmission";

    private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private static final ScoreItem STUDIO_BUILDING_ITEM = new ScoreItem(
            STUDIO_BUILDING,
            LocalizedText.of("工作室团队与条件建设", "Studio team and facilities"),
            FIFTEEN,
            BigDecimal.ONE,
            null,
            List.of(
                    level(
                            "0",
                            "8.99",
                            "团队不足 5 人或结构单一，场地设备不能满足攻关和带徒需要，制度未落实",
                            "A team of fewer than 5 or of one trade; premises and equipment do not serve "
                                    + "problem solving or apprenticeship; rules exist on paper only"),
                    level(
                            "9",
                            "11.99",
                            "团队结构合理，有固定场地和必要设备，管理制度和工作计划基本落实",
                            "A balanced team with its own premises and the necessary equipment; rules "
                                    + "and work plans are broadly followed"),
                    level(
                            "12",
                            "15",
                            "团队梯队完整、跨工种协作，场地设备先进，企业持续投入经费，运行规范有记录",
                            "A full succession of masters across trades, modern equipment, steady funding "
                                    + "by the enterprise and documented, orderly operation")));

    private static final ScoreItem TECHNICAL_BREAKTHROUGH_ITEM = new ScoreItem(
            TECHNICAL_BREAKTHROUGH,
            LocalizedText.of("技术攻关与革新成果", "Technical breakthroughs and innovations"),
            THIRTY,
            BigDecimal.ONE,
            null,
            List.of(
                    level(
                            "0",
                            "17.99",
                            "近三年无有效攻关项目，或成果未在生产中应用",
                            "No effective problem-solving project in the last three years, or none applied "
                                    + "in production"),
                    level(
                            "18",
                            "23.99",
                            "完成企业生产技术难题攻关，形成工艺改进或革新成果并在本企业应用",
                            "Solved production problems of the enterprise; the process improvements or "
                                    + "innovations are applied within it"),
                    level(
                            "24",
                            "26.99",
                            "主持完成重点攻关项目，取得专利、工法或标准，产生可计量的经济效益",
                            "Led key projects yielding patents, construction methods or standards with "
                                    + "measurable economic benefit"),
                    level(
                            "27",
                            "30",
                            "攻克行业关键技术难题，成果获省部级及以上奖励或在行业推广，效益显著",
                            "Solved key problems of the industry; results won provincial or ministerial "
                                    + "awards or spread across the industry, with marked benefit")));

    private static final ScoreItem APPRENTICE_TRAINING_ITEM_TEMPLATE = new ScoreItem(
            APPRENTICE_TRAINING,
            LocalizedText.of("带徒传技与人才培养", "Apprenticeship and training"),
            THIRTY,
            BigDecimal.ONE,
            null,
            List.of(
                    level(
                            "0",
                            "17.99",
                            "未签订带徒协议或徒弟技能等级无提升",
                            "No apprenticeship agreements, or no apprentice rose a skill level"),
                    level(
                            "18",
                            "23.99",
                            "近三年带徒 3 人以上，徒弟中有晋升高级工或技师",
                            "Three or more apprentices in the last three years, some promoted to senior "
                                    + "worker or technician"),
                    level(
                            "24",
                            "26.99",
                            "徒弟中有晋升技师、高级技师，或在市级及以上职业技能竞赛中获奖",
                            "Apprentices promoted to technician or senior technician, or prize winners of "
                                    + "city-level or higher skills competitions"),
                    level(
                            "27",
                            "30",
                            "培养出高级技师、省级及以上技术能手或技能大师，形成稳定的人才梯队",
                            "Trained senior technicians, provincial or national technical experts or "
                                    + "skill masters, and a stable succession of talent")));

    private static final ScoreItem SKILL_TRANSMISSION_ITEM = new ScoreItem(
            SKILL_TRANSMISSION,
            LocalizedText.of("绝技绝活传承与交流推广", "Passing on and spreading the craft"),
            TWENTY_FIVE,
            BigDecimal.ONE,
            null,
            List.of(
                    level(
                            "0",
                            "14.99",
                            "未总结提炼操作法或绝技绝活，无对外交流",
                            "No working methods or special skills written down; no exchange outside the " + "studio"),
                    level(
                            "15",
                            "19.99",
                            "总结形成操作法、技术手册或培训课程，在企业内推广",
                            "Working methods, technical manuals or courses written and spread within the "
                                    + "enterprise"),
                    level(
                            "20",
                            "22.99",
                            "以工作室名义开展跨企业交流、技术服务或技能培训，成效有记录",
                            "Exchanges, technical services or training beyond the enterprise in the studio's "
                                    + "name, with recorded results"),
                    level(
                            "23",
                            "25",
                            "操作法或绝技绝活被命名推广，工作室成为区域技能传承和交流平台",
                            "Named working methods or special skills promoted in the region; the studio is a "
                                    + "platform for passing on and exchanging skills")));

    private static final LocalizedText NAME = LocalizedText.of("技能大师工作室建设成效评价", "Skill master studio assessment");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "苏州市城市扩展评审方式，须经苏州市职业技能鉴定机构启用后，苏州市试点企业方可在工作方案中选用。"
                    + "领衔市级及以上技能大师工作室的申报人，按工作室在其领衔期间的建设成效评价：工作室团队与条件建设（15 分）、"
                    + "技术攻关与革新成果（30 分）、带徒传技与人才培养（30 分）和绝技绝活传承与交流推广（25 分），满分 100 分；"
                    + "各项取全体评委的平均分，四项平均分之和为本评审方式得分。工作方案可规定最少评委人数，"
                    + "并可将“带徒传技与人才培养”设为一票否决项。",
            "A city extension of Suzhou: Suzhou pilot enterprises may choose it in a work plan once Suzhou's "
                    + "skills evaluation agency has enabled it. A candidate who leads a skill master studio "
                    + "recognised at city level or above is assessed on what the studio achieved under them: "
                    + "studio team and facilities (15 points), technical breakthroughs and innovations (30), "
                    + "apprenticeship and training (30) and passing on and spreading the craft (25), 100 points "
                    + "in all; each item takes the mean over all experts, and the method's score is the sum of the "
                    + "item means. A work plan can set the minimum number of experts and make apprenticeship a "
                    + "veto item.");

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec(
                    MIN_EXPERTS,
                    LocalizedText.of("最少评委人数（至少 1 人）", "Minimum number of experts (at least 1)"),
                    ParameterType.INTEGER,
                    Integer.toString(DEFAULT_MIN_EXPERTS),
                    false),
            new ParameterSpec(
                    VETO_APPRENTICE_TRAINING,
                    LocalizedText.of(
                            "“带徒传技与人才培养”一票否决线（0–30 分，不设则不否决）",
                            "Veto mark of \"Apprenticeship and training\" (0–30; none when unset)"),
                    ParameterType.DECIMAL,
                    null,
                    false));

    private static final EvidenceSpec EVIDENCE = new EvidenceSpec(
            LocalizedText.of(
                    "工作室的认定情况、近三年的攻关成果和带徒名册，以及可选的交流推广记录",
                    "The studio's recognition, its results and apprentice roll of the last three years and, "
                            + "optionally, records of exchanges"),
            List.of(
                    new EvidenceField(
                            "studio-recognition",
                            LocalizedText.of(
                                    "工作室名称、认定级别（国家级、省级、市级）和认定文号",
                                    "The studio's name, level of recognition (national, provincial, city) "
                                            + "and the recognising document's number"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            "recognition-document",
                            LocalizedText.of("工作室认定文件", "The document recognising the studio"),
                            EvidenceType.ATTACHMENT,
                            true),
                    new EvidenceField(
                            "achievements",
                            LocalizedText.of(
                                    "近三年攻关项目、革新成果及其效益",
                                    "Problem-solving projects and innovations of the last three years and "
                                            + "their benefit"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            "apprentice-roll",
                            LocalizedText.of(
                                    "带徒名册及徒弟技能等级晋升、竞赛获奖证明",
                                    "The apprentice roll with proof of the apprentices' promotions and prizes"),
                            EvidenceType.ATTACHMENT,
                            true),
                    new EvidenceField(
                            "exchange-records",
                            LocalizedText.of(
                                    "跨企业交流、技术服务和技能培训记录", "Records of exchanges, technical services and training"),
                            EvidenceType.ATTACHMENT,
                            false)));

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
        return PARAMETERS;
    }

    @Override
    public EvidenceSpec evidence() {
        return EVIDENCE;
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        return Config.of(configuration).schema();
    }

    @Override
    public List<Violation> validate(ScoreSheet sheet, Parameters configuration) {
        return Scores.check(scoreSheet(configuration), sheet);
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        Config config = Config.of(configuration);
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

    /** The configuration of a work plan, read and checked once per call. */
    private record Config(int minExperts, BigDecimal vetoBelowApprenticeTraining) {

        static Config of(Parameters parameters) {
            List<Violation> violations = new ArrayList<>();
            int minExperts = DEFAULT_MIN_EXPERTS;
            try {
                minExperts = parameters.getInt(MIN_EXPERTS, DEFAULT_MIN_EXPERTS);
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
                vetoBelow = parameters.getDecimal(VETO_APPRENTICE_TRAINING, null);
                if (vetoBelow != null && (vetoBelow.signum() < 0 || vetoBelow.compareTo(THIRTY) > 0)) {
                    violations.add(new Violation(
                            VETO_APPRENTICE_TRAINING,
                            "range",
                            LocalizedText.of(
                                    "配置项 " + VETO_APPRENTICE_TRAINING + " 为 " + vetoBelow.toPlainString()
                                            + "，一票否决线须在 0–30 分之间",
                                    "Parameter " + VETO_APPRENTICE_TRAINING + " is " + vetoBelow.toPlainString()
                                            + "; the veto mark must lie in 0–30")));
                }
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            InvalidInputException.throwIfAny(violations);
            return new Config(minExperts, vetoBelow);
        }

        ScoreSheetSchema schema() {
            ScoreItem apprenticeTraining = new ScoreItem(
                    APPRENTICE_TRAINING,
                    APPRENTICE_TRAINING_ITEM_TEMPLATE.label(),
                    APPRENTICE_TRAINING_ITEM_TEMPLATE.maxPoints(),
                    APPRENTICE_TRAINING_ITEM_TEMPLATE.weight(),
                    vetoBelowApprenticeTraining,
                    APPRENTICE_TRAINING_ITEM_TEMPLATE.levels());
            return new ScoreSheetSchema(List.of(
                    STUDIO_BUILDING_ITEM, TECHNICAL_BREAKTHROUGH_ITEM, apprenticeTraining, SKILL_TRANSMISSION_ITEM));
        }
    }

    private static LevelDescriptor level(String from, String to, String zh, String en) {
        return new LevelDescriptor(new BigDecimal(from), new BigDecimal(to), LocalizedText.of(zh, en));
    }
}
