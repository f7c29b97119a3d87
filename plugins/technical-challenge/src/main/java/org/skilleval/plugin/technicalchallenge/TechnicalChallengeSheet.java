package org.skilleval.plugin.technicalchallenge;

import java.math.BigDecimal;
import java.util.List;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * The technical challenge's score sheet: problem (30), solution (40) and measured effect (30),
 * with the level bands experts score by. Kept apart from {@link TechnicalChallengeMethod} because
 * it is content, edited by the programme's experts, not logic.
 */
final class TechnicalChallengeSheet {

    static final String PROBLEM = "problem";
    static final String SOLUTION = "solution";
    static final String MEASURED_EFFECT = "measured-effect";

    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);

    static final ScoreItem PROBLEM_ITEM = ScoreItem.of(
            PROBLEM,
            LocalizedText.of("难题的难度与意义", "Difficulty and significance of the problem"),
            THIRTY,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "5.99",
                            "一般性问题，按常规方法即可解决，或问题并非真实生产难题",
                            "An ordinary problem that routine methods solve, or not a real production problem"),
                    LevelDescriptor.of(
                            "6",
                            "14.99",
                            "本岗位的技术难题，影响生产效率、质量或成本",
                            "A hard problem of the post that affects efficiency, quality or cost"),
                    LevelDescriptor.of(
                            "15",
                            "23.99",
                            "车间或企业的关键难题，长期制约生产，常规手段难以解决",
                            "A key problem of the workshop or enterprise that held production back for a "
                                    + "long time and resisted routine means"),
                    LevelDescriptor.of(
                            "24",
                            "30",
                            "企业或行业的重大难题（“卡脖子”、安全或质量瓶颈），解决后意义重大",
                            "A major problem of the enterprise or industry (a bottleneck of technology, "
                                    + "safety or quality) whose solution matters greatly")));

    static final ScoreItem SOLUTION_ITEM = ScoreItem.of(
            SOLUTION,
            LocalizedText.of("解决方案的质量与创新性", "Quality and originality of the solution"),
            FORTY,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "15.99",
                            "方案照搬常规做法或不完整，原理不清，可行性存疑",
                            "The solution copies routine practice or is incomplete; its principle is unclear "
                                    + "and its feasibility doubtful"),
                    LevelDescriptor.of(
                            "16",
                            "27.99",
                            "方案完整可行，原理清楚，对原有做法有一定改进",
                            "A complete, workable solution with a clear principle that improves on the "
                                    + "previous practice"),
                    LevelDescriptor.of(
                            "28",
                            "35.99",
                            "分析透彻，措施得当，采用了新方法、新工装或新工艺，本人起主导作用",
                            "Thorough analysis and apt measures using new methods, tooling or processes, "
                                    + "with the candidate in the lead"),
                    LevelDescriptor.of(
                            "36",
                            "40",
                            "方案原创性强，形成专利、工法或标准，可在企业或行业推广复制",
                            "A highly original solution that produced patents, construction methods or "
                                    + "standards and can be replicated across the enterprise or industry")));

    static final LocalizedText MEASURED_EFFECT_LABEL =
            LocalizedText.of("实测效果（攻关前后对比）", "Measured effect (before and after)");

    static final List<LevelDescriptor> MEASURED_EFFECT_LEVELS = List.of(
            LevelDescriptor.of(
                    "0", "5.99", "无攻关前后的实测数据，或实测无改善", "No measurement before and after, or no measured improvement"),
            LevelDescriptor.of(
                    "6", "14.99", "有攻关前后的实测数据，指标有所改善", "Measurements before and after show some improvement"),
            LevelDescriptor.of(
                    "15",
                    "23.99",
                    "关键指标改善明显，经企业验收确认",
                    "Key indicators clearly improved, confirmed by the enterprise's acceptance"),
            LevelDescriptor.of(
                    "24",
                    "30",
                    "关键指标大幅改善并持续稳定，经济效益显著，经财务或第三方核实",
                    "Key indicators improved greatly and lastingly with marked economic benefit, "
                            + "verified by finance or a third party"));

    private TechnicalChallengeSheet() {}

    /** The sheet, with the measured effect a veto item when {@code vetoBelowMeasuredEffect} is set. */
    static ScoreSheetSchema schema(BigDecimal vetoBelowMeasuredEffect) {
        ScoreItem measuredEffect = ScoreItem.of(MEASURED_EFFECT, MEASURED_EFFECT_LABEL, THIRTY, MEASURED_EFFECT_LEVELS)
                .withVetoBelow(vetoBelowMeasuredEffect);
        return new ScoreSheetSchema(List.of(PROBLEM_ITEM, SOLUTION_ITEM, measuredEffect));
    }
}
