package org.skilleval.core.persistence.internal;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * How EclipseLink retries a read that met a broken connection (persistence.xml names this class as
 * {@code eclipselink.session.customizer}). After a database restart the pool still holds connections
 * to the old server: a read outside a transaction that meets one is run again on a fresh connection,
 * so the caller never sees it. EclipseLink's defaults (3 retries, 5 s apart) also held every read
 * 10-15 s while the database was down before it failed; a short pause keeps the retry and answers
 * 503 within about a second instead. Persistence unit properties cannot set these in EclipseLink 2.7.
 */
public final class ConnectionRetry implements SessionCustomizer {

    /** Retries of a read that met a broken connection, each on another connection. */
    static final int QUERY_RETRY_ATTEMPTS = 2;

    /** The pause before each retry. */
    static final int DELAY_BETWEEN_ATTEMPTS_MILLIS = 250;

    @Override
    public void customize(Session session) {
        DatabaseLogin login = session.getLogin();
        login.setQueryRetryAttemptCount(QUERY_RETRY_ATTEMPTS);
        login.setDelayBetweenConnectionAttempts(DELAY_BETWEEN_ATTEMPTS_MILLIS);
    }
}
