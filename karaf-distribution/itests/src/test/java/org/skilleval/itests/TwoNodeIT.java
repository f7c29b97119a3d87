package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes over one PostgreSQL behind HAProxy (issue 14), started once for the class by the
 * operator's script ({@link TwoNodes}). Every step goes through the proxy, and each test checks that
 * the step which must see another's effect was answered by the other node: nothing a node keeps
 * to itself may make a request's answer depend on where it lands.
 */
class TwoNodeIT {

    private static TwoNodes nodes;
    private static ApiClient proxy;
    /** The node that answered the previous request through the proxy. */
    private static String lastNode;

    @BeforeAll
    static void startBothNodes() throws Exception {
        nodes = TwoNodes.start("two-nodes");
        proxy = nodes.proxy();
    }

    @AfterAll
    static void stopBothNodes() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void requestsAlternateBetweenTheNodes() throws Exception {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> health = send("GET", "/api/health", null, null);
            assertEquals(200, health.statusCode(), health.body());
            answeredBy.add(lastNode);
        }
        assertEquals(new HashSet<>(TwoNodes.NODES), new HashSet<>(answeredBy), answeredBy.toString());
        for (int i = 1; i < answeredBy.size(); i++) {
            assertNotEquals(answeredBy.get(i - 1), answeredBy.get(i), "round robin: " + answeredBy);
        }
    }

    @Test
    void aTokenSignedByOneNodeIsAcceptedByTheOther() throws Exception {
        String token = login("province", "province-demo");
        String signedBy = lastNode;

        HttpResponse<String> me = onOtherNode(signedBy, "GET", "/api/auth/me", null, token);

        assertEquals(200, me.statusCode(), me.body());
        assertEquals("province", json(me).get("username").asText());
    }

    /** One request through the proxy; remembers which node answered. */
    private static HttpResponse<String> send(String method, String path, String json, String token) throws Exception {
        HttpResponse<String> response = proxy.send(method, path, json, token);
        lastNode = TwoNodes.nodeOf(response);
        return response;
    }

    /**
     * One request through the proxy that must land on the node other than {@code node}: round robin
     * sends it there, and this checks that it did.
     */
    private static HttpResponse<String> onOtherNode(String node, String method, String path, String json, String token)
            throws Exception {
        HttpResponse<String> response = send(method, path, json, token);
        assertNotEquals(node, lastNode, "the proxy sent two requests in a row to " + node);
        return response;
    }

    private static String login(String username, String password) throws Exception {
        HttpResponse<String> response = send(
                "POST", "/api/auth/login", SkillEvalTestSupport.body("username", username, "password", password), null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response).get("token").asText();
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return DistributionProcess.JSON.readTree(response.body());
    }
}
