package org.skilleval.core.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who may be evaluated as a 特级技师: the basic conditions of seed 一（二）and the occupation rules of
 * seed 一（三）, barred by an active sanction (seed 四（三）).
 *
 * <p>The seed's softer requirements (一线, 职业道德, 工匠精神, recognised performance) are judged by the
 * enterprise's evaluation, not here: only the conditions a record can prove are decided by this
 * class.
 */
public final class EligibilityRules {

    /** Years in a 高级技师 post required by path A, from seed 一（二）1. */
    public static final int REQUIRED_POST_YEARS = 5;

    private EligibilityRules() {}

    /**
     * Decides whether a candidate may be evaluated on the input's reference date.
     *
     * <p>Path A ({@link EligibilityPath#A_SENIOR_TECHNICIAN}) holds iff all of:
     * <ul>
     * <li>a 高级技师 record is present, certified on or before the reference date
     * (else {@code senior-technician-missing} or {@code senior-technician-not-yet-held});</li>
     * <li>five <em>full</em> years in post as a 高级技师 by the reference date, counted from the later
     * of {@code postSince} and {@code certifiedOn} (time in the post before holding the qualification
     * does not count), so five years minus one day is not enough (else {@code post-years-short}, naming the days
     * short and the date from which the condition holds, also returned as
     * {@link EligibilityDecision#eligibleFrom()});</li>
     * <li>the candidate still works in that occupation (else {@code occupation-left});</li>
     * <li>the occupation applied for equals the 高级技师 occupation, both trimmed, compared exactly
     * (else {@code occupation-mismatch}), because seed 一（三）1 says the 特级技师 occupation
     * "应当与高级技师相一致".</li>
     * </ul>
     * Leap days: {@link LocalDate#plusYears(long)} clamps 29 February to 28 February, so someone in
     * post since 2020-02-29 qualifies on 2025-02-28, one calendar day before the fifth anniversary of
     * a day that does not exist in 2025; the same as someone in post since 2020-02-28.
     *
     * <p>Path B ({@link EligibilityPath#B_PROFESSIONAL_TITLE}) holds iff all of:
     * <ul>
     * <li>a 正高级职称 or 一级专业技术资格 is present (else {@code title-missing}); when present, it
     * corresponds to the occupation applied for (else {@code title-field-mismatch}) and the candidate
     * still works in that field (else {@code field-left});</li>
     * <li>the occupation applied for has a 高级技师 national standard or an industry or enterprise
     * evaluation specification (else {@code occupation-without-standard}), seed 一（三）2.</li>
     * </ul>
     *
     * <p>A sanction active on the reference date makes the candidate ineligible whatever the paths,
     * with reason {@code sanctioned} first. A sanction that has ended (or not begun) on the reference
     * date is ignored. Priority conditions are handed back unchanged and never affect the outcome.
     *
     * @param input the candidate's facts; not {@code null}
     * @return the decision; never {@code null}
     */
    public static EligibilityDecision decide(EligibilityInput input) {
        Objects.requireNonNull(input, "input");
        LocalDate on = input.referenceDate();
        String applied = input.appliedOccupation().trim();

        List<Reason> reasons = new ArrayList<>();
        boolean sanctioned =
                input.sanction() != null && input.sanction().period().isActiveOn(on);
        if (sanctioned) {
            reasons.add(input.sanction().period().reason());
        }

        Set<EligibilityPath> paths = EnumSet.noneOf(EligibilityPath.class);

        List<Reason> pathA = new ArrayList<>();
        LocalDate eligibleFrom = checkPathA(input.seniorTechnician(), applied, on, pathA);
        if (pathA.isEmpty()) {
            paths.add(EligibilityPath.A_SENIOR_TECHNICIAN);
        }
        reasons.addAll(pathA);

        List<Reason> pathB = new ArrayList<>();
        checkPathB(input.professionalTitle(), input.appliedOccupationHasSeniorTechnicianStandard(), applied, pathB);
        if (pathB.isEmpty()) {
            paths.add(EligibilityPath.B_PROFESSIONAL_TITLE);
        }
        reasons.addAll(pathB);

        return new EligibilityDecision(
                !paths.isEmpty() && !sanctioned, paths, reasons, input.priorityConditions(), eligibleFrom);
    }

    /** Adds path A's failures to {@code reasons}; returns the date the years would be met, if short. */
    private static LocalDate checkPathA(
            SeniorTechnicianRecord record, String applied, LocalDate on, List<Reason> reasons) {
        if (record == null) {
            reasons.add(new Reason(
                    "senior-technician-missing",
                    "未取得高级技师职业资格（职业技能等级）。",
                    "No senior technician qualification or skill level is recorded."));
            // Without the qualification the other conditions of path A cannot be judged.
            return null;
        }
        if (record.certifiedOn().isAfter(on)) {
            reasons.add(new Reason(
                    "senior-technician-not-yet-held",
                    "高级技师证书日期" + Reason.zhDate(record.certifiedOn()) + "晚于本轮基准日" + Reason.zhDate(on) + "。",
                    "The senior technician certificate is dated " + record.certifiedOn()
                            + ", after the round's reference date " + on + "."));
        }
        LocalDate eligibleFrom = null;
        // Time in a 高级技师 post counts only while the person holds 高级技师 ("具有高级技师…并在
        // 高级技师岗位工作满5年"): the five years run from the later of the two dates.
        LocalDate inPostAsSeniorTechnician =
                record.postSince().isAfter(record.certifiedOn()) ? record.postSince() : record.certifiedOn();
        LocalDate yearsMet = inPostAsSeniorTechnician.plusYears(REQUIRED_POST_YEARS);
        if (yearsMet.isAfter(on)) {
            eligibleFrom = yearsMet;
            long daysShort = ChronoUnit.DAYS.between(on, yearsMet);
            reasons.add(new Reason(
                    "post-years-short",
                    "在高级技师岗位工作未满5年（自" + Reason.zhDate(inPostAsSeniorTechnician) + "起），至本轮基准日"
                            + Reason.zhDate(on) + "尚差" + daysShort + "天，自" + Reason.zhDate(yearsMet)
                            + "起满5年。",
                    "Fewer than 5 full years in a senior technician post (since " + inPostAsSeniorTechnician
                            + "): " + daysShort + " day" + (daysShort == 1 ? "" : "s")
                            + " short on the reference date " + on + "; the five years are met from "
                            + yearsMet + "."));
        }
        if (!record.stillInOccupation()) {
            reasons.add(new Reason(
                    "occupation-left",
                    "已不再从事高级技师职业（工种）“" + record.occupation().trim() + "”工作。",
                    "No longer works in the senior technician occupation \""
                            + record.occupation().trim() + "\"."));
        }
        if (!record.occupation().trim().equals(applied)) {
            reasons.add(new Reason(
                    "occupation-mismatch",
                    "参评职业（工种）“" + applied + "”与高级技师职业（工种）“"
                            + record.occupation().trim() + "”不一致；依高级技师参评的，特级技师职业（工种）应当与高级技师相一致。",
                    "The occupation applied for (\"" + applied + "\") differs from the senior technician"
                            + " occupation (\"" + record.occupation().trim() + "\"); on this path they must be"
                            + " the same."));
        }
        return eligibleFrom;
    }

    /** Adds path B's failures to {@code reasons}. */
    private static void checkPathB(
            ProfessionalTitleRecord title, boolean occupationHasStandard, String applied, List<Reason> reasons) {
        if (title == null) {
            reasons.add(new Reason(
                    "title-missing",
                    "未取得正高级职称或一级专业技术资格。",
                    "No senior professional title or first-class professional qualification is recorded."));
        } else {
            if (!title.matchesAppliedOccupation()) {
                reasons.add(new Reason(
                        "title-field-mismatch",
                        title.kind().zh() + "（" + title.field().trim() + "）与参评职业（工种）“" + applied + "”不相应。",
                        "The " + title.kind().en().toLowerCase(Locale.ROOT) + " ("
                                + title.field().trim() + ") does not correspond to the occupation applied for (\""
                                + applied + "\")."));
            }
            if (!title.stillInField()) {
                reasons.add(new Reason(
                        "field-left",
                        "已不再从事本专业领域（" + title.field().trim() + "）工作。",
                        "No longer works in the professional field ("
                                + title.field().trim() + ")."));
            }
        }
        // Judged even without a title, so the candidate sees every obstacle on this path at once.
        if (!occupationHasStandard) {
            reasons.add(new Reason(
                    "occupation-without-standard",
                    "参评职业（工种）“" + applied + "”没有高级技师国家职业技能标准或行业、企业评价规范。",
                    "The occupation applied for (\"" + applied + "\") has no national senior technician skill"
                            + " standard and no industry or enterprise evaluation specification."));
        }
    }
}
