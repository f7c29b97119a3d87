package org.skilleval.core.domain;

/**
 * A write was refused because it conflicts with the stored state: the object changed since the
 * caller read it ({@link Kind#STALE_VERSION}), or another object already holds a unique key
 * ({@link Kind#DUPLICATE}). Nothing was written.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the write conflicts. */
    public enum Kind {
        STALE_VERSION,
        DUPLICATE
    }

    private final Kind kind;

    public ConflictException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
