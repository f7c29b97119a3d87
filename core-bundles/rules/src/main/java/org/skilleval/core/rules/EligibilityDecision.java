package org.skilleval.core.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of {@link EligibilityRules#decide(EligibilityInput)}.
 *
 * <p>Contract:
 * <ul>
 * <li>{@code paths} holds the basic conditions (seed 一（二）) the candidate meets, whether or not a
 * sanction bars them; {@code eligible} is {@code true} iff {@code paths} is not empty and no
 * sanction is active on the reference date.</li>
 * <li>{@code reasons} lists, in order: the {@code sanctioned} reason if a sanction is active, then
 * every reason path A fails, then every reason path B fails. A path that holds contributes nothing.
 * So an eligible candidate may still have reasons: they explain the path that did not hold.</li>
 * <li>{@code priorityConditions} is the input's list, handed back for display only.</li>
 * <li>{@code eligibleFrom} is the first date on which path A's five-year condition holds, set only
 * when that condition is not yet met; the other conditions of path A (see {@code reasons}) must
 * still hold on that date. Otherwise {@code null}.</li>
 * </ul>
 * Collections are unmodifiable copies.
 *
 * @param eligible           whether the candidate may be evaluated
 * @param paths              the basic conditions met
 * @param reasons            why paths fail, and any sanction
 * @param priorityConditions the priority conditions, shown but never deciding
 * @param eligibleFrom       when path A's years would be met, or {@code null}
 */
public record EligibilityDecision(
        boolean eligible,
        Set<EligibilityPath> paths,
        List<Reason> reasons,
        List<PriorityCondition> priorityConditions,
        LocalDate eligibleFrom) {

    /**
     * Copies the collections.
     *
     * @throws NullPointerException if a collection is {@code null} or holds {@code null}
     */
    public EligibilityDecision {
        // EnumSet keeps A before B whatever order the caller used, so displays are stable.
        paths = paths.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(paths));
        reasons = List.copyOf(reasons);
        priorityConditions = List.copyOf(priorityConditions);
    }

    /**
     * Whether a reason with the given code is among {@link #reasons()}.
     *
     * @param code the code, e.g. {@code post-years-short}
     * @return {@code true} iff some reason has that code
     */
    public boolean hasReason(String code) {
        Objects.requireNonNull(code, "code");
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }
}
