package org.skilleval.core.domain;

/** The object asked for does not exist. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String objectType;
    private final String objectId;

    public NotFoundException(String objectType, String objectId) {
        super(objectType + " " + objectId + " does not exist");
        this.objectType = objectType;
        this.objectId = objectId;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }
}
