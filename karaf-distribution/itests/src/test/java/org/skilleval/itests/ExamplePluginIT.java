package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * The enterprise-written example plugin (plugins/examples/nanjing-equipment-mentoring: generated
 * from the archetype, built as a Maven project of its own against the published plugin API) is
 * installed into the running distribution as an operator would, shows up in {@code /api/plugins},
 * is chosen by an approved work plan that pins its version, and scores a candidate over REST; the
 * result's provenance names the example's bundle and version.
 *
 * <p>Runs on the real clock in a far-future round (2060), as {@code AssessmentTenancyIT} does.
 */
public class ExamplePluginIT extends SkillEvalTestSupport {

    /** The example's jar as its own build left it; the failsafe configuration says where. */
    private static final String EXAMPLE = "com.example.nanjingequipment.mentoring";

    private static final String MENTORING = "nanjing-equipment-mentoring";
    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String WANG_ID = "11010519491231002X";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The five demo experts: user name → expert id (their JAAS scope); the first chairs. */
    private static final Map<String, String> EXPERTS = new LinkedHashMap<>();

    static {
        EXPERTS.put("expert-zhou", "NJ-EXP-01");
        EXPERTS.put("expert-qian", "NJ-EXP-02");
        EXPERTS.put("expert-sun", "NJ-EXP-03");
        EXPERTS.put("expert-wu", "NJ-EXP-04");
        EXPERTS.put("expert-zheng", "NJ-EXP-05");
    }

    @After
    public void uninstallTheExample() throws Exception {
        Bundle example;
        while ((example = bundle(EXAMPLE)) != null) {
            example.uninstall();
        }
    }

    @Test
    public void anEnterpriseWrittenPluginInstalledAtRuntimeScoresACandidateAndIsNamedInTheResult() throws Exception {
        assertFalse(
                "the distribution does not ship the example", listedPluginIds().contains(MENTORING));

        // bundle:install -s file:… as the plugin guide tells the operator
        File jar = new File(System.getProperty(EXAMPLE_JAR_PROPERTY));
        assertTrue("the example was built: " + jar, jar.isFile());
        Bundle plugin = bundleContext.installBundle(jar.toURI().toString());
        plugin.start();
        String version = plugin.getVersion().toString();
        awaitListedPlugins("the example shows up after bundle install", ids -> ids.contains(MENTORING));
        JsonNode listed = listedPlugin(MENTORING);
        assertEquals(listed.toString(), "ACTIVE", listed.get("state").asText());
        assertEquals("ASSESSMENT_METHOD", listed.get("kind").asText());
        assertEquals(EXAMPLE, listed.get("bundleSymbolicName").asText());
        assertEquals(version, listed.get("bundleVersion").asText());
        assertEquals("师带徒成效评价", listed.get("name").get("zh").asText());

        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        String wang = login("wang-applicant", "applicant-demo");
        Map<String, String> experts = new LinkedHashMap<>();
        for (String expert : EXPERTS.keySet()) {
            experts.put(expert, login(expert, "expert-demo"));
        }

        // The enterprise's plan chooses its own method; the province's approval pins its version
        long round = created(post("/api/rounds", body("year", 2060, "batch", 1), province))
                .get("id")
                .asLong();
        long participationId = acceptedParticipation(round, NANJING_EQUIPMENT, "南京某装备集团有限公司", nanjing, province);
        JsonNode plan = created(post(
                "/api/work-plans",
                body(
                        "participationId",
                        participationId,
                        "occupations",
                        List.of("车工"),
                        "criteria",
                        "在高级技师岗位工作满5年、传师带徒成果显著",
                        "methods",
                        List.of(Map.of(
                                "pluginId",
                                MENTORING,
                                "configuration",
                                Map.of("minExperts", "5", "vetoBelow.apprentice-advancement", "16"))),
                        "scheme",
                        Map.of(
                                "pluginId",
                                "weighted-sum",
                                "configuration",
                                Map.of("weight." + MENTORING, "100", "passLine", "60")),
                        "organisation",
                        "企业评审委员会",
                        "schedule",
                        "1月申报，2月评审"),
                hr));
        long planId = plan.get("id").asLong();
        plan = ok(post("/api/work-plans/" + planId + "/publish", body("version", version(plan)), hr));
        plan = ok(post("/api/work-plans/" + planId + "/submit", body("version", version(plan)), hr));
        plan = ok(post(
                "/api/work-plans/" + planId + "/review", body("approve", true, "version", version(plan)), province));
        assertEquals("APPROVED", plan.get("status").asText());
        assertEquals(MENTORING, plan.get("methods").get(0).get("pluginId").asText());
        assertEquals(version, plan.get("methods").get(0).get("pinnedVersion").asText());

        // An employee applies and is endorsed; the panel of five demo experts
        long wangApplication = endorsedApplication(participationId, wang, hr);
        demoPanel(participationId, "车工", hr);

        // The sheet the experts fill is the example's
        String assessment = "/api/assessments/" + wangApplication;
        JsonNode method =
                ok(get(assessment, experts.get("expert-zhou"))).get("methods").get(0);
        assertEquals(MENTORING, method.get("methodId").asText());
        List<String> items = new ArrayList<>();
        method.get("schema")
                .get("items")
                .forEach(item -> items.add(item.get("id").asText()));
        assertEquals(List.of("apprentice-advancement", "apprentice-achievements", "passing-on"), items);

        // The example's validate() refuses a sheet over an item's maximum; the expert revises it
        String sheetPath = assessment + "/sheets/" + MENTORING;
        String zhou = experts.get("expert-zhou");
        JsonNode draft = ok(putJson(sheetPath, points(41, 24, 25), zhou));
        HttpResponse<String> refused = post(sheetPath + "/submit", body("version", version(draft)), zhou);
        assertEquals(refused.body(), 422, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("points.apprentice-advancement"));
        draft = ok(putJson(sheetPath, points(36, 24, 25, version(draft)), zhou));
        ok(post(sheetPath + "/submit", body("version", version(draft)), zhou));
        // totals 85, 78, 81, 80, 83: mean 81.40
        int[][] others = {{32, 22, 24}, {34, 20, 27}, {33, 23, 24}, {35, 23, 25}};
        int next = 0;
        for (String expert : List.of("expert-qian", "expert-sun", "expert-wu", "expert-zheng")) {
            int[] p = others[next++];
            draft = ok(putJson(sheetPath, points(p[0], p[1], p[2]), experts.get(expert)));
            ok(post(sheetPath + "/submit", body("version", version(draft)), experts.get(expert)));
        }

        JsonNode result = ok(post(assessment + "/evaluate", "{}", hr));
        assertTrue(result.toString(), result.get("passed").asBoolean());
        JsonNode methodResult = result.get("methods").get(0);
        assertEquals(MENTORING, methodResult.get("methodId").asText());
        assertEquals(
                methodResult.toString(),
                0,
                methodResult.get("score").decimalValue().compareTo(new BigDecimal("81.40")));
        assertFalse(methodResult.get("vetoed").asBoolean());
        JsonNode provenance = null;
        for (JsonNode entry : result.get("provenance")) {
            if (MENTORING.equals(entry.get("pluginId").asText())) {
                provenance = entry;
            }
        }
        assertNotNull(result.toString(), provenance);
        assertEquals(EXAMPLE, provenance.get("bundleSymbolicName").asText());
        assertEquals(version, provenance.get("bundleVersion").asText());
        assertEquals(
                "GET " + assessment + "/result",
                result.get("id").asLong(),
                ok(get(assessment + "/result", nanjing)).get("id").asLong());
    }

    private long endorsedApplication(long participationId, String applicant, String hr) throws Exception {
        String photo = upload("王师傅.png", "image/png", png(), applicant);
        String evidence = upload("劳动模范证书.pdf", "application/pdf", pdf(), applicant);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "王师傅");
        form.put("idNumber", WANG_ID);
        form.put("photoAttachmentId", photo);
        form.put("birthMonth", "1949-12");
        form.put("education", "大专");
        form.put(
                "qualification",
                Map.of(
                        "levelText", "高级技师",
                        "occupation", "车工",
                        "certificateNumber", "1532000000100001",
                        "certifiedOn", "2010-06-01"));
        form.put("employer", "南京某装备集团有限公司");
        form.put("department", "机加车间");
        form.put("address", "南京市江宁区将军大道1号");
        form.put("email", "worker@example.com");
        form.put("phone", "13912345678");
        form.put("fieldOfExpertise", "精密车削");
        form.put("educationAndCareer", List.of(Map.of("from", "1990-07", "organisation", "南京某装备集团有限公司", "role", "车工")));
        form.put("achievements", "带徒12名，其中3人晋升技师、1人晋升高级技师");
        form.put("achievementsAttachmentIds", List.of(evidence));
        form.put("declaration", Map.of("accepted", true, "signedOn", "2026-01-15"));
        form.put("appliedOccupation", "车工");
        form.put("basis", "A_SENIOR_TECHNICIAN");
        form.put("postSince", "2015-07-01");
        form.put("stillInOccupation", true);
        form.put(
                "priorityConditions",
                List.of(Map.of("condition", "MODEL_WORKER", "evidenceAttachmentIds", List.of(evidence))));
        JsonNode draft =
                created(post("/api/applications", body("participationId", participationId, "form", form), applicant));
        long id = draft.get("id").asLong();
        JsonNode submitted =
                ok(post("/api/applications/" + id + "/submit", body("version", version(draft)), applicant));
        assertTrue(
                submitted.get("eligibility").toString(),
                submitted.get("eligibility").get("eligible").asBoolean());
        JsonNode endorsed = ok(post(
                "/api/applications/" + id + "/review",
                body("endorse", true, "opinion", "同意参加评审", "version", version(submitted)),
                hr));
        assertEquals("ENDORSED", endorsed.get("status").asText());
        return id;
    }

    /** A new sheet's body with the example's three items. */
    private static String points(int advancement, int achievements, int passingOn) throws IOException {
        return body("points", pointsMap(advancement, achievements, passingOn), "comment", "徒弟成长有据可查");
    }

    /** A revision's body: the points and the version read. */
    private static String points(int advancement, int achievements, int passingOn, long version) throws IOException {
        return body("version", version, "points", pointsMap(advancement, achievements, passingOn), "comment", "已复核");
    }

    private static Map<String, Object> pointsMap(int advancement, int achievements, int passingOn) {
        return Map.of(
                "apprentice-advancement",
                advancement,
                "apprentice-achievements",
                achievements,
                "passing-on",
                passingOn);
    }
}
