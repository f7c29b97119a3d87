package org.skilleval.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which enterprises a 设区市 may recommend as pilot enterprises, and how many (seed 一（一）).
 *
 * <p>The seed sets three requirements (规模以上企业; 已组织开展过高级技师职业资格评价或职业技能等级认定; 有一定数量的
 * 高级技师), "原则上每个设区市1~2家", lets "G42+民营企业人才人事综合改革示范基地" apply without taking a city's
 * place, and leaves Jiangsu branches of central SOEs filed with the ministry to their central
 * enterprise. Seed 四（三）bars an enterprise found to have committed fraud for five years.
 */
public final class RecommendationRules {

    /**
     * The default number of enterprises a city may recommend in a round: the upper end of the
     * seed's "原则上每个设区市1~2家". "原则上" (in principle) is why a province override exists.
     */
    public static final int DEFAULT_QUOTA_PER_CITY = 2;

    /**
     * The default least number of 高级技师 an enterprise must employ. The seed only says "一定数量"
     * (a certain number) and no source found fixes it, so this is a configurable default, not a rule
     * from the seed: one is the least that makes the requirement mean anything.
     */
    public static final int DEFAULT_MINIMUM_SENIOR_TECHNICIANS = 1;

    private RecommendationRules() {}

    /**
     * Every reason the enterprise may not be recommended, with the default minimum of 高级技师
     * ({@link #DEFAULT_MINIMUM_SENIOR_TECHNICIANS}).
     *
     * @param facts the enterprise's facts; not {@code null}
     * @return the problems, see {@link #recommendationProblems(EnterpriseFacts, int)}
     */
    public static List<Reason> recommendationProblems(EnterpriseFacts facts) {
        return recommendationProblems(facts, DEFAULT_MINIMUM_SENIOR_TECHNICIANS);
    }

    /**
     * Every reason the enterprise may not be recommended, all at once so the city can fix them
     * together. Codes, in this order: {@code sanctioned}, {@code central-soe-branch},
     * {@code requirement-scale}, {@code requirement-prior-evaluation},
     * {@code requirement-senior-technicians}. A G42+ base must meet the same requirements: the seed
     * only frees it from the city's quota.
     *
     * @param facts                     the enterprise's facts; not {@code null}
     * @param minimumSeniorTechnicians  the least number of 高级技师 required; at least 1
     * @return an unmodifiable list, empty iff the enterprise may be recommended
     * @throws IllegalArgumentException if {@code minimumSeniorTechnicians} is below 1
     */
    public static List<Reason> recommendationProblems(EnterpriseFacts facts, int minimumSeniorTechnicians) {
        return problems(facts, minimumSeniorTechnicians).stream()
                .map(Problem::reason)
                .toList();
    }

    /**
     * Refuses an enterprise that may not be recommended, with the default minimum of 高级技师.
     *
     * <p>Contract: returns normally iff {@link #recommendationProblems(EnterpriseFacts)} is empty.
     * Otherwise throws one {@link RuleViolationException} carrying every problem: with one problem,
     * its field (e.g. {@code aboveDesignatedSize}) and rule (e.g. {@code requirement-scale}); with
     * several, field {@code null}, rule {@code recommendation-requirements}, and messages listing
     * every problem. Callers that need each problem separately use {@code recommendationProblems}.
     *
     * @param facts the enterprise's facts; not {@code null}
     * @throws RuleViolationException if the enterprise may not be recommended
     */
    public static void checkRecommendable(EnterpriseFacts facts) {
        List<Problem> problems = problems(facts, DEFAULT_MINIMUM_SENIOR_TECHNICIANS);
        if (problems.isEmpty()) {
            return;
        }
        if (problems.size() == 1) {
            Problem only = problems.get(0);
            throw new RuleViolationException(
                    only.field(),
                    only.reason().code(),
                    only.reason().zh(),
                    only.reason().en());
        }
        // One exception for all problems: a refusal that hid the second problem behind the first
        // would send the city back twice.
        throw new RuleViolationException(
                null,
                "recommendation-requirements",
                "该企业不能推荐为试点企业：" + problems.stream().map(p -> p.reason().zh()).collect(Collectors.joining("")),
                "The enterprise cannot be recommended as a pilot enterprise: "
                        + problems.stream().map(p -> p.reason().en()).collect(Collectors.joining(" ")));
    }

    /**
     * Whether a city may recommend one more enterprise in a round, with
     * {@link #DEFAULT_QUOTA_PER_CITY}.
     *
     * @see #checkQuota(int, boolean, boolean, int)
     */
    public static QuotaDecision checkQuota(
            int alreadyCountedForCityThisRound, boolean g42DemonstrationBase, boolean provinceOverride) {
        return checkQuota(
                alreadyCountedForCityThisRound, g42DemonstrationBase, provinceOverride, DEFAULT_QUOTA_PER_CITY);
    }

    /**
     * Whether a city may recommend one more enterprise in a round.
     *
     * <ul>
     * <li>A G42+ demonstration base is always allowed and never counts ({@code g42-not-counted}).</li>
     * <li>Otherwise, while {@code alreadyCountedForCityThisRound < quotaPerCity} it is allowed and
     * counts ({@code within-quota}).</li>
     * <li>Beyond the quota it is allowed only with a province override, and still counts
     * ({@code quota-override}, saying the override was needed); without one it is refused
     * ({@code quota-exceeded}).</li>
     * </ul>
     *
     * @param alreadyCountedForCityThisRound the city's recommendations this round that count against
     *                                       its quota; not negative
     * @param g42DemonstrationBase           whether the enterprise is a G42+ demonstration base
     * @param provinceOverride               whether the province centre approved going beyond the quota
     * @param quotaPerCity                   the quota; at least 1
     * @return the decision; never {@code null}
     * @throws IllegalArgumentException if a count is out of range
     */
    public static QuotaDecision checkQuota(
            int alreadyCountedForCityThisRound,
            boolean g42DemonstrationBase,
            boolean provinceOverride,
            int quotaPerCity) {
        if (alreadyCountedForCityThisRound < 0) {
            throw new IllegalArgumentException(
                    "alreadyCountedForCityThisRound must not be negative: " + alreadyCountedForCityThisRound);
        }
        if (quotaPerCity < 1) {
            throw new IllegalArgumentException("quotaPerCity must be at least 1: " + quotaPerCity);
        }
        if (g42DemonstrationBase) {
            return new QuotaDecision(
                    true,
                    false,
                    new Reason(
                            "g42-not-counted",
                            "“G42+民营企业人才人事综合改革示范基地”申报，不占用设区市推荐名额。",
                            "A G42+ private-enterprise talent reform demonstration base does not take one of the city's"
                                    + " places."));
        }
        int place = alreadyCountedForCityThisRound + 1;
        if (alreadyCountedForCityThisRound < quotaPerCity) {
            return new QuotaDecision(
                    true,
                    true,
                    new Reason(
                            "within-quota",
                            "占用本市本轮推荐名额第" + place + "个（共" + quotaPerCity + "个）。",
                            "Takes place " + place + " of the city's " + quotaPerCity + " this round."));
        }
        if (provinceOverride) {
            return new QuotaDecision(
                    true,
                    true,
                    new Reason(
                            "quota-override",
                            "本市本轮已推荐" + alreadyCountedForCityThisRound + "家，超出原则上的" + quotaPerCity
                                    + "家名额，经省职业技能鉴定中心同意方可推荐。",
                            "The city has already recommended " + alreadyCountedForCityThisRound
                                    + " this round, beyond its quota of " + quotaPerCity
                                    + "; allowed only because the provincial centre approved an override."));
        }
        return new QuotaDecision(
                false,
                true,
                new Reason(
                        "quota-exceeded",
                        "本市本轮已推荐" + alreadyCountedForCityThisRound + "家，原则上每个设区市" + quotaPerCity
                                + "家；如确需增加，须经省职业技能鉴定中心同意。",
                        "The city has already recommended " + alreadyCountedForCityThisRound + " this round; the quota"
                                + " is " + quotaPerCity
                                + " per city unless the provincial centre approves an override."));
    }

    /** A reason together with the input field it concerns, for {@link RuleViolationException}. */
    private record Problem(String field, Reason reason) {}

    private static List<Problem> problems(EnterpriseFacts facts, int minimumSeniorTechnicians) {
        Objects.requireNonNull(facts, "facts");
        if (minimumSeniorTechnicians < 1) {
            throw new IllegalArgumentException(
                    "minimumSeniorTechnicians must be at least 1: " + minimumSeniorTechnicians);
        }
        List<Problem> problems = new ArrayList<>();
        if (facts.sanction() != null) {
            problems.add(new Problem("sanction", facts.sanction().period().reason()));
        }
        if (facts.centralSoeBranchFiledWithMinistry()) {
            problems.add(new Problem(
                    "centralSoeBranchFiledWithMinistry",
                    new Reason(
                            "central-soe-branch",
                            "已在人力资源社会保障部备案的中央企业驻苏分支机构，由中央企业统筹开展特级技师评聘工作，不由设区市推荐。",
                            "A Jiangsu branch of a central state-owned enterprise filed with the Ministry of Human"
                                    + " Resources and Social Security is evaluated by its central enterprise, not"
                                    + " recommended by a city.")));
        }
        if (!facts.aboveDesignatedSize()) {
            problems.add(new Problem(
                    "aboveDesignatedSize",
                    new Reason(
                            "requirement-scale",
                            "不是规模以上企业（按统计口径）。",
                            "Not an enterprise above designated size (by the statistical definition).")));
        }
        if (!facts.hasRunSeniorTechnicianEvaluation()) {
            problems.add(new Problem(
                    "hasRunSeniorTechnicianEvaluation",
                    new Reason(
                            "requirement-prior-evaluation",
                            "未组织开展过高级技师职业资格评价或职业技能等级认定工作。",
                            "Has never organised a senior technician qualification evaluation or skill-level"
                                    + " certification.")));
        }
        if (facts.seniorTechnicianCount() < minimumSeniorTechnicians) {
            problems.add(new Problem(
                    "seniorTechnicianCount",
                    new Reason(
                            "requirement-senior-technicians",
                            "高级技师人数为" + facts.seniorTechnicianCount() + "人，少于要求的" + minimumSeniorTechnicians + "人。",
                            "Employs " + facts.seniorTechnicianCount() + " senior technician"
                                    + (facts.seniorTechnicianCount() == 1 ? "" : "s") + ", fewer than the required "
                                    + minimumSeniorTechnicians + ".")));
        }
        return problems;
    }
}
