package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.skilleval.core.rules.RuleViolationException;

/**
 * A JSON value the API refuses while reading a body: a text with unsafe characters, a number out
 * of range. Jackson adds the path of the value as it unwinds, and {@link ProblemMapper} answers with
 * that path, the rule and the bilingual message.
 */
final class RefusedValueException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final LocalizedMessage refusal;

    private RefusedValueException(JsonParser parser, String rule, LocalizedMessage refusal) {
        super(parser, refusal.en());
        this.rule = rule;
        this.refusal = refusal;
    }

    static RefusedValueException of(JsonParser parser, RuleViolationException rule) {
        return new RefusedValueException(parser, rule.rule(), LocalizedMessage.of(rule.messageZh(), rule.messageEn()));
    }

    String rule() {
        return rule;
    }

    LocalizedMessage refusal() {
        return refusal;
    }
}
