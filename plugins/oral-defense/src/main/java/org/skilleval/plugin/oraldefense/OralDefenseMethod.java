package org.skilleval.plugin.oraldefense;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.AssessmentMethodBase;
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
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * 口头答辩 (oral defence): the candidate presents the work they defend and answers the panel's
 * questions; every expert of the panel fills one score sheet of four items (100 points, {@link
 * OralDefenseSheet}), and the method's score is the sum of the item means over all experts. The
 * result also reports each expert's own sheet total (the sum of their points, out of the same 100)
 * as its expert totals.
 *
 * <p>Its parameters are declared once in {@link #PARAMETERS}: {@value #MIN_EXPERTS} (the fewest
 * sheets, a plugin-wide default in Config Admin under {@value #PID}) and {@value
 * #VETO_PROBLEM_SOLVING} (plan-only: a site-wide value would silently add a veto to every plan).
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = AssessmentMethod.class,
        configurationPid = OralDefenseMethod.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class OralDefenseMethod extends AssessmentMethodBase {

    /** The method's id, referred to by work plans. */
    public static final String ID = "oral-defense";

    /** The configuration PID of the plugin-wide defaults: {@code org.skilleval.plugin.<method id>}. */
    public static final String PID = "org.skilleval.plugin.oral-defense";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = PanelMean.MIN_EXPERTS;

    /** Key of the veto mark of the problem-solving item. */
    public static final String VETO_PROBLEM_SOLVING = "vetoBelow.problem-solving";

    static final ParameterDeclaration<Integer> MIN_EXPERTS_PARAMETER =
            PanelMean.minExperts(3).configurable();

    static final ParameterDeclaration<BigDecimal> VETO_PROBLEM_SOLVING_PARAMETER = PanelMean.vetoMark(
            OralDefenseSheet.PROBLEM_SOLVING,
            LocalizedText.of(
                    "“解决生产技术难题能力”一票否决线（0–30 分，不设则不否决）",
                    "Veto mark of \"Solving hard production problems\" (0–30; none when unset)"),
            30);

    /** The method's parameters, declared once. */
    static final ParameterDeclarations PARAMETERS =
            ParameterDeclarations.of(MIN_EXPERTS_PARAMETER, VETO_PROBLEM_SOLVING_PARAMETER);

    static final LocalizedText NAME = LocalizedText.of("口头答辩", "Oral defence");

    static final LocalizedText DESCRIPTION = LocalizedText.of(
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

    static final EvidenceSpec EVIDENCE = new EvidenceSpec(
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

    /** The method with the defaults configured in Config Admin; an invalid configuration is refused. */
    @Activate
    public OralDefenseMethod(Map<String, Object> configuration) {
        super(ID, NAME, DESCRIPTION, EVIDENCE, new PluginDefaults(PID, PARAMETERS, configuration));
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        return OralDefenseSheet.schema(require(configuration).get(VETO_PROBLEM_SOLVING_PARAMETER));
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        ParameterValues values = require(configuration);
        ScoreSheetSchema schema = OralDefenseSheet.schema(values.get(VETO_PROBLEM_SOLVING_PARAMETER));
        return PanelMean.of(schema, sheets, values.get(MIN_EXPERTS_PARAMETER)).result(ID, List.of());
    }
}
