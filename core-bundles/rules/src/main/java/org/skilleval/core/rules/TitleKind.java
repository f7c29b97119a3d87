package org.skilleval.core.rules;

/**
 * The professional titles that open path B of seed 一（二）.
 *
 * <p>Contract: each constant carries its display name in Chinese and English.
 */
public enum TitleKind {

    /** 正高级职称. */
    SENIOR_PROFESSIONAL_TITLE("正高级职称", "Senior (full) professional title"),
    /** 一级专业技术资格. */
    FIRST_CLASS_QUALIFICATION("一级专业技术资格", "First-class professional and technical qualification");

    private final String zh;
    private final String en;

    TitleKind(String zh, String en) {
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
