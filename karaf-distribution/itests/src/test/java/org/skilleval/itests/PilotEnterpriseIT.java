package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * Pilot enterprises over real HTTP as the cities, the enterprises and the province: the quota, the
 * requirements, the deadline and who may see what.
 */
public class PilotEnterpriseIT extends SkillEvalTestSupport {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String NANJING_SECOND = "91320100MA1NJ00052";
    private static final String NANJING_THIRD = "91320100MA1NJ00065";
    private static final String SUZHOU_PRECISION = "91320500MA1PX00038";
    /** Sanctioned here, so an enterprise no other test of the shared container recommends. */
    private static final String SUZHOU_CHEATING = "91320500MA1PX0009T";
    /** Registered in 昆山 (320583), a county-level city of 苏州. */
    private static final String KUNSHAN = "91320583MA1KT0001P";
    /** Registered with the province itself (320000): no city until the province confirms one. */
    private static final String PROVINCE_REGISTERED = "91320000MA1PW0001G";

    @Test
    public void aRoundOfRecommendationsQuotaOverrideAndDecisionsWithTenancy() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        long round = json(post("/api/rounds", "{\"year\":2040,\"batch\":1}", province))
                .get("id")
                .asLong();

        HttpResponse<String> first = recommend(nanjing, round, NANJING_EQUIPMENT, "南京某装备集团", 40, false);
        assertEquals(first.body(), 201, first.statusCode());
        assertEquals(
                201,
                recommend(nanjing, round, NANJING_SECOND, "南京某电力设备", 25, false).statusCode());
        HttpResponse<String> third = recommend(nanjing, round, NANJING_THIRD, "南京某汽车零部件", 12, false);
        assertEquals(third.body(), 422, third.statusCode());
        assertEquals(
                "quota-exceeded", json(third).get("errors").get(0).get("rule").asText());

        assertEquals(
                204,
                post(
                                "/api/participations/quota-overrides",
                                "{\"roundId\":" + round + ",\"city\":\"3201\",\"reason\":\"南京龙头企业集中\"}",
                                province)
                        .statusCode());
        assertEquals(
                201,
                recommend(nanjing, round, NANJING_THIRD, "南京某汽车零部件", 12, false).statusCode());
        assertEquals(
                201,
                recommend(suzhou, round, SUZHOU_PRECISION, "苏州某精密制造", 30, false).statusCode());

        // Each tenant sees its own
        assertEquals(
                3,
                json(get("/api/participations?roundId=" + round, nanjing))
                        .get("total")
                        .asInt());
        assertEquals(
                1,
                json(get("/api/participations?roundId=" + round, suzhou))
                        .get("total")
                        .asInt());
        assertEquals(
                0,
                json(get("/api/participations?roundId=" + round + "&city=3201", suzhou))
                        .get("total")
                        .asInt());
        assertEquals(
                4,
                json(get("/api/participations?roundId=" + round, province))
                        .get("total")
                        .asInt());
        long equipment = json(first).get("id").asLong();
        long version = json(first).get("version").asLong();
        assertEquals(404, get("/api/participations/" + equipment, suzhou).statusCode());
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        JsonNode own = json(get("/api/participations?roundId=" + round, hr));
        assertEquals(1, own.get("total").asInt());
        assertEquals(
                NANJING_EQUIPMENT, own.get("items").get(0).get("creditCode").asText());
        assertEquals(
                404,
                get(
                                "/api/participations/"
                                        + json(get("/api/participations?roundId=" + round, suzhou))
                                                .get("items")
                                                .get(0)
                                                .get("id")
                                                .asLong(),
                                hr)
                        .statusCode());

        // The province decides; a city cannot
        assertEquals(
                403,
                post(
                                "/api/participations/" + equipment + "/decision",
                                "{\"accept\":true,\"version\":" + version + "}",
                                nanjing)
                        .statusCode());
        HttpResponse<String> accepted = post(
                "/api/participations/" + equipment + "/decision",
                "{\"accept\":true,\"note\":\"材料齐全\",\"version\":" + version + "}",
                province);
        assertEquals(accepted.body(), 200, accepted.statusCode());
        assertEquals("ACCEPTED", json(accepted).get("status").asText());
        assertEquals(
                1,
                json(get("/api/participations?roundId=" + round + "&status=ACCEPTED", nanjing))
                        .get("total")
                        .asInt());
    }

    @Test
    public void anEnterpriseMissingARequirementOrACentralSoeBranchIsRefused() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        long round = json(post("/api/rounds", "{\"year\":2041,\"batch\":1}", province))
                .get("id")
                .asLong();

        HttpResponse<String> noSeniorTechnicians = recommend(nanjing, round, NANJING_EQUIPMENT, "x", 0, false);
        HttpResponse<String> centralSoe = recommend(nanjing, round, NANJING_SECOND, "某央企驻苏分公司", 50, true);

        assertEquals(noSeniorTechnicians.body(), 422, noSeniorTechnicians.statusCode());
        assertEquals(centralSoe.body(), 422, centralSoe.statusCode());
        assertEquals(
                "central-soe-branch",
                json(centralSoe).get("errors").get(0).get("rule").asText());
        assertTrue(json(centralSoe).get("detailZh").asText().contains("中央企业"));
        assertEquals(
                0,
                json(get("/api/participations?roundId=" + round, province))
                        .get("total")
                        .asInt());
    }

    @Test
    public void aRecommendationAfterTheDeadlineIsRefusedAndAnotherCitysEnterpriseToo() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        long past = json(post("/api/rounds", "{\"year\":2022,\"batch\":1}", province))
                .get("id")
                .asLong();
        long open = json(post("/api/rounds", "{\"year\":2042,\"batch\":1}", province))
                .get("id")
                .asLong();

        HttpResponse<String> late = recommend(nanjing, past, NANJING_EQUIPMENT, "x", 40, false);
        assertEquals(late.body(), 422, late.statusCode());
        assertEquals(
                "deadline-passed", json(late).get("errors").get(0).get("rule").asText());

        assertEquals(
                201,
                recommend(nanjing, open, NANJING_EQUIPMENT, "南京某装备集团", 40, false)
                        .statusCode());
        long next = json(post("/api/rounds", "{\"year\":2043,\"batch\":1}", province))
                .get("id")
                .asLong();
        HttpResponse<String> poached = recommend(suzhou, next, NANJING_EQUIPMENT, "南京某装备集团", 40, false);
        assertEquals(poached.body(), 422, poached.statusCode());
        assertEquals(
                "city-mismatch", json(poached).get("errors").get(0).get("rule").asText());
    }

    @Test
    public void theCreditCodeDecidesTheCityAndTheProvinceConfirmsOneForACodeThatNamesNone() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        long round = json(post("/api/rounds", "{\"year\":2045,\"batch\":1}", province))
                .get("id")
                .asLong();

        // 昆山 (320583) is in 苏州 whoever asks first: 南京 is refused, 苏州 is not.
        HttpResponse<String> poached = recommend(nanjing, round, KUNSHAN, "昆山某精密", 30, false);
        assertEquals(poached.body(), 422, poached.statusCode());
        assertEquals(
                "city-mismatch", json(poached).get("errors").get(0).get("rule").asText());
        assertTrue(poached.body(), json(poached).get("detailZh").asText().contains("苏州"));
        assertEquals(201, recommend(suzhou, round, KUNSHAN, "昆山某精密", 30, false).statusCode());

        HttpResponse<String> wrongCheck = recommend(nanjing, round, "91320100MA1NJ0001A", "x", 30, false);
        assertEquals(
                "check-character",
                json(wrongCheck).get("errors").get(0).get("rule").asText());

        HttpResponse<String> unconfirmed = recommend(nanjing, round, PROVINCE_REGISTERED, "省属某集团", 30, false);
        assertEquals(unconfirmed.body(), 422, unconfirmed.statusCode());
        assertEquals(
                "city-confirmation-needed",
                json(unconfirmed).get("errors").get(0).get("rule").asText());
        assertEquals(
                403,
                post("/api/participations/city-confirmations", confirmation(PROVINCE_REGISTERED), nanjing)
                        .statusCode());
        HttpResponse<String> confirmed =
                post("/api/participations/city-confirmations", confirmation(PROVINCE_REGISTERED), province);
        assertEquals(confirmed.body(), 204, confirmed.statusCode());

        assertEquals(
                "city-mismatch",
                json(recommend(suzhou, round, PROVINCE_REGISTERED, "省属某集团", 30, false))
                        .get("errors")
                        .get(0)
                        .get("rule")
                        .asText());
        assertEquals(
                201,
                recommend(nanjing, round, PROVINCE_REGISTERED, "省属某集团", 30, false)
                        .statusCode());
        JsonNode trail = json(get("/api/audit?objectType=Enterprise&objectId=" + PROVINCE_REGISTERED, province));
        assertEquals("confirm-city", trail.get("items").get(0).get("action").asText());
    }

    private static String confirmation(String creditCode) {
        return "{\"creditCode\":\"" + creditCode + "\",\"city\":\"南京\",\"reason\":\"省级登记，生产基地在南京江宁\"}";
    }

    @Test
    public void anEnterpriseFoundCheatingCannotBeRecommendedForFiveYears() throws Exception {
        String province = login("province", "province-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        long round = json(post("/api/rounds", "{\"year\":2044,\"batch\":1}", province))
                .get("id")
                .asLong();

        HttpResponse<String> sanction = post(
                "/api/sanctions",
                "{\"subjectType\":\"ENTERPRISE\",\"subjectKey\":\""
                        + SUZHOU_CHEATING + "\",\"subjectName\":\"苏州某精密制造\",\"foundOn\":\"2026-01-15\","
                        + "\"finding\":\"申报材料中高级技师人数弄虚作假\"}",
                province);
        assertEquals(sanction.body(), 201, sanction.statusCode());
        assertEquals(403, post("/api/sanctions", "{}", suzhou).statusCode());

        HttpResponse<String> refused = recommend(suzhou, round, SUZHOU_CHEATING, "苏州某精密制造", 30, false);
        assertEquals(refused.body(), 422, refused.statusCode());
        assertEquals(
                "sanctioned", json(refused).get("errors").get(0).get("rule").asText());
        assertTrue(refused.body(), json(refused).get("detailZh").asText().contains("2031"));
    }

    private HttpResponse<String> recommend(
            String token, long round, String creditCode, String name, int seniorTechnicians, boolean centralSoe)
            throws IOException, InterruptedException {
        return post(
                "/api/participations",
                "{\"roundId\":" + round + ",\"creditCode\":\"" + creditCode
                        + "\",\"name\":\"" + name
                        + "\",\"aboveDesignatedSize\":true,\"hasRunSeniorTechnicianEvaluation\":true,"
                        + "\"seniorTechnicianCount\":" + seniorTechnicians + ",\"centralSoeBranchFiledWithMinistry\":"
                        + centralSoe + ",\"g42DemonstrationBase\":false}",
                token);
    }
}
