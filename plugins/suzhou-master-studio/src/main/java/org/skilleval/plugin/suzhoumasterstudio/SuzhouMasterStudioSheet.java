package org.skilleval.plugin.suzhoumasterstudio;

import java.math.BigDecimal;
import java.util.List;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * The studio assessment's score sheet: four items, 100 points, with the level bands experts score
 * by. Kept apart from {@link SuzhouMasterStudioMethod} because it is content, not logic.
 */
final class SuzhouMasterStudioSheet {

    static final String STUDIO_BUILDING = "studio-building";
    static final String TECHNICAL_BREAKTHROUGH = "technical-breakthrough";
    static final String APPRENTICE_TRAINING = "apprentice-training";
    static final String SKILL_TRANSMISSION = "skill-transmission";

    private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    static final ScoreItem STUDIO_BUILDING_ITEM = ScoreItem.of(
            STUDIO_BUILDING,
            LocalizedText.of("工作室团队与条件建设", "Studio team and facilities"),
            FIFTEEN,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "8.99",
                            "团队不足 5 人或结构单一，场地设备不能满足攻关和带徒需要，制度未落实",
                            "A team of fewer than 5 or of one trade; premises and equipment do not serve "
                                    + "problem solving or apprenticeship; rules exist on paper only"),
                    LevelDescriptor.of(
                            "9",
                            "11.99",
                            "团队结构合理，有固定场地和必要设备，管理制度和工作计划基本落实",
                            "A balanced team with its own premises and the necessary equipment; rules "
                                    + "and work plans are broadly followed"),
                    LevelDescriptor.of(
                            "12",
                            "15",
                            "团队梯队完整、跨工种协作，场地设备先进，企业持续投入经费，运行规范有记录",
                            "A full succession of masters across trades, modern equipment, steady funding "
                                    + "by the enterprise and documented, orderly operation")));

    static final ScoreItem TECHNICAL_BREAKTHROUGH_ITEM = ScoreItem.of(
            TECHNICAL_BREAKTHROUGH,
            LocalizedText.of("技术攻关与革新成果", "Technical breakthroughs and innovations"),
            THIRTY,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "17.99",
                            "近三年无有效攻关项目，或成果未在生产中应用",
                            "No effective problem-solving project in the last three years, or none applied "
                                    + "in production"),
                    LevelDescriptor.of(
                            "18",
                            "23.99",
                            "完成企业生产技术难题攻关，形成工艺改进或革新成果并在本企业应用",
                            "Solved production problems of the enterprise; the process improvements or "
                                    + "innovations are applied within it"),
                    LevelDescriptor.of(
                            "24",
                            "26.99",
                            "主持完成重点攻关项目，取得专利、工法或标准，产生可计量的经济效益",
                            "Led key projects yielding patents, construction methods or standards with "
                                    + "measurable economic benefit"),
                    LevelDescriptor.of(
                            "27",
                            "30",
                            "攻克行业关键技术难题，成果获省部级及以上奖励或在行业推广，效益显著",
                            "Solved key problems of the industry; results won provincial or ministerial "
                                    + "awards or spread across the industry, with marked benefit")));

    static final ScoreItem APPRENTICE_TRAINING_ITEM_TEMPLATE = ScoreItem.of(
            APPRENTICE_TRAINING,
            LocalizedText.of("带徒传技与人才培养", "Apprenticeship and training"),
            THIRTY,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "17.99",
                            "未签订带徒协议或徒弟技能等级无提升",
                            "No apprenticeship agreements, or no apprentice rose a skill level"),
                    LevelDescriptor.of(
                            "18",
                            "23.99",
                            "近三年带徒 3 人以上，徒弟中有晋升高级工或技师",
                            "Three or more apprentices in the last three years, some promoted to senior "
                                    + "worker or technician"),
                    LevelDescriptor.of(
                            "24",
                            "26.99",
                            "徒弟中有晋升技师、高级技师，或在市级及以上职业技能竞赛中获奖",
                            "Apprentices promoted to technician or senior technician, or prize winners of "
                                    + "city-level or higher skills competitions"),
                    LevelDescriptor.of(
                            "27",
                            "30",
                            "培养出高级技师、省级及以上技术能手或技能大师，形成稳定的人才梯队",
                            "Trained senior technicians, provincial or national technical experts or "
                                    + "skill masters, and a stable succession of talent")));

    static final ScoreItem SKILL_TRANSMISSION_ITEM = ScoreItem.of(
            SKILL_TRANSMISSION,
            LocalizedText.of("绝技绝活传承与交流推广", "Passing on and spreading the craft"),
            TWENTY_FIVE,
            List.of(
                    LevelDescriptor.of(
                            "0",
                            "14.99",
                            "未总结提炼操作法或绝技绝活，无对外交流",
                            "No working methods or special skills written down; no exchange outside the " + "studio"),
                    LevelDescriptor.of(
                            "15",
                            "19.99",
                            "总结形成操作法、技术手册或培训课程，在企业内推广",
                            "Working methods, technical manuals or courses written and spread within the "
                                    + "enterprise"),
                    LevelDescriptor.of(
                            "20",
                            "22.99",
                            "以工作室名义开展跨企业交流、技术服务或技能培训，成效有记录",
                            "Exchanges, technical services or training beyond the enterprise in the studio's "
                                    + "name, with recorded results"),
                    LevelDescriptor.of(
                            "23",
                            "25",
                            "操作法或绝技绝活被命名推广，工作室成为区域技能传承和交流平台",
                            "Named working methods or special skills promoted in the region; the studio is a "
                                    + "platform for passing on and exchanging skills")));

    private SuzhouMasterStudioSheet() {}

    /** The sheet, with apprenticeship a veto item when {@code vetoBelowApprenticeTraining} is set. */
    static ScoreSheetSchema schema(BigDecimal vetoBelowApprenticeTraining) {
        ScoreItem apprenticeTraining = APPRENTICE_TRAINING_ITEM_TEMPLATE.withVetoBelow(vetoBelowApprenticeTraining);
        return new ScoreSheetSchema(List.of(
                STUDIO_BUILDING_ITEM, TECHNICAL_BREAKTHROUGH_ITEM, apprenticeTraining, SKILL_TRANSMISSION_ITEM));
    }
}
