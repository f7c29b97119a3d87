package org.skilleval.core.persistence.internal;

import java.sql.Timestamp;
import java.time.Instant;
import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores every {@link Instant} as a SQL TIMESTAMP. JPA 2.2 and EclipseLink 2.7 know the
 * {@code java.time} local types but not {@code Instant}, which they would serialise into a BLOB
 * that the database can neither sort nor compare.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
