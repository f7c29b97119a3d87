package org.skilleval.core.rules;

import java.util.Objects;

/**
 * A candidate's 正高级职称 or 一级专业技术资格, as recorded with evidence.
 *
 * <p>Contract: {@code kind} and {@code field} are non-null. Whether the title's field corresponds
 * to the occupation applied for is a judgement the enterprise's work plan makes (the seed lets the
 * enterprise choose the occupations that connect with its professional staff), so it arrives here
 * as {@code matchesAppliedOccupation} rather than being computed from strings.
 *
 * @param kind                     which of the two titles
 * @param field                    the professional field (专业领域) of the title
 * @param matchesAppliedOccupation whether the title corresponds to the occupation applied for
 * @param stillInField             whether the candidate still works in that field (仍从事本专业领域工作)
 */
public record ProfessionalTitleRecord(
        TitleKind kind, String field, boolean matchesAppliedOccupation, boolean stillInField) {

    /**
     * Checks that every reference is present.
     *
     * @throws NullPointerException if {@code kind} or {@code field} is {@code null}
     */
    public ProfessionalTitleRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
    }
}
