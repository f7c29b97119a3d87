package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import javax.ws.rs.ext.ContextResolver;

/**
 * One Jackson configuration for the whole API: ISO-8601 times, unknown request fields refused, and
 * every body bounded while it is read (size, nesting, number and text length; see
 * {@link InputModule} for what a value may hold), so that no request can make the server hold or
 * print more than a bounded amount of it.
 */
class ObjectMapperProvider implements ContextResolver<ObjectMapper> {

    /** The largest request body read, in bytes; larger ones are refused with 413 while arriving. */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    /** The longest number token, in characters. */
    static final int MAX_NUMBER_LENGTH = 64;
    /** The longest text value, in characters. */
    static final int MAX_TEXT_LENGTH = 200_000;
    /** The deepest nesting of objects and arrays. */
    static final int MAX_NESTING_DEPTH = 32;

    private final ObjectMapper mapper = create();

    static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_BODY_BYTES)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_TEXT_LENGTH)
                        .maxNameLength(1000)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .build();
        return new ObjectMapper(factory)
                .registerModule(new JavaTimeModule())
                .registerModule(new InputModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
