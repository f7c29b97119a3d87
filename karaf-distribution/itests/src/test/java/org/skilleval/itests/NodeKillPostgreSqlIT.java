package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes over one PostgreSQL database (issue 14), both written to; node A is killed with SIGKILL
 * mid-load: node B serves on, every write either node acknowledged is read back through B, and A,
 * restarted on the same database, serves again and reads everything. No reverse proxy: the writers
 * address each node directly, and sign in on each node separately, because each node signs its
 * tokens with a key of its own until the key is shared.
 */
class NodeKillPostgreSqlIT {

    private static final int WRITERS_PER_NODE = 3;

    /** The kill comes once this many writes were acknowledged, so that a slow machine still tests something. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    private DistributionProcess nodeA;
    private DistributionProcess nodeB;

    @AfterEach
    void close() throws Exception {
        for (DistributionProcess node : new DistributionProcess[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void theOtherNodeServesOnAndTheKilledOneCatchesUpLosingNothing() throws Exception {
        Properties database = PostgreSqlServer.requiredBy(getClass()).newDatabase("skilleval_node_kill");
        nodeA = DistributionProcess.unpackOnEmbeddedDerby("node-kill-a");
        nodeB = DistributionProcess.unpackOnEmbeddedDerby("node-kill-b");
        for (DistributionProcess node : List.of(nodeA, nodeB)) {
            node.useDatabase(database);
            node.setProperty("etc/org.skilleval.core.demo.cfg", "round", "false");
        }
        nodeA.start();
        String tokenA = nodeA.login("province", "province-demo");
        nodeB.start(); // after A seeded the logins: B finds them and creates none
        String tokenB = nodeB.signIn("province", "province-demo");

        try (WriteLoad load = new WriteLoad(
                "宕机测试工种",
                List.of(new WriteLoad.Target("a", nodeA, tokenA), new WriteLoad.Target("b", nodeB, tokenB)),
                WRITERS_PER_NODE)) {
            load.start().awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, 90_000);
            int byAOnKill = load.acknowledgedBy("a").size();
            assertTrue(byAOnKill > 20, "node A took writes before the kill: " + byAOnKill);
            nodeA.kill();
            long killedAt = load.millisSinceStart();
            int byBOnKill = load.acknowledgedBy("b").size();
            Thread.sleep(5_000);
            load.stop();

            int byBAfterKill = load.acknowledgedBy("b").size() - byBOnKill;
            List<WriteLoad.Refusal> refusedByB =
                    load.refused().stream().filter(r -> r.node().equals("b")).toList();
            List<String> lostAsSeenByB = load.lostAsSeenBy(nodeB, tokenB);
            System.out.printf(
                    "NodeKillPostgreSqlIT: %d writes acknowledged (A %d, B %d; B %d in the 5 s after A's kill at %d ms),"
                            + " %d refused by B, %d unanswered, %d lost as read through B%n",
                    load.acknowledged().size(),
                    load.acknowledgedBy("a").size(),
                    load.acknowledgedBy("b").size(),
                    byBAfterKill,
                    killedAt,
                    refusedByB.size(),
                    load.unanswered(),
                    lostAsSeenByB.size());
            assertTrue(byBAfterKill > 0, "node B serves on after A's kill");
            assertEquals(List.of(), refusedByB, "node B refuses nothing while A dies");
            assertEquals(List.of(), lostAsSeenByB, "acknowledged writes lost, as read through node B");

            nodeA.start();
            String afterRestart = nodeA.login("province", "province-demo");
            assertEquals(List.of(), load.lostAsSeenBy(nodeA, afterRestart), "the restarted node A reads every write");
            assertTrue(DistributionProcess.JSON
                    .readTree(nodeA.get("/api/audit/verify", afterRestart).body())
                    .get("intact")
                    .asBoolean());
        }
        nodeA.stop();
        nodeB.stop();
    }
}
