package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * An employee applies through the whole chain over real HTTP: the round, the enterprise's
 * acceptance and approved plan, the form with every field checked, eligibility computed by the
 * core, and the enterprise's endorsement, with each role seeing only its own.
 */
public class ApplicationIT extends SkillEvalTestSupport {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String FORM =
            "{\"name\":\"王师傅\",\"idNumber\":\"" + ID_NUMBER + "\",\"photoAttachmentId\":\"PHOTO\","
                    + "\"birthMonth\":\"1949-12\",\"education\":\"大专\",\"qualification\":{\"levelText\":\"高级技师\","
                    + "\"occupation\":\"车工\",\"certificateNumber\":\"1532000000100001\",\"certifiedOn\":\"2010-06-01\"},"
                    + "\"employer\":\"南京某装备集团\",\"department\":\"机加车间\",\"address\":\"南京市江宁区某路1号\","
                    + "\"email\":\"wang@example.com\",\"phone\":\"13912345678\",\"fieldOfExpertise\":\"精密车削\","
                    + "\"educationAndCareer\":[{\"from\":\"1990-07\",\"organisation\":\"南京某装备集团\",\"role\":\"车工\"}],"
                    + "\"achievements\":\"攻克高精度主轴加工难题\",\"declaration\":{\"accepted\":true,\"signedOn\":\"2026-11-20\"},"
                    + "\"appliedOccupation\":\"车工\",\"basis\":\"A_SENIOR_TECHNICIAN\",\"postSince\":\"2015-07-01\","
                    + "\"stillInOccupation\":true,\"priorityConditions\":[{\"condition\":\"MODEL_WORKER\","
                    + "\"evidenceAttachmentIds\":[\"EVIDENCE\"]}]}";

    @Test
    public void anEmployeeAppliesIsFoundEligibleAndIsEndorsedByTheEnterprise() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        String wang = login("wang-applicant", "applicant-demo");
        String li = login("li-applicant", "applicant-demo");
        long participation = nanjingEquipmentWithApprovedPlan(2046, province, nanjing, hr);

        String form = FORM.replace("PHOTO", upload("wang.png", "image/png", png(), wang))
                .replace("EVIDENCE", upload("劳模证书.pdf", "application/pdf", pdf(), wang));
        HttpResponse<String> created =
                post("/api/applications", "{\"participationId\":" + participation + ",\"form\":" + form + "}", wang);
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode application = json(created);
        long id = application.get("id").asLong();
        assertEquals(404, get("/api/applications/" + id, li).statusCode());
        assertEquals(404, get("/api/applications/" + id, suzhou).statusCode());

        HttpResponse<String> submitted = post("/api/applications/" + id + "/submit", versionBody(application), wang);
        assertEquals(submitted.body(), 200, submitted.statusCode());
        application = json(submitted);
        assertEquals("SUBMITTED", application.get("status").asText());
        assertTrue(
                application.get("eligibility").toString(),
                application.get("eligibility").get("eligible").asBoolean());
        assertEquals(
                "MODEL_WORKER",
                application.get("eligibility").get("priorityConditions").get(0).asText());

        JsonNode list = json(
                get("/api/applications?roundId=" + application.get("roundId").asLong() + "&eligible=true", hr));
        assertEquals(1, list.get("total").asInt());
        assertEquals(
                "1101************2X", list.get("items").get(0).get("idNumber").asText());
        assertFalse(list.toString().contains(ID_NUMBER));

        assertEquals(
                403,
                post(
                                "/api/applications/" + id + "/review",
                                "{\"endorse\":true,\"version\":"
                                        + application.get("version").asLong() + "}",
                                wang)
                        .statusCode());
        HttpResponse<String> endorsed = post(
                "/api/applications/" + id + "/review",
                "{\"endorse\":true,\"opinion\":" + "\"同意参加评审\",\"version\":"
                        + application.get("version").asLong() + "}",
                hr);
        assertEquals(endorsed.body(), 200, endorsed.statusCode());
        assertEquals("ENDORSED", json(endorsed).get("status").asText());
        assertEquals(200, get("/api/applications/" + id, nanjing).statusCode());
    }

    @Test
    public void anIncompleteFormIsRefusedWithEveryProblemNamedAndNothingChanges() throws Exception {
        String province = login("province", "province-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        String wang = login("wang-applicant", "applicant-demo");
        long participation = nanjingEquipmentWithApprovedPlan(2047, province, login("nanjing", "nanjing-demo"), hr);
        String broken = FORM.replace("\"phone\":\"13912345678\"", "\"phone\":\"12345\"")
                .replace("\"idNumber\":\"" + ID_NUMBER + "\"", "\"idNumber\":\"110105194912310021\"")
                .replace("\"name\":\"王师傅\",", "");
        JsonNode draft = json(
                post("/api/applications", "{\"participationId\":" + participation + ",\"form\":" + broken + "}", wang));

        HttpResponse<String> refused =
                post("/api/applications/" + draft.get("id").asLong() + "/submit", versionBody(draft), wang);

        assertEquals(refused.body(), 422, refused.statusCode());
        String body = refused.body();
        assertTrue(body, body.contains("form.name") && body.contains("form.idNumber") && body.contains("form.phone"));
        assertEquals(
                "DRAFT",
                json(get("/api/applications/" + draft.get("id").asLong(), wang))
                        .get("status")
                        .asText());
    }

    /** A fresh round in which the demo enterprise is accepted and its plan for 车工 approved. */
}
