package org.skilleval.plugin.oraldefense;

import java.math.BigDecimal;
import java.util.List;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * The oral defence's score sheet: four items, 100 points, with the level bands experts score by.
 * Kept apart from {@link OralDefenseMethod} because it is content, edited by the programme's
 * experts, not logic.
 */
final class OralDefenseSheet {

    static final String PROFESSIONAL_KNOWLEDGE = "professional-knowledge";
    static final String PROBLEM_SOLVING = "problem-solving";
    static final String INNOVATION = "innovation";
    static final String EXPRESSION = "expression";

    static final BigDecimal THIRTY = BigDecimal.valueOf(30);
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    static final LocalizedText PROBLEM_SOLVING_LABEL =
            LocalizedText.of("解决生产技术难题能力", "Solving hard production problems");

    static final List<LevelDescriptor> PROBLEM_SOLVING_LEVELS = List.of(
            LevelDescriptor.of(
                    "0",
                    "17.99",
                    "未能说明所解决难题的技术原理和关键环节，回答追问含糊或有明显错误",
                    "Cannot explain the technical principle or key steps of the problems solved; "
                            + "answers to follow-up questions are vague or clearly wrong"),
            LevelDescriptor.of(
                    "18",
                    "23.99",
                    "能说明所解决难题的起因、措施和效果，方案基本可行，应对追问尚可",
                    "Explains the cause, measures and effect of the problems solved; the solution "
                            + "is basically sound and follow-up questions are answered adequately"),
            LevelDescriptor.of(
                    "24",
                    "26.99",
                    "独立解决过本岗位关键技术难题，分析透彻，措施得当，效果有数据支撑",
                    "Has independently solved key technical problems of the post; the analysis is "
                            + "thorough, the measures apt and the effect backed by data"),
            LevelDescriptor.of(
                    "27",
                    "30",
                    "主持攻克行业或企业重大生产技术难题，能举一反三，对追问中的新情境给出可行方案",
                    "Led the solution of major production problems of the enterprise or industry; "
                            + "transfers the approach and proposes workable solutions to new cases raised by the panel"));

    static final ScoreItem PROFESSIONAL_KNOWLEDGE_ITEM = ScoreItem.of(
            PROFESSIONAL_KNOWLEDGE,
            LocalizedText.of("专业理论知识", "Professional knowledge"),
            THIRTY,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "17.99",
                            "对本职业基础理论掌握不牢，回答专业问题有概念性错误",
                            "Weak grasp of the trade's fundamentals; conceptual errors in answers "
                                    + "to professional questions"),
                    LevelDescriptor.of(
                            "18",
                            "23.99",
                            "掌握本职业基础理论和相关标准，能正确回答一般专业问题",
                            "Knows the trade's fundamentals and the relevant standards; answers "
                                    + "ordinary professional questions correctly"),
                    LevelDescriptor.of(
                            "24",
                            "26.99",
                            "系统掌握本职业理论知识，了解相关工艺、设备和标准的最新发展",
                            "Systematic command of the trade's theory; aware of recent developments "
                                    + "in related processes, equipment and standards"),
                    LevelDescriptor.of(
                            "27",
                            "30",
                            "理论功底深厚，能运用理论解释复杂工艺现象，熟悉国内外前沿技术",
                            "Deep theoretical grounding; uses theory to explain complex process "
                                    + "phenomena and knows the state of the art at home and abroad")));

    static final ScoreItem INNOVATION_ITEM = ScoreItem.of(
            INNOVATION,
            LocalizedText.of("技术创新与成果转化", "Technical innovation and its application"),
            TWENTY,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "11.99",
                            "无明显技术创新，或成果未在生产中应用",
                            "No notable innovation, or the results have not been applied in production"),
                    LevelDescriptor.of(
                            "12",
                            "15.99",
                            "有工艺改进或技术革新，在本岗位或班组中得到应用",
                            "Has made process improvements or technical innovations applied at the "
                                    + "post or in the team"),
                    LevelDescriptor.of(
                            "16",
                            "17.99",
                            "取得专利、工法或技术革新成果，在企业内推广并产生可计量的经济效益",
                            "Holds patents, construction methods or innovation results spread within "
                                    + "the enterprise with measurable economic benefit"),
                    LevelDescriptor.of(
                            "18",
                            "20",
                            "创新成果获省部级及以上奖励或在行业推广，经济和社会效益显著",
                            "Innovations won provincial or ministerial awards or were adopted across "
                                    + "the industry, with marked economic and social benefit")));

    static final ScoreItem EXPRESSION_ITEM = ScoreItem.of(
            EXPRESSION,
            LocalizedText.of("表达与逻辑", "Expression and reasoning"),
            TWENTY,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "11.99",
                            "陈述条理不清，答非所问，超时或明显准备不足",
                            "Disorganised presentation, answers miss the question, overruns or is "
                                    + "clearly unprepared"),
                    LevelDescriptor.of(
                            "12",
                            "15.99",
                            "陈述基本完整，回答切题，用语基本规范",
                            "Presentation broadly complete, answers on point, terminology mostly correct"),
                    LevelDescriptor.of(
                            "16",
                            "17.99",
                            "陈述重点突出、层次分明，回答准确流畅，专业术语使用规范",
                            "Focused, well-structured presentation; accurate, fluent answers with "
                                    + "correct terminology"),
                    LevelDescriptor.of(
                            "18",
                            "20",
                            "表达精炼、逻辑严密，善用图表数据佐证观点，具备传授技艺的讲解能力",
                            "Concise, rigorous reasoning backed by charts and data; explains like a "
                                    + "master passing on the craft")));

    private OralDefenseSheet() {}

    /** The sheet, with problem solving a veto item when {@code vetoBelowProblemSolving} is set. */
    static ScoreSheetSchema schema(BigDecimal vetoBelowProblemSolving) {
        ScoreItem problemSolving = ScoreItem.of(PROBLEM_SOLVING, PROBLEM_SOLVING_LABEL, THIRTY, PROBLEM_SOLVING_LEVELS)
                .withVetoBelow(vetoBelowProblemSolving);
        return new ScoreSheetSchema(
                List.of(PROFESSIONAL_KNOWLEDGE_ITEM, problemSolving, INNOVATION_ITEM, EXPRESSION_ITEM));
    }
}
