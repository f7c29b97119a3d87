package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.rules.RoundSchedule;

/**
 * The persistence unit pools its connections (persistence.xml): a list request no longer opens a
 * database connection per query, yet each request still reads what was committed last, also by a
 * connection other than the one that wrote it.
 */
class PooledConnectionsTest {

    private static final AuditActor PROVINCE = new AuditActor("province", "province");

    @Test
    void manyReadsShareAFewConnectionsAndEachSeesTheLastCommit() throws Exception {
        EmbeddedDataSource database = InMemoryDatabase.dataSource();
        InMemoryDatabase.migrate(database);
        AtomicInteger opened = new AtomicInteger();
        DataSource counting = (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        opened.incrementAndGet();
                    }
                    try {
                        return method.invoke(database, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        EntityManagerFactory unit = Persistence.createEntityManagerFactory(
                "skilleval", Map.of("javax.persistence.nonJtaDataSource", counting));
        try {
            JpaRoundStore rounds = new JpaRoundStore(unit);
            RoundRecord round = rounds.create(2101, 1, "2101 第一批", RoundSchedule.defaultFor(2101, 1), PROVINCE);
            int before = opened.get();

            // Reads by key: the rounds list is remembered on an embedded Derby and would open none.
            for (int i = 0; i < 100; i++) {
                assertEquals(round, rounds.find(round.id()).orElseThrow());
            }
            assertTrue(opened.get() - before <= 2, (opened.get() - before) + " connections opened for 100 reads");

            // Concurrent requests keep their connections too (a pool that closed every connection
            // returned above its minimum opened one per query under load).
            int threads = 8;
            ExecutorService requests = Executors.newFixedThreadPool(threads);
            try {
                List<Future<RoundRecord>> found = new ArrayList<>();
                for (int i = 0; i < threads * 50; i++) {
                    found.add(requests.submit(() -> rounds.find(round.id()).orElseThrow()));
                }
                for (Future<RoundRecord> each : found) {
                    assertEquals(round, each.get());
                }
            } finally {
                requests.shutdown();
            }
            assertTrue(
                    opened.get() - before <= threads + 2,
                    (opened.get() - before) + " connections opened for " + threads + " threads' 400 reads");

            // A change committed through the database directly, not through this unit, shows at once.
            try (var connection = database.getConnection();
                    var statement = connection.prepareStatement("UPDATE ROUND SET TITLE = ? WHERE ID = ?")) {
                statement.setString(1, "2101 改名");
                statement.setLong(2, round.id());
                assertEquals(1, statement.executeUpdate());
            }
            assertEquals("2101 改名", rounds.find(round.id()).orElseThrow().title());
        } finally {
            unit.close();
        }
    }
}
