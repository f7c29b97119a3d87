package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.skilleval.core.rules.DecimalInput;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.TextRules;

/**
 * What the API accepts inside a body, applied while Jackson reads it: every text through
 * {@link TextRules} (NFC, no unsafe characters; see {@link TextFields} for which are long text), every
 * map key as an identifier, every decimal through {@link DecimalInput}. A refusal names the path of
 * the value and never repeats it.
 */
final class InputModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    InputModule() {
        super("skilleval-input");
        addDeserializer(String.class, new SafeText(TextRules.Kind.NAME_OR_CODE));
        addKeyDeserializer(String.class, new SafeKey());
        addDeserializer(BigDecimal.class, new BoundedDecimal());
    }

    /** A text checked as the property it fills asks for. */
    static final class SafeText extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private static final long serialVersionUID = 1L;

        /** {@code null}: a secret, passed on as typed. */
        private final TextRules.Kind kind;

        SafeText(TextRules.Kind kind) {
            super(String.class);
            this.kind = kind;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            TextRules.Kind wanted = TextFields.kindOf(property);
            return wanted == kind ? this : new SafeText(wanted);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String raw = StringDeserializer.instance.deserialize(parser, context);
            if (kind == null) {
                return raw;
            }
            try {
                return TextRules.clean(raw, kind, null);
            } catch (RuleViolationException refused) {
                throw RefusedValueException.of(parser, refused);
            }
        }
    }

    /** A map key: the name of a score item, a plugin parameter. */
    static final class SafeKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            try {
                return TextRules.clean(key, TextRules.Kind.NAME_OR_CODE, null);
            } catch (RuleViolationException refused) {
                throw RefusedValueException.of(context.getParser(), refused);
            }
        }
    }

    /** A decimal of bounded size, read without ever expanding its exponent. */
    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

        private static final long serialVersionUID = 1L;

        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value;
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                value = parser.getDecimalValue();
            } else if (token == JsonToken.VALUE_STRING) {
                value = fromText(parser, parser.getText().strip());
            } else {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            try {
                return DecimalInput.check(value, null);
            } catch (RuleViolationException refused) {
                throw RefusedValueException.of(parser, refused);
            }
        }

        private static BigDecimal fromText(JsonParser parser, String text) throws IOException {
            if (text.length() <= parser.streamReadConstraints().getMaxNumberLength()) {
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    // refused below
                }
            }
            throw RefusedValueException.of(
                    parser,
                    new RuleViolationException(null, "number", "须为数字，例如 85.5", "must be a number, for example 85.5"));
        }
    }
}
