package org.skilleval.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link EligibilityRules#decide(EligibilityInput)} needs to decide whether a candidate
 * may be evaluated in a round (seed 一（二）and 一（三）).
 *
 * <p>Contract: {@code referenceDate} and {@code appliedOccupation} are non-null and the occupation
 * is not blank; {@code priorityConditions} may be passed as {@code null} (meaning none) and is
 * stored as an unmodifiable copy without duplicates, in the order given. The nullable records mean
 * "not held" ({@code seniorTechnician}, {@code professionalTitle}) or "no sanction"
 * ({@code sanction}).
 *
 * @param referenceDate       the round's reference date, on which every condition is judged
 * @param appliedOccupation   the occupation (职业/工种) applied for
 * @param seniorTechnician    the candidate's 高级技师 qualification and post, or {@code null}
 * @param professionalTitle   the candidate's 正高级职称 or 一级专业技术资格, or {@code null}
 * @param appliedOccupationHasSeniorTechnicianStandard whether, per the occupation catalogue, the
 *                            occupation applied for has a 高级技师 national standard or an industry or
 *                            enterprise evaluation specification
 * @param priorityConditions  the priority conditions recorded with evidence
 * @param sanction            the candidate's most recent sanction, or {@code null}; only a sanction
 *                            active on {@code referenceDate} counts
 */
public record EligibilityInput(
        LocalDate referenceDate,
        String appliedOccupation,
        SeniorTechnicianRecord seniorTechnician,
        ProfessionalTitleRecord professionalTitle,
        boolean appliedOccupationHasSeniorTechnicianStandard,
        List<PriorityCondition> priorityConditions,
        SanctionStatus sanction) {

    /**
     * Checks the required parts and copies the list.
     *
     * @throws NullPointerException   if {@code referenceDate} or {@code appliedOccupation} is
     *                                {@code null}, or the list holds {@code null}
     * @throws RuleViolationException (field {@code appliedOccupation}, rule {@code required}) if the
     *                                occupation is blank
     */
    public EligibilityInput {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(appliedOccupation, "appliedOccupation");
        if (appliedOccupation.isBlank()) {
            throw new RuleViolationException(
                    "appliedOccupation", "required", "请填写参评职业（工种）。", "The occupation applied for is required.");
        }
        // A condition recorded twice (e.g. two pieces of evidence) is still one condition.
        priorityConditions = priorityConditions == null
                ? List.of()
                : List.copyOf(priorityConditions.stream()
                        .map(c -> Objects.requireNonNull(c, "priority condition"))
                        .distinct()
                        .toList());
    }
}
