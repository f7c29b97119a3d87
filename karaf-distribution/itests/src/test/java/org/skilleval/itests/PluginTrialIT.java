package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Trial runs through REST on the real distribution: a shipped method and scheme, and an
 * enterprise's own plugin, run on sample input with the result, each expert's total and every
 * violation answered, and nothing written: no round, plan or audit event.
 */
public class PluginTrialIT extends SkillEvalTestSupport {

    private static final String MENTORING = "nanjing-equipment-mentoring";
    private static final String EXAMPLE = "com.example.nanjingequipment.mentoring";
    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";

    @After
    public void uninstallTheExample() throws BundleException {
        Bundle example;
        while ((example = bundle(EXAMPLE)) != null) {
            example.uninstall();
        }
    }

    @Test
    public void aTrialAnswersResultExpertTotalsAndViolationsAndWritesNothing() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        String otherHr = login("suzhou-precision-hr", "enterprise-demo");
        String applicant = login("wang-applicant", "applicant-demo");
        long round = created(post("/api/rounds", body("year", 2075, "batch", 1), province))
                .get("id")
                .asLong();
        acceptedParticipation(round, NANJING_EQUIPMENT, "南京某装备集团有限公司", nanjing, province);
        // The enterprise's own plugin, installed where the platform installs an approved upload
        try (InputStream jar = new FileInputStream(System.getProperty(EXAMPLE_JAR_PROPERTY))) {
            bundleContext
                    .installBundle("skilleval-upload:" + NANJING_EQUIPMENT + "/910001", jar)
                    .start();
        }
        awaitListedPlugins("the enterprise's plugin is listed", ids -> ids.contains(MENTORING));
        long auditEvents = auditHead(province);
        long rounds = ok(get("/api/rounds", province)).get("total").asLong();

        // A shipped method, by any enterprise: the result and each expert's total
        JsonNode oral = ok(post(
                "/api/plugins/oral-defense/trial",
                body(
                        "configuration",
                        Map.of("minExperts", "2"),
                        "sheets",
                        List.of(oralSheet("e1", 30, 30, 20, 20), oralSheet("e2", 20, 20, 10, 10))),
                otherHr));
        assertTrue(oral.toString(), oral.get("valid").asBoolean());
        assertEquals(80, oral.at("/methodResult/score").asInt());
        assertEquals(100, oral.at("/methodResult/maxScore").asInt());
        assertEquals(100, oral.at("/expertTotals/e1").asInt());
        assertEquals(60, oral.at("/expertTotals/e2").asInt());
        assertEquals("2", oral.at("/configuration/minExperts").asText());

        // Every violation, configuration and sheets, with field paths and both languages
        JsonNode badConfiguration = ok(post(
                "/api/plugins/oral-defense/trial",
                body("configuration", Map.of("minExperts", "0"), "sheets", List.of(oralSheet("e1", 1, 1, 1, 1))),
                hr));
        assertFalse(badConfiguration.get("valid").asBoolean());
        assertTrue(badConfiguration.get("methodResult").isNull());
        assertEquals(
                "configuration.minExperts",
                badConfiguration.at("/violations/0/field").asText());
        assertFalse(badConfiguration.at("/violations/0/message/zh").asText().isBlank());
        assertFalse(badConfiguration.at("/violations/0/message/en").asText().isBlank());
        JsonNode badSheets = ok(post(
                "/api/plugins/oral-defense/trial",
                body(
                        "configuration",
                        Map.of("minExperts", "1"),
                        "sheets",
                        List.of(
                                oralSheet("e1", 31, 30, 20, 20),
                                Map.of("expertId", "e2", "points", Map.of("innovation", 10)))),
                hr));
        List<String> fields = new ArrayList<>();
        badSheets.get("violations").forEach(v -> fields.add(v.get("field").asText()));
        assertTrue(fields.toString(), fields.contains("sheets[e1].points.professional-knowledge"));
        assertTrue(fields.toString(), fields.contains("sheets[e2].points.expression"));

        // A shipped scheme on sample method results
        JsonNode scheme = ok(post(
                "/api/plugins/weighted-sum/trial",
                body(
                        "configuration",
                        Map.of("weight.oral-defense", "60", "weight." + MENTORING, "40", "passLine", "75"),
                        "results",
                        List.of(
                                Map.of("methodId", "oral-defense", "score", 80, "maxScore", 100),
                                Map.of("methodId", MENTORING, "score", 65, "maxScore", 100))),
                nanjing));
        assertTrue(scheme.toString(), scheme.get("valid").asBoolean());
        assertEquals(74.0, scheme.at("/finalResult/total").asDouble(), 0.001);
        assertFalse(scheme.at("/finalResult/passed").asBoolean());
        assertEquals(100, scheme.at("/finalResult/maxTotal").asInt());

        // The enterprise's own plugin: its owner, its city and the province; nobody else
        String mentoringBody = body(
                "sheets",
                List.of(
                        mentoringSheet("e1", 36, 27, 27),
                        mentoringSheet("e2", 30, 20, 25),
                        mentoringSheet("e3", 28, 21, 21)));
        JsonNode own = ok(post("/api/plugins/" + MENTORING + "/trial", mentoringBody, hr));
        assertTrue(own.toString(), own.get("valid").asBoolean());
        assertEquals(EXAMPLE, own.get("bundleSymbolicName").asText());
        assertEquals(90, own.at("/expertTotals/e1").asInt());
        assertEquals(70, own.at("/expertTotals/e3").asInt());
        assertEquals(78.33, own.at("/methodResult/score").asDouble(), 0.001);
        assertEquals(
                200,
                post("/api/plugins/" + MENTORING + "/trial", mentoringBody, nanjing)
                        .statusCode());
        assertEquals(
                200,
                post("/api/plugins/" + MENTORING + "/trial", mentoringBody, province)
                        .statusCode());
        assertEquals(
                404,
                post("/api/plugins/" + MENTORING + "/trial", mentoringBody, otherHr)
                        .statusCode());
        assertEquals(
                404,
                post("/api/plugins/" + MENTORING + "/trial", mentoringBody, suzhou)
                        .statusCode());

        // A body that cannot be run: 400, bilingual, naming the field
        HttpResponse<String> empty = post("/api/plugins/oral-defense/trial", "{}", hr);
        assertEquals(empty.body(), 400, empty.statusCode());
        JsonNode problem = json(empty);
        assertEquals("sheets", problem.at("/errors/0/field").asText());
        assertFalse(problem.at("/errors/0/message/zh").asText().isBlank());
        assertFalse(problem.at("/errors/0/message/en").asText().isBlank());
        assertRefused("plugin-kind", post("/api/plugins/weighted-sum/trial", mentoringBody, hr));
        String unknownVersion = body("version", "9.9.9", "sheets", List.of(oralSheet("e1", 1, 1, 1, 1)));
        assertEquals(
                404, post("/api/plugins/oral-defense/trial", unknownVersion, hr).statusCode());
        assertEquals(
                403,
                post("/api/plugins/oral-defense/trial", mentoringBody, applicant)
                        .statusCode());

        // Nothing was written
        assertEquals("no audit event", auditEvents, auditHead(province));
        assertEquals(
                "no round",
                rounds,
                ok(get("/api/rounds", province)).get("total").asLong());
        assertEquals(
                "no work plan",
                0,
                ok(get("/api/work-plans?roundId=" + round, province))
                        .get("total")
                        .asLong());
    }

    private long auditHead(String province) throws Exception {
        return ok(get("/api/audit/verify", province)).get("headSeq").asLong();
    }

    private static Map<String, Object> oralSheet(String expert, int knowledge, int solving, int innovation, int talk) {
        return Map.of(
                "expertId",
                expert,
                "points",
                Map.of(
                        "professional-knowledge",
                        knowledge,
                        "problem-solving",
                        solving,
                        "innovation",
                        innovation,
                        "expression",
                        talk));
    }

    private static Map<String, Object> mentoringSheet(String expert, int advancement, int achievements, int passingOn) {
        return Map.of(
                "expertId",
                expert,
                "points",
                Map.of(
                        "apprentice-advancement",
                        advancement,
                        "apprentice-achievements",
                        achievements,
                        "passing-on",
                        passingOn));
    }
}
