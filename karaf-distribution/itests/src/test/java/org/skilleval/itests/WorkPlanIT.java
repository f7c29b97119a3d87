package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * A work plan from draft to approval over real HTTP, checked by the plugins installed in the
 * container and pinned to their versions on approval.
 */
public class WorkPlanIT extends SkillEvalTestSupport {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String PLAN = "\"occupations\":[\"车工\",\"钳工\"],\"criteria\":\"解决重大技术难题，带徒成效显著\","
            + "\"methods\":[{\"pluginId\":\"oral-defense\",\"configuration\":{\"minExperts\":\"5\"}}],"
            + "\"scheme\":{\"pluginId\":\"weighted-sum\",\"configuration\":{\"weight.oral-defense\":\"%s\","
            + "\"passLine\":\"75\"}},\"organisation\":\"企业评审委员会\",\"schedule\":\"2045年1月中旬至2月底\"";

    @Test
    public void anEnterpriseWritesPublishesAndSubmitsAPlanThatTheProvinceApprovesWithPinnedPlugins() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        String otherHr = login("suzhou-precision-hr", "enterprise-demo");
        long round = json(post("/api/rounds", "{\"year\":2053,\"batch\":1}", province))
                .get("id")
                .asLong();
        JsonNode participation = json(post(
                "/api/participations",
                "{\"roundId\":" + round + ",\"creditCode\":\""
                        + NANJING_EQUIPMENT + "\",\"name\":\"南京某装备集团\",\"aboveDesignatedSize\":true,"
                        + "\"hasRunSeniorTechnicianEvaluation\":true,\"seniorTechnicianCount\":40,"
                        + "\"centralSoeBranchFiledWithMinistry\":false,\"g42DemonstrationBase\":false}",
                nanjing));
        long participationId = participation.get("id").asLong();

        // The installed weighted-sum plugin refuses weights that do not add up to 100
        HttpResponse<String> badWeights = post(
                "/api/work-plans",
                "{\"participationId\":" + participationId + "," + String.format(PLAN, "60") + "}",
                hr);
        assertEquals(badWeights.body(), 422, badWeights.statusCode());
        assertTrue(badWeights.body(), badWeights.body().contains("scheme.configuration."));

        HttpResponse<String> created = post(
                "/api/work-plans",
                "{\"participationId\":" + participationId + "," + String.format(PLAN, "100") + "}",
                hr);
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode plan = json(created);
        long id = plan.get("id").asLong();
        assertEquals("DRAFT", plan.get("status").asText());
        assertEquals(404, get("/api/work-plans/" + id, otherHr).statusCode());
        assertEquals(200, get("/api/work-plans/" + id, nanjing).statusCode());

        plan = json(post("/api/work-plans/" + id + "/publish", versionBody(plan), hr));
        assertEquals("PUBLISHED", plan.get("status").asText());
        HttpResponse<String> tooEarly = post("/api/work-plans/" + id + "/submit", versionBody(plan), hr);
        assertEquals(tooEarly.body(), 422, tooEarly.statusCode());

        assertEquals(
                200,
                post(
                                "/api/participations/" + participationId + "/decision",
                                "{\"accept\":true,\"version\":"
                                        + participation.get("version").asLong() + "}",
                                province)
                        .statusCode());
        assertEquals(
                403,
                post("/api/work-plans/" + id + "/submit", versionBody(plan), nanjing)
                        .statusCode());
        HttpResponse<String> submitted = post("/api/work-plans/" + id + "/submit", versionBody(plan), hr);
        assertEquals(submitted.body(), 200, submitted.statusCode());
        plan = json(submitted);

        assertEquals(
                403,
                post(
                                "/api/work-plans/" + id + "/review",
                                "{\"approve\":true,\"version\":"
                                        + plan.get("version").asLong() + "}",
                                hr)
                        .statusCode());
        HttpResponse<String> approved = post(
                "/api/work-plans/" + id + "/review",
                "{\"approve\":true,\"note\":\"专家评估通过\",\"version\":"
                        + plan.get("version").asLong() + "}",
                province);
        assertEquals(approved.body(), 200, approved.statusCode());
        plan = json(approved);
        assertEquals("APPROVED", plan.get("status").asText());
        assertEquals(
                installedVersion("oral-defense"),
                plan.get("methods").get(0).get("pinnedVersion").asText());
        assertEquals(
                installedVersion("weighted-sum"),
                plan.get("scheme").get("pinnedVersion").asText());

        HttpResponse<String> revised = putJson(
                "/api/work-plans/" + id,
                "{\"version\":" + plan.get("version").asLong() + "," + String.format(PLAN, "100") + "}",
                hr);
        assertEquals("an approved plan no longer changes: " + revised.body(), 422, revised.statusCode());
    }

    @Test
    public void aRejectedPlanTakesItsEnterpriseOutOfThePilotInEveryList() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        long round = json(post("/api/rounds", "{\"year\":2054,\"batch\":1}", province))
                .get("id")
                .asLong();
        JsonNode participation = json(post(
                "/api/participations",
                "{\"roundId\":" + round + ",\"creditCode\":\""
                        + NANJING_EQUIPMENT + "\",\"name\":\"南京某装备集团\",\"aboveDesignatedSize\":true,"
                        + "\"hasRunSeniorTechnicianEvaluation\":true,\"seniorTechnicianCount\":40,"
                        + "\"centralSoeBranchFiledWithMinistry\":false,\"g42DemonstrationBase\":false}",
                nanjing));
        long participationId = participation.get("id").asLong();
        JsonNode plan = json(post(
                "/api/work-plans",
                "{\"participationId\":" + participationId + "," + String.format(PLAN, "100") + "}",
                hr));
        long id = plan.get("id").asLong();
        plan = json(post("/api/work-plans/" + id + "/publish", versionBody(plan), hr));
        assertEquals(
                200,
                post(
                                "/api/participations/" + participationId + "/decision",
                                "{\"accept\":true,\"version\":"
                                        + participation.get("version").asLong() + "}",
                                province)
                        .statusCode());
        plan = json(post("/api/work-plans/" + id + "/submit", versionBody(plan), hr));

        HttpResponse<String> rejected = post(
                "/api/work-plans/" + id + "/review",
                "{\"approve\":false,\"note\":\"考核方式与职业不符\",\"version\":"
                        + plan.get("version").asLong() + "}",
                province);
        assertEquals(rejected.body(), 200, rejected.statusCode());
        assertEquals("REJECTED", json(rejected).get("status").asText());

        // The enterprise left the pilot: its participation says so, to the province, its city and itself.
        for (String caller : new String[] {province, nanjing, hr}) {
            JsonNode read = json(get("/api/participations/" + participationId, caller));
            assertEquals(read.toString(), "WITHDRAWN", read.get("status").asText());
        }
        JsonNode accepted = json(get("/api/participations?roundId=" + round + "&status=ACCEPTED", province));
        assertEquals(accepted.toString(), 0, accepted.get("total").asLong());
        JsonNode withdrawn = json(get("/api/participations?roundId=" + round + "&status=WITHDRAWN", nanjing));
        assertEquals(withdrawn.toString(), 1, withdrawn.get("total").asLong());
    }

    private String installedVersion(String pluginId) throws Exception {
        for (JsonNode plugin : getJson("/api/plugins", 200).get("items")) {
            if (pluginId.equals(plugin.get("id").asText())) {
                return plugin.get("bundleVersion").asText();
            }
        }
        throw new AssertionError(pluginId + " is not installed");
    }
}
