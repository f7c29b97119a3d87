package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void aSignOutOnOneNodeEndsTheTokenOnTheOtherAtOnce() throws Exception {
        String signedOut = login("nanjing", "nanjing-demo");
        String kept = login("nanjing", "nanjing-demo");
        // Both nodes have checked the token before the sign-out, so a node that remembered it would answer 200.
        assertEquals(200, send("GET", "/api/auth/me", null, signedOut).statusCode());
        assertEquals(200, send("GET", "/api/auth/me", null, signedOut).statusCode());

        assertEquals(204, send("POST", "/api/auth/logout", "", signedOut).statusCode());
        String signedOutOn = lastNode;

        assertEquals(
                401,
                onOtherNode(signedOutOn, "GET", "/api/auth/me", null, signedOut).statusCode());
        assertEquals(401, send("GET", "/api/auth/me", null, signedOut).statusCode());
        assertEquals(200, send("GET", "/api/auth/me", null, kept).statusCode());
    }

    @Test
    void aPasswordResetOnOneNodeEndsTheAccountsTokensOnTheOtherAtOnce() throws Exception {
        String province = login("province", "province-demo");
        String oneTime = json(created(send(
                        "POST",
                        "/api/accounts",
                        SkillEvalTestSupport.body(
                                "username", "tn-wuxi", "displayName", "无锡市双节点", "role", "city", "city", "3202"),
                        province)))
                .get("oneTimePassword")
                .asText();
        String firstSignIn = login("tn-wuxi", oneTime);
        HttpResponse<String> changed = send(
                "POST",
                "/api/me/password",
                SkillEvalTestSupport.body("currentPassword", oneTime, "newPassword", "Wuxi-two-nodes-2085!"),
                firstSignIn);
        assertEquals(200, changed.statusCode(), changed.body());
        String token = json(changed).get("token").asText();
        // The new password's token on both nodes: neither may keep the old epoch afterwards.
        assertEquals(200, send("GET", "/api/auth/me", null, token).statusCode());
        assertEquals(200, send("GET", "/api/auth/me", null, token).statusCode());
        assertEquals(401, send("GET", "/api/auth/me", null, firstSignIn).statusCode(), "the one-time token ended");

        HttpResponse<String> reset = send("POST", "/api/accounts/tn-wuxi/password-reset", "", province);
        assertEquals(200, reset.statusCode(), reset.body());

        assertEquals(
                401, onOtherNode(lastNode, "GET", "/api/auth/me", null, token).statusCode());
        assertEquals(401, send("GET", "/api/auth/me", null, token).statusCode());
        // The reset's one-time password must be replaced first, whichever node signs it in and checks it.
        String afterReset = login("tn-wuxi", json(reset).get("oneTimePassword").asText());
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> rounds = send("GET", "/api/rounds", null, afterReset);
            assertEquals(403, rounds.statusCode(), rounds.body());
            assertEquals(
                    "urn:skilleval:problem:password-change-required",
                    json(rounds).get("type").asText(),
                    rounds.body());
        }
    }

    @Test
    void aChangeCommittedOnOneNodeIsReadAtOnceOnTheOther() throws Exception {
        String province = login("province", "province-demo");
        assertEquals(
                201,
                send(
                                "POST",
                                "/api/accounts",
                                SkillEvalTestSupport.body(
                                        "username",
                                        "tn-changzhou",
                                        "displayName",
                                        "常州市双节点",
                                        "role",
                                        "city",
                                        "city",
                                        "3204"),
                                province)
                        .statusCode());
        // Each node reads the account once, so that a node caching entities has it cached.
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> read = send("GET", "/api/accounts/tn-changzhou", null, province);
            assertEquals(true, json(read).get("enabled").asBoolean(), read.body());
        }

        assertEquals(
                200,
                send("POST", "/api/accounts/tn-changzhou/disable", "", province).statusCode());
        String changedOn = lastNode;

        HttpResponse<String> onOther = onOtherNode(changedOn, "GET", "/api/accounts/tn-changzhou", null, province);
        assertEquals(false, json(onOther).get("enabled").asBoolean(), onOther.body());
        HttpResponse<String> onSame = send("GET", "/api/accounts/tn-changzhou", null, province);
        assertEquals(false, json(onSame).get("enabled").asBoolean(), onSame.body());
    }

    @Test
    void fiveFailedSignInsSpreadOverBothNodesLockTheUserName() throws Exception {
        String body = SkillEvalTestSupport.body("username", "tn-nobody", "password", "wrong-password");
        List<String> failedOn = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, send("POST", "/api/auth/login", body, null).statusCode());
            failedOn.add(lastNode);
        }
        assertEquals(new HashSet<>(TwoNodes.NODES), new HashSet<>(failedOn), failedOn.toString());

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> refused = send("POST", "/api/auth/login", body, null);
            assertEquals(429, refused.statusCode(), "on " + lastNode + ": " + refused.body());
        }
    }

    @Test
    void tenObjectionsSpreadOverBothNodesExhaustTheAddressesHour() throws Exception {
        // A publicity that does not exist: the throttle counts before the objection is looked at.
        String objection =
                SkillEvalTestSupport.body("publicityId", 999_999_999, "entryId", 1, "content", "双节点节流测试", "name", "测试");
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> counted = send("POST", "/api/public/objections", objection, null);
            assertEquals(404, counted.statusCode(), counted.body());
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> refused = send("POST", "/api/public/objections", objection, null);
            assertEquals(429, refused.statusCode(), "on " + lastNode + ": " + refused.body());
        }
        // The nodes count the address the proxy appends to X-Forwarded-For; one a client writes
        // there itself is not believed.
        HttpResponse<String> forged = proxy.sendWithHeaders(
                "POST", "/api/public/objections", objection, Map.of("X-Forwarded-For", "198.51.100.77"));
        assertEquals(429, forged.statusCode(), forged.body());
    }

    @Test
    void anAttachmentUploadedOnOneNodeIsDownloadedFromTheOther() throws Exception {
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        byte[] scan = "%PDF-1.4\n% two nodes, one store\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> uploaded =
                proxy.send("POST", "/api/attachments?fileName=two-nodes.pdf", "application/pdf", scan, hr);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String uploadedOn = TwoNodes.nodeOf(uploaded);
        String id = json(uploaded).get("id").asText();

        HttpResponse<byte[]> downloaded = proxy.getFile("/api/attachments/" + id, hr);

        assertNotEquals(uploadedOn, TwoNodes.nodeOf(downloaded), "the download went to the other node");
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(scan, downloaded.body());
    }

    @Test
    void aHolidayFileAddedToTheSharedDirectoryCountsOnBothNodes() throws Exception {
        // An invented holiday on Tuesday 2086-03-05: five working days from Monday 2086-03-04 end a day later.
        Files.writeString(
                nodes.shared().resolve("holidays").resolve("2086.json"),
                "{\"years\": {\"2086\": {\"off\": [\"2086-03-05\"], \"work\": []}}}");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> years = send("GET", "/api/calendar/years", null, null);
            assertTrue(years.body().contains("2086"), lastNode + ": " + years.body());
            HttpResponse<String> period =
                    send("GET", "/api/calendar/period?start=2086-03-04&workingDays=5", null, null);
            assertEquals("2086-03-11", json(period).get("lastDay").asText(), lastNode + ": " + period.body());
        }
    }

    @Test
    void concurrentRecommendationsThroughBothNodesNeverPassTheCitysQuota() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        HttpResponse<String> round = created(send("POST", "/api/rounds", "{\"year\":2085,\"batch\":1}", province));
        long roundId = json(round).get("id").asLong();
        // Six enterprises of 南京 at once, alternately on both nodes; the city's quota is two.
        List<String> creditCodes = List.of(
                "91320100MA1TN0001Y",
                "91320100MA1TN00022",
                "91320100MA1TN00035",
                "91320100MA1TN00048",
                "91320100MA1TN0005B",
                "91320100MA1TN0006E");
        CyclicBarrier together = new CyclicBarrier(creditCodes.size());
        ExecutorService cities = Executors.newFixedThreadPool(creditCodes.size());
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (String creditCode : creditCodes) {
                String body = "{\"roundId\":" + roundId + ",\"creditCode\":\"" + creditCode
                        + "\",\"name\":\"南京双节点企业\",\"aboveDesignatedSize\":true,"
                        + "\"hasRunSeniorTechnicianEvaluation\":true,\"seniorTechnicianCount\":40,"
                        + "\"centralSoeBranchFiledWithMinistry\":false,\"g42DemonstrationBase\":false}";
                sent.add(cities.submit(() -> {
                    together.await();
                    return proxy.send("POST", "/api/participations", body, nanjing);
                }));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            cities.shutdownNow();
        }

        Set<String> nodesUsed = new HashSet<>();
        int recommended = 0;
        for (HttpResponse<String> answer : answers) {
            nodesUsed.add(TwoNodes.nodeOf(answer));
            if (answer.statusCode() == 201) {
                recommended++;
            } else {
                assertEquals(422, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("quota-exceeded"), answer.body());
            }
        }
        assertEquals(new HashSet<>(TwoNodes.NODES), nodesUsed);
        assertEquals(2, recommended, "the city's two places, taken once each");
        HttpResponse<String> listed = send("GET", "/api/participations?roundId=" + roundId, null, nanjing);
        assertEquals(2, json(listed).get("total").asInt(), listed.body());
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
