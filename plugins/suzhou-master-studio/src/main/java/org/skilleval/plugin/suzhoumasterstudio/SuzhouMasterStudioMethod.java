package org.skilleval.plugin.suzhoumasterstudio;

import java.math.BigDecimal;
import java.util.List;
import org.osgi.service.component.annotations.Component;
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
 * 技能大师工作室建设成效评价 (assessment of a skill master studio's results), a city extension of
 * 苏州市 (3205): a candidate who leads a 技能大师工作室 recognised at city level or above is assessed
 * on what the studio achieved under them. Every expert of the panel fills one sheet of four items
 * (100 points); the method's score is the sum of the item means over all experts.
 *
 * <p>The service property {@code skilleval.city=3205} makes it usable only by Suzhou enterprises,
 * once Suzhou's skills evaluation agency has enabled it.
 *
 * <p>Its parameters are declared once in {@link #PARAMETERS}: {@value #MIN_EXPERTS} and {@value
 * #VETO_APPRENTICE_TRAINING}, which makes apprenticeship a veto item (一票否决项): a studio that passed
 * on no skills does not qualify, however strong its own results. Neither has a plugin-wide default
 * in Config Admin.
 *
 * <p>Stateless and thread-safe.
 */
@Component(
        service = AssessmentMethod.class,
        property = SuzhouMasterStudioMethod.CITY_PROPERTY + "=" + SuzhouMasterStudioMethod.SUZHOU)
public class SuzhouMasterStudioMethod extends AssessmentMethodBase {

    /** The method's id, referred to by work plans. */
    public static final String ID = "suzhou-master-studio";

    /** The service property that makes a plugin a city extension. */
    static final String CITY_PROPERTY = "skilleval.city";

    /** 苏州市's administrative code. */
    static final String SUZHOU = "3205";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = PanelMean.MIN_EXPERTS;

    /** Key of the veto mark of the apprentice-training item. */
    public static final String VETO_APPRENTICE_TRAINING = "vetoBelow.apprentice-training";

    static final ParameterDeclaration<Integer> MIN_EXPERTS_PARAMETER = PanelMean.minExperts(3);

    static final ParameterDeclaration<BigDecimal> VETO_APPRENTICE_TRAINING_PARAMETER = PanelMean.vetoMark(
            SuzhouMasterStudioSheet.APPRENTICE_TRAINING,
            LocalizedText.of(
                    "“带徒传技与人才培养”一票否决线（0–30 分，不设则不否决）",
                    "Veto mark of \"Apprenticeship and training\" (0–30; none when unset)"),
            30);

    /** The method's parameters, declared once. */
    static final ParameterDeclarations PARAMETERS =
            ParameterDeclarations.of(MIN_EXPERTS_PARAMETER, VETO_APPRENTICE_TRAINING_PARAMETER);

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

    /** The method; it has no Config Admin defaults, so its PID only names its log. */
    public SuzhouMasterStudioMethod() {
        super(ID, NAME, DESCRIPTION, EVIDENCE, new PluginDefaults("org.skilleval.plugin." + ID, PARAMETERS));
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        return SuzhouMasterStudioSheet.schema(require(configuration).get(VETO_APPRENTICE_TRAINING_PARAMETER));
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        ParameterValues values = require(configuration);
        ScoreSheetSchema schema = SuzhouMasterStudioSheet.schema(values.get(VETO_APPRENTICE_TRAINING_PARAMETER));
        return PanelMean.of(schema, sheets, values.get(MIN_EXPERTS_PARAMETER)).result(ID, List.of());
    }
}
