package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * Every shipped plugin carries a candidate through a round over HTTP: a plan combining the four
 * assessment methods is evaluated under each of the four scoring schemes in turn, each scheme in a
 * round of its own, and 苏州's city extension is refused until 苏州's agency enables it, then used by a
 * 苏州 enterprise and never by a 南京 one. Every score comes from the pinned plugin's own score sheet.
 */
public class AllPluginsRoundIT extends SkillEvalTestSupport {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String SUZHOU_PRECISION = "91320500MA1PX00038";
    private static final List<String> METHODS =
            List.of("performance-review", "technical-challenge", "oral-defense", "in-company-commendation");
    private static final List<String> EXPERTS =
            List.of("expert-zhou", "expert-qian", "expert-sun", "expert-wu", "expert-zheng");

    @Test
    public void eachSchemeJudgesACandidateAssessedByAllFourMethods() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        String wang = login("wang-applicant", "applicant-demo");
        List<String> experts = new ArrayList<>();
        for (String expert : EXPERTS) {
            experts.add(login(expert, "expert-demo"));
        }

        Map<String, String> equalWeights = new LinkedHashMap<>();
        METHODS.forEach(method -> equalWeights.put("weight." + method, "25"));
        Map<String, String> weightedSum = new LinkedHashMap<>(equalWeights);
        weightedSum.put("passLine", "60");
        Map<String, String> trimmedMean = new LinkedHashMap<>(equalWeights);
        trimmedMean.put("dropEachEnd", "1");
        trimmedMean.put("passLine", "60");
        Map<String, String> veto = new LinkedHashMap<>(equalWeights);
        veto.put("passLine", "60");
        veto.put("minimum.oral-defense", "90");
        Map<String, String> vote = Map.of("approvalMethod", "oral-defense", "approveAt", "60%", "share", "2/3");

        JsonNode sum = evaluateUnder(2091, "weighted-sum", weightedSum, province, nanjing, hr, wang, experts);
        assertTrue(sum.toString(), sum.get("passed").asBoolean());
        JsonNode trimmed = evaluateUnder(2092, "panel-trimmed-mean", trimmedMean, province, nanjing, hr, wang, experts);
        assertTrue(trimmed.toString(), trimmed.get("passed").asBoolean());
        JsonNode vetoed = evaluateUnder(2093, "veto", veto, province, nanjing, hr, wang, experts);
        assertFalse(
                "80 of 100 in the oral defence is below its minimum of 90",
                vetoed.get("passed").asBoolean());
        assertTrue(vetoed.toString(), vetoed.get("reasons").toString().contains("oral-defense"));
        JsonNode voted = evaluateUnder(2094, "panel-vote", vote, province, nanjing, hr, wang, experts);
        assertTrue(voted.toString(), voted.get("passed").asBoolean());
        assertEquals(
                "five of five approve",
                5,
                voted.get("methods").get(2).get("expertTotals").size());
    }

    @Test
    public void aCityExtensionServesOnlyTheCityThatEnabledIt() throws Exception {
        String province = login("province", "province-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhouHr = login("suzhou-precision-hr", "enterprise-demo");
        String nanjingHr = login("nanjing-equipment-hr", "enterprise-demo");
        String zhao = login("zhao-applicant", "applicant-demo");
        JsonNode round = created(post("/api/rounds", body("year", 2095, "batch", 1), province));
        long suzhouPart =
                acceptedParticipation(round.get("id").asLong(), SUZHOU_PRECISION, "苏州某精密制造有限公司", suzhou, province);
        long nanjingPart =
                acceptedParticipation(round.get("id").asLong(), NANJING_EQUIPMENT, "南京某装备集团有限公司", nanjing, province);
        String extensionPlan = plan(
                List.of("suzhou-master-studio", "oral-defense"),
                "weighted-sum",
                Map.of("weight.suzhou-master-studio", "50", "weight.oral-defense", "50", "passLine", "60"));

        assertRefused(
                "extension-not-enabled",
                post("/api/work-plans", withParticipation(extensionPlan, suzhouPart), suzhouHr));
        assertEquals(
                403,
                putJson("/api/cities/3205/extensions/suzhou-master-studio", body("enabled", true), province)
                        .statusCode());
        assertEquals(
                404,
                putJson("/api/cities/3205/extensions/suzhou-master-studio", body("enabled", true), nanjing)
                        .statusCode());
        ok(putJson("/api/cities/3205/extensions/suzhou-master-studio", body("enabled", true), suzhou));
        assertRefused(
                "extension-not-enabled",
                post("/api/work-plans", withParticipation(extensionPlan, nanjingPart), nanjingHr));

        long planId = approvedPlan(
                created(post("/api/work-plans", withParticipation(extensionPlan, suzhouPart), suzhouHr)),
                suzhouHr,
                province);
        long application = applyAndSubmit(zhao, suzhouPart, "赵师傅", "320102197203150039", "1972-03");
        endorse(suzhouHr, application);
        composePanel(suzhouPart, suzhouHr);
        List<String> experts = new ArrayList<>();
        for (String expert : EXPERTS) {
            experts.add(login(expert, "expert-demo"));
        }
        scoreEveryMethod(application, experts);
        JsonNode result = ok(post("/api/assessments/" + application + "/evaluate", "{}", suzhouHr));

        Set<String> used = new TreeSet<>();
        result.get("provenance").forEach(p -> used.add(p.get("pluginId").asText()));
        assertEquals(Set.of("suzhou-master-studio", "oral-defense", "weighted-sum"), used);
        assertTrue(result.toString(), result.get("passed").asBoolean());
        assertTrue(planId > 0);
    }

    /** A round of its own in which wang is assessed by the four methods and judged by {@code scheme}. */
    private JsonNode evaluateUnder(
            int year,
            String scheme,
            Map<String, String> schemeConfiguration,
            String province,
            String nanjing,
            String hr,
            String wang,
            List<String> experts)
            throws Exception {
        JsonNode round = created(post("/api/rounds", body("year", year, "batch", 1), province));
        long participation =
                acceptedParticipation(round.get("id").asLong(), NANJING_EQUIPMENT, "南京某装备集团有限公司", nanjing, province);
        approvedPlan(
                created(post(
                        "/api/work-plans",
                        withParticipation(plan(METHODS, scheme, schemeConfiguration), participation),
                        hr)),
                hr,
                province);
        long application = applyAndSubmit(wang, participation, "王师傅", "11010519491231002X", "1949-12");
        endorse(hr, application);
        composePanel(participation, hr);
        scoreEveryMethod(application, experts);
        JsonNode result = ok(post("/api/assessments/" + application + "/evaluate", "{}", hr));
        Set<String> used = new TreeSet<>();
        result.get("provenance").forEach(p -> used.add(p.get("pluginId").asText()));
        Set<String> expected = new TreeSet<>(METHODS);
        expected.add(scheme);
        assertEquals(expected, used);
        return result;
    }

    private static String plan(List<String> methods, String scheme, Map<String, String> schemeConfiguration)
            throws Exception {
        List<Map<String, Object>> chosen = new ArrayList<>();
        methods.forEach(method -> chosen.add(Map.of("pluginId", method, "configuration", Map.of())));
        return body(
                "participationId",
                0,
                "occupations",
                List.of("车工"),
                "criteria",
                "业绩突出",
                "methods",
                chosen,
                "scheme",
                Map.of("pluginId", scheme, "configuration", schemeConfiguration),
                "organisation",
                "评审委员会",
                "schedule",
                "按方案");
    }

    private static String withParticipation(String plan, long participation) {
        return plan.replace("\"participationId\":0", "\"participationId\":" + participation);
    }

    private long approvedPlan(JsonNode plan, String hr, String province) throws Exception {
        long id = plan.get("id").asLong();
        plan = ok(post("/api/work-plans/" + id + "/publish", versionBody(plan), hr));
        plan = ok(post("/api/work-plans/" + id + "/submit", versionBody(plan), hr));
        ok(post("/api/work-plans/" + id + "/review", body("approve", true, "version", version(plan)), province));
        return id;
    }

    private void composePanel(long participation, String hr) throws Exception {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < EXPERTS.size(); i++) {
            members.add(Map.of(
                    "expertId",
                    "NJ-EXP-0" + (i + 1),
                    "name",
                    "评委" + (i + 1),
                    "organisation",
                    "省评审专家库",
                    "chair",
                    i == 0));
        }
        created(post(
                "/api/panels", body("participationId", participation, "occupation", "车工", "members", members), hr));
    }

    /** Every expert fills every method's sheet at four fifths of each item's maximum, as its schema says. */
    private void scoreEveryMethod(long application, List<String> experts) throws Exception {
        for (String expert : experts) {
            JsonNode view = ok(get("/api/assessments/" + application, expert));
            for (JsonNode method : view.get("methods")) {
                Map<String, Integer> points = new LinkedHashMap<>();
                for (JsonNode item : method.get("schema").get("items")) {
                    points.put(item.get("id").asText(), (int)
                            Math.floor(item.get("maxPoints").asDouble() * 0.8));
                }
                String path = "/api/assessments/" + application + "/sheets/"
                        + method.get("methodId").asText();
                JsonNode draft = ok(putJson(path, body("points", points, "comment", "按评分细则打分"), expert));
                ok(post(path + "/submit", versionBody(draft), expert));
            }
        }
    }
}
