package org.skilleval.core.rules;

/**
 * The two basic conditions of seed 一（二）, one of which a candidate must meet.
 *
 * <p>Contract: each constant carries its display name in Chinese and English.
 */
public enum EligibilityPath {

    /** 具有高级技师职业资格（职业技能等级），在高级技师岗位工作满5年且仍从事本职业（工种）工作. */
    A_SENIOR_TECHNICIAN("高级技师满5年", "Senior technician with five years in post"),
    /** 具有与参评职业（工种）相应的正高级职称或一级专业技术资格且仍从事本专业领域工作. */
    B_PROFESSIONAL_TITLE("正高级职称或一级专业技术资格", "Senior professional title or first-class qualification");

    private final String zh;
    private final String en;

    EligibilityPath(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** @return the name in Chinese */
    public String zh() {
        return zh;
    }

    /** @return the name in English */
    public String en() {
        return en;
    }
}
