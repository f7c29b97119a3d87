package org.skilleval.core.rules;

import java.util.Objects;

/**
 * The outcome of {@link RecommendationRules#checkQuota(int, boolean, boolean, int)}.
 *
 * <p>Contract: {@code reason} is never {@code null}: it explains refusals and also the allowed
 * cases (within the quota, a province override, or a G42+ base outside the quota), so the
 * recommendation record can show why it was accepted. {@code countsAgainstQuota} is {@code false}
 * only for G42+ demonstration bases.
 *
 * @param allowed            whether the city may recommend this enterprise
 * @param countsAgainstQuota whether, once recommended, it takes one of the city's places
 * @param reason             why
 */
public record QuotaDecision(boolean allowed, boolean countsAgainstQuota, Reason reason) {

    /**
     * Checks that a reason is given.
     *
     * @throws NullPointerException if {@code reason} is {@code null}
     */
    public QuotaDecision {
        Objects.requireNonNull(reason, "reason");
    }
}
