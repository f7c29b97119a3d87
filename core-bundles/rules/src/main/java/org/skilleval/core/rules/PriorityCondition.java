package org.skilleval.core.rules;

/**
 * The seven conditions under which a candidate who already meets a basic condition is "优先考虑"
 * (considered with priority), seed 一（二）.
 *
 * <p>Contract: a priority condition is shown to the people who evaluate; it never makes a person
 * eligible and never excludes one. {@link EligibilityRules#decide(EligibilityInput)} only hands
 * them back. Each constant carries its display name in Chinese and English.
 */
public enum PriorityCondition {

    /** 中华技能大奖获得者. */
    CHINA_SKILLS_AWARD("中华技能大奖获得者", "China Skills Award winner"),
    /** 享受国务院颁发的政府特殊津贴人员. */
    STATE_COUNCIL_ALLOWANCE("享受国务院政府特殊津贴人员", "Recipient of the State Council special government allowance"),
    /** 全国技术能手、世界技能大赛奖牌或国家职业技能大赛金牌获得者. */
    NATIONAL_TECHNICAL_EXPERT(
            "全国技术能手、世界技能大赛奖牌或国家职业技能大赛金牌获得者",
            "National Technical Expert, WorldSkills medallist or National Skills Competition gold medallist"),
    /** 省级及以上“劳动模范”或“五一劳动奖章”获得者. */
    MODEL_WORKER("省级及以上“劳动模范”或“五一劳动奖章”获得者", "Provincial or higher Model Worker or May Day Labour Medal recipient"),
    /** 省级及以上技能大师工作室带头人或“技能大师”称号获得者. */
    SKILL_MASTER(
            "省级及以上技能大师工作室带头人或“技能大师”称号获得者",
            "Head of a provincial or higher skill master studio, or holder of the Skill Master title"),
    /** “江苏大工匠”、“江苏工匠”或“江苏省企业首席技师”称号获得者. */
    JIANGSU_CRAFTSMAN(
            "“江苏大工匠”、“江苏工匠”或“江苏省企业首席技师”称号获得者",
            "Holder of the Jiangsu Grand Craftsman, Jiangsu Craftsman or Jiangsu Enterprise Chief Technician title"),
    /** 牵头编制国家职业技能标准或省级行业评价规范的专家组组长. */
    STANDARD_DRAFTING_LEAD(
            "牵头编制国家职业技能标准或省级行业评价规范的专家组组长",
            "Head of the expert group that drafted a national occupational skill standard or a provincial industry evaluation norm");

    private final String zh;
    private final String en;

    PriorityCondition(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** @return the name in Chinese, as the seed words it */
    public String zh() {
        return zh;
    }

    /** @return the name in English */
    public String en() {
        return en;
    }
}
