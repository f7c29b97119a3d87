package org.skilleval.core.rules;

import java.util.Objects;

/**
 * A condition a transition needs beyond its from-state, its actor and its phase, with the refusal
 * given when it does not hold. The lifecycle answers whether a guard holds (it knows the facts: the
 * plan, the eligibility, the open objections); the table says which guards a transition has.
 *
 * @param id    a stable name, shown in the state diagrams, e.g. {@code eligible}
 * @param field the request field the refusal names
 * @param rule  the refusal's machine-readable rule
 * @param zh    the refusal in Chinese
 * @param en    the refusal in English
 */
public record Guard(String id, String field, String rule, String zh, String en) {

    public Guard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** @return the refusal when this guard does not hold */
    public RuleViolationException refusal() {
        return new RuleViolationException(field, rule, zh, en);
    }
}
