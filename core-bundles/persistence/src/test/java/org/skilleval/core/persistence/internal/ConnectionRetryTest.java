package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

/** A read that met a broken connection is retried at once, not after EclipseLink's 5 s. */
class ConnectionRetryTest {

    @Test
    void readsRetryOnAnotherConnectionWithinASecond() {
        Session session = new Project(new DatabaseLogin()).createDatabaseSession();

        new ConnectionRetry().customize(session);

        DatabaseLogin login = session.getLogin();
        assertEquals(2, login.getQueryRetryAttemptCount());
        assertEquals(250, login.getDelayBetweenConnectionAttempts());
    }
}
