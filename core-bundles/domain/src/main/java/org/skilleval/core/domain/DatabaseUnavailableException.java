package org.skilleval.core.domain;

/**
 * The database did not answer: it is down, restarting, refusing connections or the connection
 * broke mid-request. Nothing the request asked for is confirmed: a read returned nothing, and a
 * write either never reached the database or lost its connection before its commit was confirmed
 * (then it may or may not be stored). The caller may try again once the database is back; the
 * platform recovers by itself, without a restart.
 */
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param cause the database's own failure, kept for the log */
    public DatabaseUnavailableException(Throwable cause) {
        super("The database is unavailable", cause);
    }
}
