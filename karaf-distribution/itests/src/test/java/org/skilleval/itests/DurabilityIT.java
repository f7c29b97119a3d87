package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Committed data is never lost: writers post through the API, the container is killed with
 * SIGKILL while they do, it restarts on the same data, and every write it acknowledged (201) is
 * read back. The audit chain is intact afterwards: events committed just before the kill are
 * chained at the restart.
 */
class DurabilityIT {

    private static final int WRITERS = 4;
    /** The kill comes once this many writes were acknowledged, so that a slow machine still tests something. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

    /** However slow the machine, the kill comes after this long. */
    private static final long LONGEST_WRITE_MILLIS = 90_000;

    private DistributionProcess karaf;

    @BeforeEach
    void unpack() throws Exception {
        karaf = DistributionProcess.unpack("durability");
        karaf.setProperty("etc/org.skilleval.core.demo.cfg", "round", "false");
    }

    @AfterEach
    void close() throws Exception {
        karaf.close();
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKill9() throws Exception {
        karaf.start();
        String province = karaf.login("province", "province-demo");
        List<String> acknowledged;
        try (WriteLoad load = new WriteLoad("耐久测试工种", List.of(new WriteLoad.Target("n", karaf, province)), WRITERS)) {
            load.start().awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, LONGEST_WRITE_MILLIS);
            karaf.kill();
            load.stop();
            acknowledged = load.acknowledged();
            assertTrue(
                    acknowledged.size() > 50,
                    "the writers got going before the kill: " + acknowledged.size() + " acknowledged, "
                            + load.refused().size() + " refused, the first: "
                            + load.refused().stream().findFirst().orElse(null));

            karaf.start();
            String afterRestart = karaf.login("province", "province-demo");
            List<String> lost = load.lostAsSeenBy(karaf, afterRestart);
            System.out.printf(
                    "DurabilityIT: %d writes acknowledged before SIGKILL, %d unanswered, %d lost%n",
                    acknowledged.size(), load.unanswered(), lost.size());
            assertEquals(List.of(), lost, "acknowledged writes lost by a kill -9");

            HttpResponse<String> verify = karaf.get("/api/audit/verify", afterRestart);
            JsonNode chain = DistributionProcess.JSON.readTree(verify.body());
            assertTrue(chain.get("intact").asBoolean(), "the audit chain survives a kill -9: " + chain);
            assertTrue(chain.get("eventsChecked").asLong() >= acknowledged.size(), chain.toString());
        }
        karaf.stop();
    }
}
