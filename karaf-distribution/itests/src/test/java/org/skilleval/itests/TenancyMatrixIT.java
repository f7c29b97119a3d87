package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Every role against another tenant's data, over real HTTP: a city, an enterprise and an
 * applicant each get 404 for objects outside their scope (they do not exist for them) and 403 for
 * actions their role never allows; nobody signed in gets 401. Applications are in {@link
 * ApplicationIT}; panels, assessments, supervision notes, proposal lists, objections, certificates,
 * statistics and the public endpoints in {@link AssessmentTenancyIT}.
 */
public class TenancyMatrixIT extends SkillEvalTestSupport {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String SUZHOU_PRECISION = "91320500MA1PX00038";

    @Test
    public void eachRoleSeesOnlyItsOwnTenantsData() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        String nanjingHr = login("nanjing-equipment-hr", "enterprise-demo");
        String suzhouHr = login("suzhou-precision-hr", "enterprise-demo");
        String wang = login("wang-applicant", "applicant-demo");
        String li = login("li-applicant", "applicant-demo");
        long round = json(post("/api/rounds", "{\"year\":2050,\"batch\":1}", province))
                .get("id")
                .asLong();
        long nanjingParticipation = acceptedParticipation(round, NANJING_EQUIPMENT, "南京某装备集团", nanjing, province);
        long suzhouParticipation = acceptedParticipation(round, SUZHOU_PRECISION, "苏州某精密制造", suzhou, province);
        long nanjingPlan = draftPlan(nanjingParticipation, nanjingHr);
        long suzhouPlan = draftPlan(suzhouParticipation, suzhouHr);
        JsonNode roundAudit = json(get("/api/rounds/" + round + "/audit", province));
        assertTrue(roundAudit.get("total").asInt() >= 1);

        Map<String, Integer> expected = new LinkedHashMap<>();
        // Another city's or enterprise's objects do not exist for the caller
        expected.put("suzhou GET /api/participations/" + nanjingParticipation, 404);
        expected.put("suzhou GET /api/work-plans/" + nanjingPlan, 404);
        expected.put("nanjing GET /api/participations/" + suzhouParticipation, 404);
        expected.put("nanjing GET /api/work-plans/" + suzhouPlan, 404);
        expected.put("suzhouHr GET /api/participations/" + nanjingParticipation, 404);
        expected.put("suzhouHr GET /api/work-plans/" + nanjingPlan, 404);
        expected.put("nanjingHr GET /api/work-plans/" + suzhouPlan, 404);
        expected.put("suzhouHr POST /api/work-plans/" + nanjingPlan + "/publish", 404);
        // Their own are there
        expected.put("nanjing GET /api/work-plans/" + nanjingPlan, 200);
        expected.put("suzhouHr GET /api/work-plans/" + suzhouPlan, 200);
        expected.put("province GET /api/work-plans/" + suzhouPlan, 200);
        // Actions a role never takes
        expected.put("nanjing GET /api/rounds/" + round + "/audit", 403);
        expected.put("nanjingHr POST /api/rounds", 403);
        expected.put("nanjingHr POST /api/participations/" + nanjingParticipation + "/decision", 403);
        expected.put("suzhou POST /api/sanctions", 403);
        expected.put("wang GET /api/participations?roundId=" + round, 403);
        // Employees read their enterprise's plans once published: never a draft, never another's
        expected.put("li GET /api/work-plans/" + nanjingPlan, 404);
        expected.put("li GET /api/work-plans/" + suzhouPlan, 404);
        expected.put("li POST /api/work-plans/" + nanjingPlan + "/publish", 403);
        expected.put("wang GET /api/sanctions", 403);
        expected.put("nanjingHr POST /api/occupations", 403);
        // Accounts, the expert pool and imports: each level administers only what is below it
        expected.put("suzhou GET /api/accounts/nanjing-equipment-hr", 404);
        expected.put("suzhouHr GET /api/accounts/wang-applicant", 404);
        expected.put("nanjingHr GET /api/accounts/suzhou-precision-hr", 404);
        expected.put("suzhouHr POST /api/accounts/wang-applicant/password-reset", 404);
        expected.put("suzhou POST /api/accounts/nanjing-equipment-hr/disable", 404);
        expected.put("wang GET /api/accounts", 403);
        expected.put("wang GET /api/expert-pool", 403);
        expected.put("nanjingHr POST /api/expert-pool", 403);
        expected.put("wang POST /api/imports/employees text/csv", 403);
        expected.put("nanjingHr POST /api/imports/experts text/csv", 403);
        expected.put("nanjing POST /api/imports/employees text/csv", 403);
        // Enterprises: their certificate codes are set by themselves only
        expected.put("suzhouHr GET /api/enterprises/" + NANJING_EQUIPMENT, 404);
        expected.put("suzhouHr PUT /api/enterprises/" + NANJING_EQUIPMENT + "/certificate-codes", 404);
        expected.put("nanjing PUT /api/enterprises/" + NANJING_EQUIPMENT + "/certificate-codes", 403);
        // Plugin uploads and trials, appointments, the audit chain
        expected.put("nanjing POST /api/plugin-uploads application/octet-stream", 403);
        expected.put("wang GET /api/plugin-uploads", 403);
        expected.put("nanjingHr POST /api/plugin-uploads/1/review", 403);
        expected.put("wang POST /api/plugins/oral-defense/trial", 403);
        expected.put("nanjing POST /api/appointments", 403);
        expected.put("wang GET /api/appointments", 403);
        expected.put("nanjingHr GET /api/appointments/statistics", 403);
        expected.put("nanjing GET /api/audit/verify", 403);
        expected.put("nanjingHr GET /api/audit/verify", 403);
        // Nobody signed in
        expected.put("anonymous GET /api/accounts", 401);
        expected.put("anonymous GET /api/expert-pool", 401);
        expected.put("anonymous GET /api/appointments", 401);
        expected.put("anonymous POST /api/plugins/oral-defense/trial", 401);
        expected.put("anonymous GET /api/rounds", 401);
        expected.put("anonymous GET /api/participations/" + nanjingParticipation, 401);
        expected.put("anonymous GET /api/work-plans/" + nanjingPlan, 401);
        expected.put("anonymous GET /api/applications?roundId=" + round, 401);

        // Role checks answer before the body is read, and the scope check answers before the version
        // is compared: one small body serves every probe.
        Map<String, String> tokens = Map.of(
                "province",
                province,
                "nanjing",
                nanjing,
                "suzhou",
                suzhou,
                "nanjingHr",
                nanjingHr,
                "suzhouHr",
                suzhouHr,
                "wang",
                wang,
                "li",
                li);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> probe : expected.entrySet()) {
            String[] parts = probe.getKey().split(" ");
            String token = tokens.get(parts[0]);
            HttpResponse<String> response =
                    switch (parts[1]) {
                        case "GET" -> token == null ? get(parts[2]) : get(parts[2], token);
                            // The one PUT probed takes the enterprise's certificate codes: a body that would pass
                        case "PUT" -> putJson(
                                parts[2], "{\"organisationCode\":\"1234\",\"siteCode\":\"01\",\"version\":1}", token);
                            // A file upload is sent as the file it takes: a role is refused whatever the body
                        default -> parts.length > 3
                                ? api().send("POST", parts[2], parts[3], new byte[] {'x'}, token)
                                : post(parts[2], "{\"version\":1}", token == null ? "none" : token);
                    };
            if (response.statusCode() != probe.getValue()) {
                wrong.add(probe.getKey() + " → " + response.statusCode() + " (expected " + probe.getValue() + ")");
            }
        }
        assertEquals("tenancy matrix mismatches", List.of(), wrong);
    }

    private long draftPlan(long participation, String hr) throws Exception {
        HttpResponse<String> created = post(
                "/api/work-plans",
                "{\"participationId\":" + participation
                        + ",\"occupations\":[\"车工\"],\"criteria\":\"业绩突出\",\"methods\":[{\"pluginId\":\"oral-defense\","
                        + "\"configuration\":{}}],\"scheme\":{\"pluginId\":\"weighted-sum\",\"configuration\":"
                        + "{\"weight.oral-defense\":\"100\"}},\"organisation\":\"评审委员会\",\"schedule\":\"1月至2月\"}",
                hr);
        assertEquals(created.body(), 201, created.statusCode());
        return json(created).get("id").asLong();
    }
}
