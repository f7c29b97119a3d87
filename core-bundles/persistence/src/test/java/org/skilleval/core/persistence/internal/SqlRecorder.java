package org.skilleval.core.persistence.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * An EclipseLink log that keeps the SQL statements sent to the database, for tests that prove what
 * a query reads. Named in {@code eclipselink.logging.logger}; EclipseLink creates it.
 */
public class SqlRecorder extends AbstractSessionLog {

    static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    /** The persistence unit on {@code dataSource}, its SQL recorded here. */
    static EntityManagerFactory persistenceUnit(EmbeddedDataSource dataSource) {
        return InMemoryDatabase.persistenceUnit(
                dataSource,
                Map.of(
                        "eclipselink.logging.logger",
                        SqlRecorder.class.getName(),
                        "eclipselink.logging.level.sql",
                        "FINE"));
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            STATEMENTS.add(entry.getMessage());
        }
    }
}
