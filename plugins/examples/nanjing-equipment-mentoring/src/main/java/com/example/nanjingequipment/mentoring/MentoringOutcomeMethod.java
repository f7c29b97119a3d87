package com.example.nanjingequipment.mentoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.AssessmentMethodBase;
import org.skilleval.plugin.api.PanelMean;
import org.skilleval.plugin.api.ParameterDeclaration;
import org.skilleval.plugin.api.ParameterDeclarations;
import org.skilleval.plugin.api.ParameterValues;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.PluginDefaults;
import org.skilleval.plugin.api.Scores;
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
 * 师带徒成效评价 (mentoring outcomes), the equipment group's own method {@code nanjing-equipment-mentoring}:
 * the pilot scheme admits candidates whose 传师带徒成果显著, and the group judges that by what the
 * candidate's apprentices became, not by what the candidate says about them. Every expert fills one
 * sheet of three items (100 points): the apprentices' advancement in skill level (40), their
 * competition awards and innovations (30) and how the candidate passes the craft on (30). The
 * method's score is the mean of the experts' sheet totals.
 *
 * <p>Its parameters are declared once, in {@link #PARAMETERS}: {@code minExperts} (the fewest
 * sheets from different experts before the method gives a result) and {@code
 * vetoBelow.apprentice-advancement}, which makes the apprentices' advancement a veto item (一票否决项)
 * — a master whose apprentices did not advance fails the method whatever the rest.
 *
 * <p>Stateless and thread-safe.
 */
@Component(service = AssessmentMethod.class)
public class MentoringOutcomeMethod extends AssessmentMethodBase {

    /** The method's id, referred to by work plans; it never changes between versions. */
    public static final String ID = "nanjing-equipment-mentoring";

    /** Key of the minimum number of expert sheets. */
    public static final String MIN_EXPERTS = PanelMean.MIN_EXPERTS;

    /** Key of the veto mark of the apprentices' advancement. */
    public static final String VETO_ADVANCEMENT = "vetoBelow.apprentice-advancement";

    static final String ADVANCEMENT = "apprentice-advancement";
    static final String ACHIEVEMENTS = "apprentice-achievements";
    static final String PASSING_ON = "passing-on";

    private static final BigDecimal FORTY = BigDecimal.valueOf(40);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private static final LocalizedText ADVANCEMENT_LABEL =
            LocalizedText.of("徒弟技能等级晋升", "Apprentices' advancement in skill level");

    private static final List<LevelDescriptor> ADVANCEMENT_LEVELS = List.of(
            LevelDescriptor.of(
                    "0",
                    "15.99",
                    "近五年所带徒弟无人晋升技能等级，或带徒不足 2 人",
                    "No apprentice rose a skill level in the last five years, or fewer than two apprentices"),
            LevelDescriptor.of("16", "27.99", "所带徒弟中有人晋升高级工或技师", "Some apprentices rose to senior worker or technician"),
            LevelDescriptor.of(
                    "28",
                    "35.99",
                    "2 名及以上徒弟晋升技师或高级技师",
                    "Two or more apprentices rose to technician or senior technician"),
            LevelDescriptor.of(
                    "36",
                    "40",
                    "徒弟中有人晋升高级技师并成为本企业关键岗位技术骨干",
                    "An apprentice became a senior technician and holds a key technical post of the enterprise"));

    private static final ScoreItem ACHIEVEMENTS_ITEM = ScoreItem.of(
            ACHIEVEMENTS,
            LocalizedText.of("徒弟竞赛与创新成果", "Apprentices' competition awards and innovations"),
            THIRTY,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "11.99",
                            "徒弟无竞赛获奖，也无技术创新成果",
                            "No competition award and no innovation by the apprentices"),
                    LevelDescriptor.of(
                            "12",
                            "20.99",
                            "徒弟在企业级技能竞赛中获奖，或有合理化建议被采纳",
                            "Apprentices won company skill competitions or had improvement proposals adopted"),
                    LevelDescriptor.of(
                            "21",
                            "26.99",
                            "徒弟在市级及以上技能竞赛中获奖，或取得专利、工法等创新成果",
                            "Apprentices won city-level or higher competitions, or hold patents or registered "
                                    + "construction methods"),
                    LevelDescriptor.of(
                            "27",
                            "30",
                            "徒弟获省级及以上技能竞赛前三名或“技术能手”称号",
                            "An apprentice placed in the top three of a provincial or national competition or "
                                    + "was named technical expert")));

    private static final ScoreItem PASSING_ON_ITEM = ScoreItem.of(
            PASSING_ON,
            LocalizedText.of("传技方法与带徒体系", "How the craft is passed on"),
            THIRTY,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "11.99",
                            "带徒无协议、无计划，传授内容零散",
                            "No mentoring agreement or plan; what is taught is piecemeal"),
                    LevelDescriptor.of(
                            "12",
                            "20.99",
                            "签订师徒协议，有培养计划并定期指导考核",
                            "A signed agreement, a training plan, regular coaching and checks"),
                    LevelDescriptor.of(
                            "21",
                            "26.99",
                            "编写岗位操作法或培训教材，绝技绝活形成书面或视频资料",
                            "Wrote the post's operating method or training material; the special skills are "
                                    + "recorded in writing or on video"),
                    LevelDescriptor.of(
                            "27",
                            "30",
                            "领办技能大师工作室或带徒体系在企业推广，形成可复制的培养模式",
                            "Leads a master's studio, or the way of mentoring is adopted across the enterprise "
                                    + "as a repeatable model")));

    private static final LocalizedText NAME = LocalizedText.of("师带徒成效评价", "Mentoring outcomes");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "南京某装备集团的企业自主评价方式：看申报人所带徒弟的成长，而不是申报人的自述。每位评委按徒弟技能等级晋升（40 分）、"
                    + "徒弟竞赛与创新成果（30 分）和传技方法与带徒体系（30 分）三项打分，满分 100 分；本评审方式得分为各位评委总分的平均分。"
                    + "工作方案可规定最少评委人数，并可将“徒弟技能等级晋升”设为一票否决项。",
            "The equipment group's own method: it judges a candidate by what their apprentices became, not by "
                    + "what the candidate says. Each expert scores the apprentices' advancement in skill level "
                    + "(40 points), their competition awards and innovations (30) and how the craft is passed on "
                    + "(30), 100 points in all; the method's score is the mean of the experts' totals. A work plan "
                    + "can set the minimum number of experts and make the apprentices' advancement a veto item.");

    static final ParameterDeclaration<Integer> MIN_EXPERTS_PARAMETER = PanelMean.minExperts(3);

    static final ParameterDeclaration<BigDecimal> VETO_ADVANCEMENT_PARAMETER = PanelMean.vetoMark(
            ADVANCEMENT,
            LocalizedText.of(
                    "“徒弟技能等级晋升”一票否决线（0–40 分，不设则不否决）",
                    "Veto mark of \"Apprentices' advancement in skill level\" (0–40; none when unset)"),
            40);

    /** The method's parameters, declared once. */
    static final ParameterDeclarations PARAMETERS =
            ParameterDeclarations.of(MIN_EXPERTS_PARAMETER, VETO_ADVANCEMENT_PARAMETER);

    private static final EvidenceSpec EVIDENCE = new EvidenceSpec(
            LocalizedText.of(
                    "近五年的师徒协议和徒弟名册、徒弟的技能等级证书、带徒传技工作总结，以及可选的徒弟获奖和创新成果证明",
                    "The mentoring agreements and list of apprentices of the last five years, the apprentices' "
                            + "skill-level certificates, a summary of the mentoring and, optionally, proof of the "
                            + "apprentices' awards and innovations"),
            List.of(
                    new EvidenceField(
                            "mentoring-agreements",
                            LocalizedText.of("师徒协议及徒弟名册", "Mentoring agreements and list of apprentices"),
                            EvidenceType.ATTACHMENT,
                            true),
                    new EvidenceField(
                            "apprentice-certificates",
                            LocalizedText.of("徒弟技能等级证书", "Apprentices' skill-level certificates"),
                            EvidenceType.ATTACHMENT,
                            true),
                    new EvidenceField(
                            "mentoring-summary",
                            LocalizedText.of("带徒传技工作总结", "Summary of the mentoring"),
                            EvidenceType.TEXT,
                            true),
                    new EvidenceField(
                            "apprentice-awards",
                            LocalizedText.of("徒弟竞赛获奖及创新成果证明", "Proof of the apprentices' awards and innovations"),
                            EvidenceType.ATTACHMENT,
                            false)));

    public MentoringOutcomeMethod() {
        // No Config Admin defaults: the PID only names the plugin's log.
        super(ID, NAME, DESCRIPTION, EVIDENCE, new PluginDefaults("com.example.nanjingequipment.mentoring", PARAMETERS));
    }

    @Override
    public ScoreSheetSchema scoreSheet(Parameters configuration) {
        return schema(require(configuration).get(VETO_ADVANCEMENT_PARAMETER));
    }

    @Override
    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
        ParameterValues values = require(configuration);
        ScoreSheetSchema schema = schema(values.get(VETO_ADVANCEMENT_PARAMETER));
        Scores.requirePanel(sheets, values.get(MIN_EXPERTS_PARAMETER));
        Scores.requireValid(schema, sheets);

        // Each expert's own total: schemes that weigh the experts' judgements read them.
        Map<String, BigDecimal> totals = Scores.sheetTotals(schema, sheets);
        BigDecimal score = Scores.mean(totals.values());
        BigDecimal maxScore = schema.maxTotal();
        Map<String, BigDecimal> means = Scores.itemMeans(schema, sheets);
        List<LocalizedText> vetoes = Scores.vetoes(schema, means);
        List<LocalizedText> reasons = new ArrayList<>();
        reasons.add(LocalizedText.of(
                sheets.size() + " 位评委总分的平均分 " + score.toPlainString() + " / " + maxScore.toPlainString(),
                "Mean of " + sheets.size() + " experts' totals: " + score.toPlainString() + " / "
                        + maxScore.toPlainString()));
        reasons.addAll(vetoes);
        return new MethodResult(ID, score, maxScore, means, !vetoes.isEmpty(), reasons, totals);
    }

    private static ScoreSheetSchema schema(BigDecimal vetoBelowAdvancement) {
        ScoreItem advancement = new ScoreItem(
                ADVANCEMENT, ADVANCEMENT_LABEL, FORTY, BigDecimal.ONE, vetoBelowAdvancement, ADVANCEMENT_LEVELS);
        return new ScoreSheetSchema(List.of(advancement, ACHIEVEMENTS_ITEM, PASSING_ON_ITEM));
    }
}
