package org.skilleval.core.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One of the three opinions at the foot of the 特级技师评审申报表, which the applicant does not fill
 * in: the enterprise's (企业意见), the 设区市 vocational skill evaluation body's (设区市职业技能鉴定机构意见)
 * and the provincial centre's (省职业技能鉴定中心意见). The lifecycle attaches them to a stored form as
 * the application moves on.
 *
 * <p>Contract: {@code stage}, {@code by} and {@code date} are non-null and {@code by} is not blank;
 * {@code opinion} may be empty (the 设区市 and provincial boxes carry only a seal and a date on paper)
 * but not {@code null}. {@code approved} says whether the body agreed to move the application on.
 *
 * @param stage    which of the three boxes
 * @param by       the body that gave the opinion and sealed it (盖章单位)
 * @param opinion  the text of the opinion
 * @param date     the date of the opinion
 * @param approved whether the body approved (for the enterprise: recommended the applicant)
 */
public record FormOpinion(Stage stage, String by, String opinion, LocalDate date, boolean approved) {

    /** The enterprise's printed recommendation in the 企业意见 box. */
    public static final String ENTERPRISE_RECOMMENDATION_ZH = "本表所填信息真实、准确，经我单位评审，推荐该同志作为特级技师建议人选。";

    /**
     * Checks the parts.
     *
     * @throws NullPointerException   if {@code stage}, {@code by}, {@code opinion} or {@code date} is
     *                                {@code null}
     * @throws RuleViolationException (field {@code by}, rule {@code required}) if {@code by} is blank
     */
    public FormOpinion {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(opinion, "opinion");
        Objects.requireNonNull(date, "date");
        if (by.isBlank()) {
            throw new RuleViolationException(
                    "by", "required", "请填写出具意见的单位。", "The body giving the opinion is required.");
        }
    }

    /**
     * The three opinion boxes of the form, in the order the application passes them.
     *
     * <p>Contract: each constant carries the box's title in Chinese and English.
     */
    public enum Stage {
        /** 企业意见. */
        ENTERPRISE("企业意见", "Enterprise's opinion"),
        /** 设区市职业技能鉴定机构意见. */
        CITY_EVALUATION_BODY("设区市职业技能鉴定机构意见", "Opinion of the city's vocational skill evaluation body"),
        /** 省职业技能鉴定中心意见. */
        PROVINCIAL_CENTRE("省职业技能鉴定中心意见", "Opinion of the provincial vocational skill evaluation centre");

        private final String zh;
        private final String en;

        Stage(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        /** @return the box's title in Chinese */
        public String zh() {
            return zh;
        }

        /** @return the box's title in English */
        public String en() {
            return en;
        }
    }
}
