package org.skilleval.core.domain;

/**
 * What a city declares about an enterprise when it recommends it for a round (seed 一（一）): the
 * three requirements and the two special cases. Declared per round: an enterprise re-qualifies
 * every year.
 *
 * @param aboveDesignatedSize 规模以上企业
 * @param hasRunSeniorTechnicianEvaluation 已组织开展过高级技师职业资格评价或职业技能等级认定
 * @param seniorTechnicianCount how many 高级技师 the enterprise has
 * @param centralSoeBranchFiledWithMinistry 已在人社部备案的中央企业驻苏分支机构
 * @param g42DemonstrationBase “G42+民营企业人才人事综合改革示范基地” (an explicit flag, never inferred)
 */
public record EnterpriseEvidence(
        boolean aboveDesignatedSize,
        boolean hasRunSeniorTechnicianEvaluation,
        int seniorTechnicianCount,
        boolean centralSoeBranchFiledWithMinistry,
        boolean g42DemonstrationBase) {}
