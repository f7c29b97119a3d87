package org.skilleval.core.security;

/** The caller may not do this: their role does not allow it, or the object is outside their scope. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
