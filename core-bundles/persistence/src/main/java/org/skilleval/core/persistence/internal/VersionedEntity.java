package org.skilleval.core.persistence.internal;

/**
 * An entity under optimistic locking that callers change through its record: read the record,
 * compute the changed record, apply it back.
 *
 * @param <R> the record the entity stands for
 */
interface VersionedEntity<R> {

    long version();

    R toRecord();

    /** Takes over what may change from the changed record; what may not change is left as it is. */
    void apply(R changed);
}
