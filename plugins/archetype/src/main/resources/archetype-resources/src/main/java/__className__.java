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
import org.skilleval.plugin.api.ParameterDeclaration;
import org.skilleval.plugin.api.ParameterDeclarations;
import org.skilleval.plugin.api.ParameterValues;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.PluginDefaults;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.ScoringSchemeBase;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

/**
 * 加权合格线 (weighted with a pass line), scheme {@code ${methodId}}: each method's score, as a
 * percentage of its maximum, counts with the weight the work plan gives it; the candidate passes
 * when the weighted total reaches the pass line, no method vetoed, and every expert of the panel
 * gave each method at least {@code minExpertPercent} of its maximum.
 *
 * <p>Replace the rule with your own; keep the id stable once a work plan has used it.
 *
 * <p>Its parameters are declared once, in {@link #PARAMETERS}: the declarations give the
 * specifications the platform shows, the reading with every violation reported, and the table in
 * the README (the test fails when that table is stale).
 *
 * <p>Stateless and thread-safe: the platform may call it from several threads at once.
 */
@Component(service = ScoringScheme.class)
public class ${className} extends ScoringSchemeBase {

    /** The scheme's id, referred to by work plans; it never changes between versions. */
    public static final String ID = "${methodId}";

    /** Key of the lowest percentage any one expert may give a method before the candidate fails. */
    public static final String MIN_EXPERT_PERCENT = "minExpertPercent";

    static final ParameterDeclaration<BigDecimal> PASS_LINE_PARAMETER = passLine(60);

    static final ParameterDeclaration<BigDecimal> MIN_EXPERT_PERCENT_PARAMETER = ParameterDeclaration.ofDecimal(
                    MIN_EXPERT_PERCENT,
                    LocalizedText.of("单个评委给分下限（百分制）", "Lowest share any one expert may give (out of 100)"))
            .between(0, 100)
            .withDefault(BigDecimal.ZERO);

    /** The scheme's parameters, declared once. */
    static final ParameterDeclarations PARAMETERS =
            ParameterDeclarations.of(weights(), PASS_LINE_PARAMETER, MIN_EXPERT_PERCENT_PARAMETER);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final LocalizedText NAME = LocalizedText.of("加权合格线", "Weighted with a pass line");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "各评审方式得分按满分折算为百分制，再按工作方案给定的权重加权求和；总分达到合格线、没有评审方式一票否决，"
                    + "且每位评委给每种评审方式的总分都不低于设定的百分比，才予通过。",
            "Each method's score, as a percentage of its maximum, is weighted as the work plan says; the"
                    + " candidate passes when the weighted total reaches the pass line, no method vetoed, and no"
                    + " expert gave any method less than the set percentage.");

    public ${className}() {
        // Without Config Admin defaults the PID only names the plugin's log.
        super(ID, NAME, DESCRIPTION, new PluginDefaults("${package}", PARAMETERS));
    }

    @Override
    protected void checkConfiguration(Parameters configuration, Set<String> methodIds, List<Violation> violations) {
        Scores.weights(configuration, WEIGHT_PREFIX, methodIds, violations);
    }

    @Override
    protected FinalResult combine(
            Map<String, MethodResult> byMethod, Parameters configuration, List<Violation> violations) {
        SortedMap<String, BigDecimal> weights =
                Scores.weights(configuration, WEIGHT_PREFIX, byMethod.keySet(), violations);
        ParameterValues values = defaults().read(configuration, violations);
        InvalidInputException.throwIfAny(violations);
        BigDecimal passLine = values.get(PASS_LINE_PARAMETER);
        BigDecimal expertFloor = values.get(MIN_EXPERT_PERCENT_PARAMETER);

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
        reasons.add(passLineReason(total, passLine));
        boolean vetoed = applyVetoes(byMethod.values(), true, reasons);
        return new FinalResult(total, passed && !vetoed && total.compareTo(passLine) >= 0, reasons);
    }

    @Override
    public BigDecimal maxTotal(Parameters configuration) {
        return HUNDRED;
    }
}
#else
import java.math.BigDecimal;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.AssessmentMethodBase;
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

/**
 * 岗位实操考核 (on-the-job practical test), method {@code ${methodId}}: the candidate performs a typical
 * task of their post in front of the panel; every expert fills one sheet of three items (100 points),
 * and the method's score is the sum of the item means over all experts ({@link PanelMean}).
 *
 * <p>Replace the items, texts and evidence with your enterprise's own method; keep the id stable
 * once a work plan has used it.
 *
 * <p>Its parameters are declared once, in {@link #PARAMETERS}: the declarations give the
 * specifications the platform shows, the reading with every violation reported, and the table in
 * the README (the test fails when that table is stale).
 *
 * <p>Stateless and thread-safe: the platform may call it from several threads at once.
 */
@Component(service = AssessmentMethod.class)
public class ${className} extends AssessmentMethodBase {

    /** The method's id, referred to by work plans; it never changes between versions. */
    public static final String ID = "${methodId}";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = PanelMean.MIN_EXPERTS;

    static final ParameterDeclaration<Integer> MIN_EXPERTS_PARAMETER = PanelMean.minExperts(3);

    /** The method's parameters, declared once. */
    static final ParameterDeclarations PARAMETERS = ParameterDeclarations.of(MIN_EXPERTS_PARAMETER);

    static final String WORKMANSHIP = "workmanship";
    static final String PROCEDURE = "procedure";
    static final String SAFETY = "safety";

    private static final ScoreSheetSchema SCHEMA = new ScoreSheetSchema(List.of(
            item(
                    WORKMANSHIP,
                    "作品质量",
                    "Quality of the work piece",
                    50,
                    LevelDescriptor.of("0", "29.99", "主要尺寸或性能指标不合格", "Main dimensions or performance out of tolerance"),
                    LevelDescriptor.of("30", "44.99", "全部指标合格，个别项接近公差边界", "Every figure within tolerance, a few near the limit"),
                    LevelDescriptor.of("45", "50", "全部指标优于要求，表面与细节无可挑剔", "Every figure better than required, flawless finish")),
            item(
                    PROCEDURE,
                    "工艺方法与操作规范",
                    "Method and working procedure",
                    30,
                    LevelDescriptor.of("0", "17.99", "工艺路线不合理或违反操作规程", "Unsound process route or breaches of the procedure"),
                    LevelDescriptor.of(
                            "18",
                            "25.99",
                            "工艺合理，操作规范，用时在定额内",
                            "Sound process, correct procedure, within the time allowed"),
                    LevelDescriptor.of("26", "30", "工艺有改进，效率明显高于定额", "Improves on the process and clearly beats the time allowed")),
            item(
                    SAFETY,
                    "安全文明生产",
                    "Safety and orderly work",
                    20,
                    LevelDescriptor.of("0", "11.99", "有违章操作或安全隐患", "Unsafe acts or hazards left behind"),
                    LevelDescriptor.of("12", "17.99", "遵守安全规程，现场整洁", "Follows the safety rules, keeps the site tidy"),
                    LevelDescriptor.of("18", "20", "安全防护周全，工完料净场地清", "Thorough protection; site left clean and stocked"))));

    private static final LocalizedText NAME = LocalizedText.of("岗位实操考核", "On-the-job practical test");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "申报人在评审专家组面前完成本岗位的一项典型工作任务。每位评委按作品质量（50 分）、工艺方法与操作规范（30 分）"
                    + "和安全文明生产（20 分）三项打分，满分 100 分；各项取全体评委的平均分，各项平均分之和为本评审方式得分。",
            "The candidate performs a typical task of their post in front of the expert panel. Each expert "
                    + "scores the quality of the work piece (50 points), method and working procedure (30) and "
                    + "safety and orderly work (20), 100 points in all; the method's score is the mean of the "
                    + "experts' totals.");

    private static final EvidenceSpec EVIDENCE = new EvidenceSpec(
            LocalizedText.of("实操任务说明和现场记录", "The task set and the record of the test"),
            List.of(
                    new EvidenceField("task", LocalizedText.of("实操任务说明", "The task set"), EvidenceType.TEXT, true),
                    new EvidenceField(
                            "record",
                            LocalizedText.of("现场记录（照片或视频）", "Record of the test (photos or video)"),
                            EvidenceType.ATTACHMENT,
                            false)));

    public ${className}() {
        // Without Config Admin defaults the PID only names the plugin's log.
        super(ID, NAME, DESCRIPTION, EVIDENCE, new PluginDefaults("${package}", PARAMETERS));
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        require(configuration);
        return SCHEMA;
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        int minExperts = require(configuration).get(MIN_EXPERTS_PARAMETER);
        // PanelMean checks the panel and every sheet, and reports each expert's own total too:
        // schemes that weigh the experts' judgements (a trimmed mean, a vote) read them.
        return PanelMean.of(SCHEMA, sheets, minExperts).result(ID, List.of());
    }

    private static ScoreItem item(String id, String zh, String en, int maxPoints, LevelDescriptor... levels) {
        return ScoreItem.of(id, LocalizedText.of(zh, en), BigDecimal.valueOf(maxPoints), List.of(levels));
    }
}
#end
