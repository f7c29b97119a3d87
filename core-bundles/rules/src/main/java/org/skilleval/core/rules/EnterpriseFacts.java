package org.skilleval.core.rules;

/**
 * What a 设区市 knows about an enterprise it considers recommending as a pilot enterprise
 * (seed 一（一）).
 *
 * <p>Contract: {@code seniorTechnicianCount} is not negative; {@code sanction} is {@code null}
 * when no sanction is in force. The caller passes a sanction only if it is active on the date of
 * the recommendation (see {@link SanctionPeriod#isActiveOn(java.time.LocalDate)}): these facts carry
 * no date of their own.
 *
 * @param aboveDesignatedSize                whether it is a 规模以上企业 (by the statistical definition)
 * @param hasRunSeniorTechnicianEvaluation   whether it has already organised 高级技师 职业资格评价 or
 *                                           职业技能等级认定
 * @param seniorTechnicianCount              how many 高级技师 it employs
 * @param centralSoeBranchFiledWithMinistry  whether it is a Jiangsu branch of a central SOE filed with
 *                                           the Ministry of Human Resources and Social Security
 * @param g42DemonstrationBase               whether it is a "G42+民营企业人才人事综合改革示范基地"
 * @param sanction                           the sanction in force, or {@code null}
 */
public record EnterpriseFacts(
        boolean aboveDesignatedSize,
        boolean hasRunSeniorTechnicianEvaluation,
        int seniorTechnicianCount,
        boolean centralSoeBranchFiledWithMinistry,
        boolean g42DemonstrationBase,
        SanctionStatus sanction) {

    /**
     * Checks the count.
     *
     * @throws IllegalArgumentException if {@code seniorTechnicianCount} is negative
     */
    public EnterpriseFacts {
        if (seniorTechnicianCount < 0) {
            throw new IllegalArgumentException("seniorTechnicianCount must not be negative: " + seniorTechnicianCount);
        }
    }
}
