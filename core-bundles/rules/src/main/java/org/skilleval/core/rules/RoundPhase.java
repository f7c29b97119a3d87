package org.skilleval.core.rules;

/**
 * The phases of an evaluation round (评聘批次), in order, per the seed's timeline (三、时序进度). Each
 * phase has a deadline: the last day on which its actions are accepted.
 */
public enum RoundPhase {
    /** 确定试点企业: cities recommend pilot enterprises. */
    RECOMMENDATION("推荐试点企业", "Recommendation of pilot enterprises"),
    /** 制定方案: enterprises write and submit their work plans. */
    WORK_PLAN("编制工作方案", "Work plans"),
    /** 方案报审: the provincial centre's experts review the plans. */
    PLAN_REVIEW("方案评估", "Review of work plans"),
    /** 组织评审: enterprises evaluate candidates and form the proposal list. */
    EVALUATION("组织评审", "Evaluation"),
    /** 名单公示: the proposal list is publicised. */
    PUBLICITY("名单公示", "Publicity"),
    /** 证书核发: certificates are issued. */
    CERTIFICATION("证书核发", "Certification");

    private final String zh;
    private final String en;

    RoundPhase(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** @return the phase's name in Chinese */
    public String zh() {
        return zh;
    }

    /** @return the phase's name in English */
    public String en() {
        return en;
    }
}
