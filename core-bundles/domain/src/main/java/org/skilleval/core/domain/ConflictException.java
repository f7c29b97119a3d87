package org.skilleval.core.domain;

import java.util.Objects;

/**
 * A write was refused because it conflicts with the stored state: the object changed since the
 * caller read it ({@link Kind#STALE_VERSION}), or another object already holds a unique key
 * ({@link Kind#DUPLICATE}). Nothing was written. It says what conflicts in Chinese and in English;
 * {@link #getMessage()} is the English.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the write conflicts. */
    public enum Kind {
        STALE_VERSION,
        DUPLICATE
    }

    private final Kind kind;
    private final String messageZh;

    /**
     * @param kind why the write conflicts
     * @param messageZh what conflicts, in Chinese throughout
     * @param messageEn what conflicts, in English throughout
     */
    public ConflictException(Kind kind, String messageZh, String messageEn) {
        super(Objects.requireNonNull(messageEn, "messageEn"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
    }

    /** A stale version of an object of the given kind (its code name, e.g. {@code WorkPlan}). */
    public static ConflictException stale(String objectType, long id, long expectedVersion) {
        return new ConflictException(
                Kind.STALE_VERSION,
                "该记录在版本 " + expectedVersion + " 之后已被修改",
                objectType + " " + id + " changed since version " + expectedVersion);
    }

    public Kind kind() {
        return kind;
    }

    /** @return what conflicts, in Chinese */
    public String messageZh() {
        return messageZh;
    }

    /** @return what conflicts, in English; the same as {@link #getMessage()} */
    public String messageEn() {
        return getMessage();
    }
}
