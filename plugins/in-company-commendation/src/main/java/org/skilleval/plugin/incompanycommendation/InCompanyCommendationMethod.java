package org.skilleval.plugin.incompanycommendation;

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
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.PluginDefaults;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.EvidenceType;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

/**
 * 企业内表彰 (in-company commendation): the honours the enterprise awarded the candidate, turned into
 * points by a table the work plan configures.
 *
 * <p>The score sheet has one line per recognised honour, on which each panel member (or the
 * enterprise's HR acting as one) records how many of that honour the candidate holds, verified
 * against the certificates: a whole number from 0 to {@value #MAX_COUNT}. The method then
 * <ol>
 * <li>agrees on each honour's count: with {@value #AGREEMENT} = {@code median} (default) it takes
 * the lower median of the sheets' counts, i.e. the largest count a majority of the sheets confirm,
 * and says in the reasons where the sheets differ; with {@code unanimous} differing counts refuse
 * the evaluation until the chair has the sheets corrected;</li>
 * <li>turns each count n into points: the honour's points for the first, and its points ×
 * {@value #REPEAT_FACTOR} for each further one (0 counts an honour once, 1 counts every one in
 * full), rounded to 2 places;</li>
 * <li>adds them up and caps the total at {@value #CAP}, which is also the method's maximum.</li>
 * </ol>
 * The result's item scores are the agreed counts (the sheet's unit); the points are in the reasons.
 * Its expert totals are each sheet's own counts turned into points by the same table, repeat factor
 * and cap, so they are on the method's scale (0 to the cap) like the score.
 *
 * <p>Its parameters are declared once in {@link CommendationParameters}, every default configurable in Config
 * Admin under {@value #PID} (an unknown key or honour is refused):
 * {@code points.<honour>} (decimal ≥ 0, 2 places at most; 0 leaves the honour off the sheet, at
 * least one honour must be worth points), {@value #CAP} (decimal &gt; 0, default 100),
 * {@value #REPEAT_FACTOR} (decimal in [0, 1], default 0.5), {@value #MAX_COUNT} (integer in
 * [1, 99], default 10), {@value #AGREEMENT} ({@code median} or {@code unanimous}),
 * {@value #MIN_EXPERTS} (integer ≥ 1, default 1: the counts are facts, one verified sheet suffices).
 *
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = AssessmentMethod.class,
        configurationPid = InCompanyCommendationMethod.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class InCompanyCommendationMethod extends AssessmentMethodBase {

    /** The method's id, referred to by work plans. */
    public static final String ID = "in-company-commendation";

    /** Prefix of an honour's points, e.g. {@code points.model-worker}. */
    public static final String POINTS_PREFIX = "points.";

    /** Key of the cap on the total, which is also the method's maximum score. */
    public static final String CAP = "cap";

    /** Key of the share of an honour's points each further award of the same honour earns. */
    public static final String REPEAT_FACTOR = "repeatFactor";

    /** Key of the most of one honour a sheet may record. */
    public static final String MAX_COUNT = "maxCount";

    /** Key of the rule that agrees on the counts of several sheets. */
    public static final String AGREEMENT = "agreement";

    /** Key of the minimum number of sheets. */
    public static final String MIN_EXPERTS = PanelMean.MIN_EXPERTS;

    static final String MEDIAN = "median";
    static final String UNANIMOUS = "unanimous";

    /** The configuration PID of the plugin-wide defaults: {@code org.skilleval.plugin.<method id>}. */
    public static final String PID = "org.skilleval.plugin.in-company-commendation";

    private static final LocalizedText NAME = LocalizedText.of("企业内表彰", "In-company commendation");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "将企业授予申报人的表彰按工作方案规定的分值表折算为分数。评委（或作为评委的企业人力资源部门）对照证书"
                    + "核实并在评分表上填写申报人获得各项表彰的次数（整数）。每项表彰首次计该表彰的分值，同一表彰再次获得的"
                    + "每次计分值乘以重复系数（默认 0.5；0 为只计一次，1 为每次全额计分），各项相加后以封顶分（默认 100 分）"
                    + "为上限，封顶分即本评审方式的满分。多位评委的次数不一致时，默认每项取多数评委认可的次数（较小的中位数）"
                    + "并在评审理由中列明分歧；工作方案也可要求各评委完全一致，否则不予计算。内置默认分值：企业级劳动模范 30 分，"
                    + "企业首席技师 30 分，企业技术能手 20 分，企业职业技能竞赛前三名 15 分，企业优秀师傅 10 分，合理化建议奖 5 分。",
            "Turns the honours the enterprise awarded the candidate into points by the table of the work "
                    + "plan. The panel members (or the enterprise's HR acting as one) verify the certificates "
                    + "and record on the sheet how many of each honour the candidate holds (whole numbers). "
                    + "The first of an honour earns its points, each further one of the same honour its "
                    + "points times the repeat factor (default 0.5; 0 counts an honour once, 1 counts every "
                    + "one in full); the sum is capped (default 100), and the cap is the method's maximum. "
                    + "When the sheets' counts differ, each honour takes by default the count a majority of "
                    + "the sheets confirm (the lower median) and the reasons name the difference; a plan can "
                    + "require the sheets to agree instead. Built-in default points: enterprise model worker 30, "
                    + "enterprise chief technician 30, enterprise technical expert 20, top three in an "
                    + "enterprise skill competition 15, enterprise outstanding mentor 10, rationalisation "
                    + "proposal award 5.");

    private static final EvidenceSpec EVIDENCE = new EvidenceSpec(
            LocalizedText.of(
                    "企业授予申报人的表彰清单及其证书或表彰文件",
                    "The list of honours the enterprise awarded the candidate, with their certificates or "
                            + "award notices"),
            List.of(
                    new EvidenceField(
                            "honours",
                            LocalizedText.of("表彰清单（名称、授予单位、年份）", "List of honours (name, awarding body, year)"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            "certificates",
                            LocalizedText.of(
                                    "表彰证书或企业表彰文件扫描件", "Scans of the certificates or the enterprise's award notices"),
                            EvidenceType.ATTACHMENT,
                            true),
                    new EvidenceField(
                            "hr-confirmation",
                            LocalizedText.of("企业人力资源部门的核实意见", "Confirmation by the enterprise's HR department"),
                            EvidenceType.ATTACHMENT,
                            false)));

    /** The method with the defaults configured in Config Admin; an invalid configuration is refused. */
    @Activate
    public InCompanyCommendationMethod(Map<String, Object> configuration) {
        super(
                ID,
                NAME,
                DESCRIPTION,
                EVIDENCE,
                new PluginDefaults(
                        PID, CommendationParameters.ALL, CommendationParameters::someHonourEarnsPoints, configuration));
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        return CommendationParameters.read(configuration, defaults(), NAME).schema();
    }

    /** The score is the honours' points capped, not a sheet total: its scale is the cap. */
    @Override
    public BigDecimal maxScore(Parameters configuration) {
        return CommendationParameters.read(configuration, defaults(), NAME).cap();
    }

    @Override
    public List<Violation> validate(ScoreSheet sheet, Parameters configuration) {
        return CommendationTable.check(
                CommendationParameters.read(configuration, defaults(), NAME).schema(), sheet);
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        CommendationTable config = CommendationParameters.read(configuration, defaults(), NAME);
        ScoreSheetSchema schema = config.schema();
        if (sheets.isEmpty()) {
            throw new InvalidInputException(
                    "sheets", "required", LocalizedText.of("没有提交的评分表", "No score sheet has been submitted"));
        }
        Scores.requirePanel(sheets, config.minExperts());
        List<Violation> invalid = new ArrayList<>();
        for (ScoreSheet sheet : sheets) {
            for (Violation v : CommendationTable.check(schema, sheet)) {
                invalid.add(new Violation("sheets[" + sheet.expertId() + "]." + v.field(), v.rule(), v.message()));
            }
        }
        InvalidInputException.throwIfAny(invalid);

        List<LocalizedText> differences = new ArrayList<>();
        Map<String, BigDecimal> counts = config.agreedCounts(sheets, differences);

        List<LocalizedText> honourReasons = new ArrayList<>();
        BigDecimal total = config.honourPoints(counts, honourReasons);
        BigDecimal cap = config.cap();
        BigDecimal score = CommendationTable.capped(total, cap);
        String max = cap.stripTrailingZeros().toPlainString();

        List<LocalizedText> reasons = new ArrayList<>();
        if (total.compareTo(cap) > 0) {
            reasons.add(LocalizedText.of(
                    "表彰折算合计 " + total.toPlainString() + " 分，超过封顶分，得 " + score.toPlainString() + " / " + max,
                    "Honours total " + total.toPlainString() + " points, above the cap: " + score.toPlainString()
                            + " / " + max));
        } else {
            reasons.add(LocalizedText.of(
                    "表彰折算合计 " + score.toPlainString() + " / " + max + " 分",
                    "Honours total " + score.toPlainString() + " / " + max + " points"));
        }
        if (honourReasons.isEmpty()) {
            reasons.add(LocalizedText.of("未认定任何企业内表彰", "No recognised in-company honour"));
        }
        reasons.addAll(honourReasons);
        reasons.addAll(differences);
        // Each expert's own counts under the same table and cap, for schemes that weigh experts.
        Map<String, BigDecimal> expertTotals = new LinkedHashMap<>();
        for (ScoreSheet sheet : sheets) {
            expertTotals.put(
                    sheet.expertId(), CommendationTable.capped(config.honourPoints(sheet.points(), null), cap));
        }
        return new MethodResult(ID, score, cap, counts, false, reasons, expertTotals);
    }
}
