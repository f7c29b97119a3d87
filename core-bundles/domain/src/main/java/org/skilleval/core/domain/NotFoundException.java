package org.skilleval.core.domain;

/**
 * The object asked for does not exist (or lies outside the caller's scope, which the caller cannot
 * tell apart). It names the kind of object by its code name ({@code Certificate}); the API names
 * the kind in the reader's language. Which object was asked for is either its id or a description
 * in both languages (e.g. 与该代码和姓名相符的 / with this code and name).
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String objectType;
    private final String objectId;
    private final String whichZh;
    private final String whichEn;

    /**
     * @param objectType the kind of object, e.g. {@code Round}
     * @param objectId its id as asked for
     */
    public NotFoundException(String objectType, String objectId) {
        this(objectType, objectId, null, null);
    }

    private NotFoundException(String objectType, String objectId, String whichZh, String whichEn) {
        super("No " + objectType + " " + (whichEn == null ? objectId : whichEn));
        this.objectType = objectType;
        this.objectId = objectId;
        this.whichZh = whichZh;
        this.whichEn = whichEn;
    }

    /**
     * An object asked for by something other than its id.
     *
     * @param objectType the kind of object, e.g. {@code Certificate}
     * @param whichZh which one, as a Chinese attribute placed before the kind, e.g. 与该代码和姓名相符的
     * @param whichEn which one, in English after the kind, e.g. {@code with this code and name}
     */
    public static NotFoundException described(String objectType, String whichZh, String whichEn) {
        return new NotFoundException(objectType, "", whichZh, whichEn);
    }

    public String objectType() {
        return objectType;
    }

    /** @return the id asked for; empty when the object was {@linkplain #described described} */
    public String objectId() {
        return objectId;
    }

    /** @return the Chinese description of which object, or {@code null} when asked for by id */
    public String whichZh() {
        return whichZh;
    }

    /** @return the English description of which object, or {@code null} when asked for by id */
    public String whichEn() {
        return whichEn;
    }
}
