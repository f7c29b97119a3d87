package ${package};

#if ( $kind == "scheme" )
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.osgi.service.component.annotations.Component;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ParameterType;
import org.skilleval.plugin.api.dto.Violation;

/**
 * 加权合格线 (weighted with a pass line), scheme {@code ${methodId}}: each method's score, as a
 * percentage of its maximum, counts with the weight the work plan gives it; the candidate passes
 * when the weighted total reaches the pass line, no method vetoed, and every expert of the panel
 * gave each method at least {@code minExpertPercent} of its maximum.
 *
 * <p>Replace the rule with your own; keep the id stable once a work plan has used it.
 *
 * <p>Configuration: {@code weight.<methodId>} for every method of the plan (decimals above 0,
 * adding up to exactly 100); {@code passLine} (0–100, default 60); {@code minExpertPercent}
 * (0–100, default 0: no expert floor).
 *
 * <p>Stateless and thread-safe: the platform may call it from several threads at once.
 */
@Component(service = ScoringScheme.class)
public class ${className} implements ScoringScheme {

    /** The scheme's id, referred to by work plans; it never changes between versions. */
    public static final String ID = "${methodId}";

    /** Prefix of the per-method weights: {@code weight.oral-defense = 60}. */
    public static final String WEIGHT_PREFIX = "weight.";

    /** Key of the pass line, a percentage. */
    public static final String PASS_LINE = "passLine";

    /** Key of the lowest percentage any one expert may give a method before the candidate fails. */
    public static final String MIN_EXPERT_PERCENT = "minExpertPercent";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final LocalizedText NAME = LocalizedText.of("加权合格线", "Weighted with a pass line");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "各评审方式得分按满分折算为百分制，再按工作方案给定的权重加权求和；总分达到合格线、没有评审方式一票否决，"
                    + "且每位评委给每种评审方式的总分都不低于设定的百分比，才予通过。",
            "Each method's score, as a percentage of its maximum, is weighted as the work plan says; the"
                    + " candidate passes when the weighted total reaches the pass line, no method vetoed, and no"
                    + " expert gave any method less than the set percentage.");

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec(
                    WEIGHT_PREFIX + "*",
                    LocalizedText.of("各评审方式的权重（合计 100）", "Weight of each method (adding up to 100)"),
                    ParameterType.DECIMAL,
                    null,
                    true),
            new ParameterSpec(
                    PASS_LINE,
                    LocalizedText.of("合格线（百分制）", "Pass line (out of 100)"),
                    ParameterType.DECIMAL,
                    "60",
                    false),
            new ParameterSpec(
                    MIN_EXPERT_PERCENT,
                    LocalizedText.of("单个评委给分下限（百分制）", "Lowest share any one expert may give (out of 100)"),
                    ParameterType.DECIMAL,
                    "0",
                    false));

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
    public List<Violation> validateConfiguration(Parameters configuration, Set<String> methodIds) {
        List<Violation> violations = new ArrayList<>();
        Scores.weights(configuration, WEIGHT_PREFIX, methodIds, violations);
        percent(configuration, PASS_LINE, "60", violations);
        percent(configuration, MIN_EXPERT_PERCENT, "0", violations);
        return violations;
    }

    @Override
    public FinalResult combine(List<MethodResult> results, Parameters configuration) {
        List<Violation> violations = new ArrayList<>();
        Map<String, MethodResult> byMethod = Scores.resultsByMethod(results, violations);
        SortedMap<String, BigDecimal> weights =
                Scores.weights(configuration, WEIGHT_PREFIX, byMethod.keySet(), violations);
        BigDecimal passLine = percent(configuration, PASS_LINE, "60", violations);
        BigDecimal expertFloor = percent(configuration, MIN_EXPERT_PERCENT, "0", violations);
        InvalidInputException.throwIfAny(violations);

        BigDecimal total = BigDecimal.ZERO;
        boolean passed = true;
        List<LocalizedText> reasons = new ArrayList<>();
        for (MethodResult result : byMethod.values()) {
            BigDecimal percent = Scores.percentOf(result.score(), result.maxScore());
            BigDecimal weighted = Scores.round(percent.multiply(weights.get(result.methodId())).divide(HUNDRED));
            total = total.add(weighted);
            reasons.add(LocalizedText.of(
                    result.methodId() + "：" + percent.toPlainString() + "% × 权重 "
                            + weights.get(result.methodId()).toPlainString() + "% = " + weighted.toPlainString(),
                    result.methodId() + ": " + percent.toPlainString() + "% × weight "
                            + weights.get(result.methodId()).toPlainString() + "% = " + weighted.toPlainString()));
            if (result.vetoed()) {
                passed = false;
                reasons.add(LocalizedText.of(
                        "评审方式 " + result.methodId() + " 一票否决，不予通过",
                        "Method " + result.methodId() + " vetoed the candidate"));
            }
            for (Map.Entry<String, BigDecimal> expert : result.expertTotals().entrySet()) {
                BigDecimal given = Scores.percentOf(expert.getValue(), result.maxScore());
                if (given.compareTo(expertFloor) < 0) {
                    passed = false;
                    reasons.add(LocalizedText.of(
                            "评委 " + expert.getKey() + " 给 " + result.methodId() + " 的总分为 " + given.toPlainString()
                                    + "%，低于下限 " + expertFloor.toPlainString() + "%",
                            "Expert " + expert.getKey() + " gave " + result.methodId() + " " + given.toPlainString()
                                    + "%, below the floor of " + expertFloor.toPlainString() + "%"));
                }
            }
        }
        total = total.min(HUNDRED);
        if (total.compareTo(passLine) < 0) {
            passed = false;
        }
        reasons.add(LocalizedText.of(
                "总分 " + total.toPlainString() + "，合格线 " + passLine.toPlainString(),
                "Total " + total.toPlainString() + ", pass line " + passLine.toPlainString()));
        return new FinalResult(total, passed, reasons);
    }

    @Override
    public BigDecimal maxTotal(Parameters configuration) {
        return HUNDRED;
    }

    private static BigDecimal percent(
            Parameters configuration, String key, String defaultValue, List<Violation> violations) {
        BigDecimal value;
        try {
            value = configuration.getDecimal(key, new BigDecimal(defaultValue));
        } catch (InvalidInputException malformed) {
            violations.addAll(malformed.violations());
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            violations.add(new Violation(
                    key,
                    "range",
                    LocalizedText.of(
                            key + " 须在 0 到 100 之间，现为 " + value.toPlainString(),
                            key + " must lie between 0 and 100, not " + value.toPlainString())));
        }
        return value;
    }
}
#else
import java.math.BigDecimal;
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
 * 岗位实操考核 (on-the-job practical test), method {@code ${methodId}}: the candidate performs a typical
 * task of their post in front of the panel; every expert fills one sheet of three items (100 points),
 * and the method's score is the mean of the experts' sheet totals.
 *
 * <p>Replace the items, texts and evidence with your enterprise's own method; keep the id stable
 * once a work plan has used it.
 *
 * <p>Configuration: {@code minExperts} (integer, default 3, at least 1), the fewest sheets from different experts before the method gives a result.
 *
 * <p>Stateless and thread-safe: the platform may call it from several threads at once.
 */
@Component(service = AssessmentMethod.class)
public class ${className} implements AssessmentMethod {

    /** The method's id, referred to by work plans; it never changes between versions. */
    public static final String ID = "${methodId}";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = "minExperts";

    static final int DEFAULT_MIN_EXPERTS = 3;

    static final String WORKMANSHIP = "workmanship";
    static final String PROCEDURE = "procedure";
    static final String SAFETY = "safety";

    private static final ScoreSheetSchema SCHEMA = new ScoreSheetSchema(List.of(
            item(
                    WORKMANSHIP,
                    "作品质量",
                    "Quality of the work piece",
                    50,
                    level("0", "29.99", "主要尺寸或性能指标不合格", "Main dimensions or performance out of tolerance"),
                    level("30", "44.99", "全部指标合格，个别项接近公差边界", "Every figure within tolerance, a few near the limit"),
                    level("45", "50", "全部指标优于要求，表面与细节无可挑剔", "Every figure better than required, flawless finish")),
            item(
                    PROCEDURE,
                    "工艺方法与操作规范",
                    "Method and working procedure",
                    30,
                    level("0", "17.99", "工艺路线不合理或违反操作规程", "Unsound process route or breaches of the procedure"),
                    level(
                            "18",
                            "25.99",
                            "工艺合理，操作规范，用时在定额内",
                            "Sound process, correct procedure, within the time allowed"),
                    level("26", "30", "工艺有改进，效率明显高于定额", "Improves on the process and clearly beats the time allowed")),
            item(
                    SAFETY,
                    "安全文明生产",
                    "Safety and orderly work",
                    20,
                    level("0", "11.99", "有违章操作或安全隐患", "Unsafe acts or hazards left behind"),
                    level("12", "17.99", "遵守安全规程，现场整洁", "Follows the safety rules, keeps the site tidy"),
                    level("18", "20", "安全防护周全，工完料净场地清", "Thorough protection; site left clean and stocked"))));

    private static final LocalizedText NAME = LocalizedText.of("岗位实操考核", "On-the-job practical test");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "申报人在评审专家组面前完成本岗位的一项典型工作任务。每位评委按作品质量（50 分）、工艺方法与操作规范（30 分）"
                    + "和安全文明生产（20 分）三项打分，满分 100 分；本评审方式得分为各位评委总分的平均分。",
            "The candidate performs a typical task of their post in front of the expert panel. Each expert "
                    + "scores the quality of the work piece (50 points), method and working procedure (30) and "
                    + "safety and orderly work (20), 100 points in all; the method's score is the mean of the "
                    + "experts' totals.");

    private static final List<ParameterSpec> PARAMETERS = List.of(new ParameterSpec(
            MIN_EXPERTS,
            LocalizedText.of("最少评委人数（至少 1 人）", "Minimum number of experts (at least 1)"),
            ParameterType.INTEGER,
            Integer.toString(DEFAULT_MIN_EXPERTS),
            false));

    private static final EvidenceSpec EVIDENCE = new EvidenceSpec(
            LocalizedText.of("实操任务说明和现场记录", "The task set and the record of the test"),
            List.of(
                    new EvidenceField("task", LocalizedText.of("实操任务说明", "The task set"), EvidenceType.TEXT, true),
                    new EvidenceField(
                            "record",
                            LocalizedText.of("现场记录（照片或视频）", "Record of the test (photos or video)"),
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
        minExperts(configuration);
        return SCHEMA;
    }

    @Override
    public List<Violation> validate(ScoreSheet sheet, Parameters configuration) {
        return Scores.check(scoreSheet(configuration), sheet);
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        Scores.requirePanel(sheets, minExperts(configuration));
        Scores.requireValid(SCHEMA, sheets);
        // Each expert's own total: schemes that weigh the experts' judgements (a trimmed mean, a
        // vote) read them from the result.
        Map<String, BigDecimal> totals = Scores.sheetTotals(SCHEMA, sheets);
        BigDecimal score = Scores.mean(totals.values());
        return new MethodResult(
                ID,
                score,
                SCHEMA.maxTotal(),
                Scores.itemMeans(SCHEMA, sheets),
                false,
                List.of(LocalizedText.of(
                        sheets.size() + " 位评委总分的平均分 " + score.toPlainString() + " 分（满分 "
                                + SCHEMA.maxTotal().toPlainString() + " 分）",
                        "Mean of " + sheets.size() + " experts' totals: " + score.toPlainString() + " of "
                                + SCHEMA.maxTotal().toPlainString())),
                totals);
    }

    private static int minExperts(Parameters configuration) {
        int minExperts = configuration.getInt(MIN_EXPERTS, DEFAULT_MIN_EXPERTS);
        if (minExperts < 1) {
            throw new InvalidInputException(
                    MIN_EXPERTS, "min", LocalizedText.of("最少评委人数至少为 1", "The minimum number of experts is at least 1"));
        }
        return minExperts;
    }

    private static ScoreItem item(String id, String zh, String en, int maxPoints, LevelDescriptor... levels) {
        return new ScoreItem(
                id, LocalizedText.of(zh, en), BigDecimal.valueOf(maxPoints), BigDecimal.ONE, null, List.of(levels));
    }

    private static LevelDescriptor level(String from, String to, String zh, String en) {
        return new LevelDescriptor(new BigDecimal(from), new BigDecimal(to), LocalizedText.of(zh, en));
    }
}
#end
