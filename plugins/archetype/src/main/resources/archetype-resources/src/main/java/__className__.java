package ${package};

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        int minExperts = minExperts(configuration);
        Scores.requireValid(SCHEMA, sheets);
        List<Violation> panel = new ArrayList<>();
        Set<String> experts = new HashSet<>();
        for (ScoreSheet sheet : sheets) {
            if (!experts.add(sheet.expertId())) {
                panel.add(new Violation(
                        "sheets[" + sheet.expertId() + "]",
                        "duplicate",
                        LocalizedText.of(
                                "评委 " + sheet.expertId() + " 提交了多份评分表",
                                "Expert " + sheet.expertId() + " submitted more than one sheet")));
            }
        }
        if (experts.size() < minExperts) {
            panel.add(new Violation(
                    "sheets",
                    "min-experts",
                    LocalizedText.of(
                            "只有 " + experts.size() + " 位评委提交了评分表，至少需要 " + minExperts + " 位",
                            "Only " + experts.size() + " expert(s) submitted a sheet; at least " + minExperts
                                    + " are required")));
        }
        InvalidInputException.throwIfAny(panel);

        List<BigDecimal> totals = sheets.stream()
                .map(sheet -> Scores.weightedTotal(SCHEMA, sheet.points()))
                .toList();
        BigDecimal score = Scores.mean(totals);
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
                                + SCHEMA.maxTotal().toPlainString())));
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
