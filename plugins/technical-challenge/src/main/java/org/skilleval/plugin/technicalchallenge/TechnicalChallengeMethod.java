package org.skilleval.plugin.technicalchallenge;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.skilleval.plugin.api.ParameterValues;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.PluginDefaults;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.EvidenceType;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

/**
 * 技术攻关 (technical challenge): the candidate presents a real production problem they solved, their
 * solution and its effect measured before and after; every expert scores the problem's difficulty
 * and significance (30 points), the solution's quality and originality (40) and the measured effect
 * (30), and the method's score is the sum of the item means over all experts, out of 100. The result
 * also reports each expert's own sheet total (out of the same 100) as its expert totals, vetoed or
 * not.
 *
 * <p>Its parameters are declared once in {@link #PARAMETERS} (an unknown key is refused):
 * {@value #MIN_EXPERTS} (a plugin-wide default in Config Admin under {@value #PID}) and {@value
 * #VETO_MEASURED_EFFECT}, which makes the measured effect a veto item (一票否决项). The lowest band of
 * the item (0–5.99) means no measured effect, so a mark of 6 fails every candidate whose solution
 * the panel finds has no measured effect.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = AssessmentMethod.class,
        configurationPid = TechnicalChallengeMethod.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class TechnicalChallengeMethod extends AssessmentMethodBase {

    /** The method's id, referred to by work plans. */
    public static final String ID = "technical-challenge";

    /** The configuration PID of the plugin-wide defaults: {@code org.skilleval.plugin.<method id>}. */
    public static final String PID = "org.skilleval.plugin.technical-challenge";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = PanelMean.MIN_EXPERTS;

    /** Key of the veto mark of the measured-effect item. */
    public static final String VETO_MEASURED_EFFECT = "vetoBelow.measured-effect";

    static final ParameterDeclaration<Integer> MIN_EXPERTS_PARAMETER =
            PanelMean.minExperts(3).configurable();

    static final ParameterDeclaration<BigDecimal> VETO_MEASURED_EFFECT_PARAMETER = PanelMean.vetoMark(
            TechnicalChallengeSheet.MEASURED_EFFECT,
            LocalizedText.of(
                    "“实测效果”一票否决线（0–30 分，不设则不否决；6 分即无实测效果不通过）",
                    "Veto mark of \"Measured effect\" (0–30; none when unset; 6 fails a solution "
                            + "without measured effect)"),
            30);

    /** The method's parameters, declared once. */
    static final ParameterDeclarations PARAMETERS =
            ParameterDeclarations.of(MIN_EXPERTS_PARAMETER, VETO_MEASURED_EFFECT_PARAMETER);

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

    /** The method with the defaults configured in Config Admin; an invalid configuration is refused. */
    @Activate
    public TechnicalChallengeMethod(Map<String, Object> configuration) {
        super(ID, NAME, DESCRIPTION, EVIDENCE, new PluginDefaults(PID, PARAMETERS, configuration));
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        return TechnicalChallengeSheet.schema(read(configuration).get(VETO_MEASURED_EFFECT_PARAMETER));
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        ParameterValues values = read(configuration);
        ScoreSheetSchema schema = TechnicalChallengeSheet.schema(values.get(VETO_MEASURED_EFFECT_PARAMETER));
        PanelMean panel = PanelMean.of(schema, sheets, values.get(MIN_EXPERTS_PARAMETER));
        List<LocalizedText> itemMeans = new ArrayList<>();
        for (ScoreItem item : schema.items()) {
            BigDecimal mean = panel.means().get(item.id());
            itemMeans.add(LocalizedText.of(
                    item.label().zh() + "：平均 " + mean.toPlainString() + " / " + item.maxPoints() + " 分",
                    item.label().en() + ": mean " + mean.toPlainString() + " / " + item.maxPoints()));
        }
        return panel.result(ID, itemMeans);
    }

    /** A plan's configuration with the defaults in force; an unknown key is refused too. */
    private ParameterValues read(Parameters configuration) {
        List<Violation> violations = new ArrayList<>();
        ParameterValues values = defaults().read(configuration, violations);
        PARAMETERS.unknownKeys(configuration, NAME, violations);
        InvalidInputException.throwIfAny(violations);
        return values;
    }
}
