package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/** Rounds (评聘批次) over real HTTP, as the province and a city, with the audit trail behind them. */
public class RoundIT extends SkillEvalTestSupport {

    @Test
    public void theProvinceOpensARoundExtendsADeadlineAndTheTrailRecordsBoth() throws Exception {
        String province = login("province", "province-demo");

        HttpResponse<String> opened = post("/api/rounds", "{\"year\":2031,\"batch\":1}", province);
        assertEquals(opened.body(), 201, opened.statusCode());
        JsonNode round = json(opened);
        String location = opened.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.endsWith("/api/rounds/" + round.get("id").asLong()));
        assertEquals("2031年第1批特级技师评聘", round.get("title").asText());
        assertEquals("2030-11-30", round.get("deadlines").get("RECOMMENDATION").asText());

        long id = round.get("id").asLong();
        long version = round.get("version").asLong();
        HttpResponse<String> extended = post(
                "/api/rounds/" + id + "/extensions",
                "{\"phase\":\"RECOMMENDATION\",\"deadline\":\"2030-12-15\",\"reason\":\"两家企业补充材料\",\"version\":"
                        + version + "}",
                province);
        assertEquals(extended.body(), 200, extended.statusCode());
        assertEquals(
                "2030-12-15",
                json(extended).get("deadlines").get("RECOMMENDATION").asText());

        HttpResponse<String> stale = post(
                "/api/rounds/" + id + "/extensions",
                "{\"phase\":\"RECOMMENDATION\",\"deadline\":\"2030-12-20\",\"reason\":\"again\",\"version\":" + version
                        + "}",
                province);
        assertEquals(stale.body(), 409, stale.statusCode());

        JsonNode trail = json(get("/api/rounds/" + id + "/audit", province)).get("items");
        assertEquals(2, trail.size());
        assertEquals("extend-deadline", trail.get(0).get("action").asText());
        assertEquals("RECOMMENDATION: 两家企业补充材料", trail.get(0).get("note").asText());
        assertEquals("province", trail.get(0).get("actor").asText());
        assertEquals("create", trail.get(1).get("action").asText());
    }

    @Test
    public void aCityReadsRoundsButCannotOpenThemNorReadTheTrail() throws Exception {
        String province = login("province", "province-demo");
        long id = json(post("/api/rounds", "{\"year\":2032,\"batch\":2}", province))
                .get("id")
                .asLong();
        String nanjing = login("nanjing", "nanjing-demo");

        assertEquals(200, get("/api/rounds/" + id, nanjing).statusCode());
        assertTrue(json(get("/api/rounds?year=2032", nanjing)).get("total").asLong() >= 1);
        assertEquals(
                403, post("/api/rounds", "{\"year\":2033,\"batch\":1}", nanjing).statusCode());
        assertEquals(403, get("/api/rounds/" + id + "/audit", nanjing).statusCode());
        assertEquals(401, get("/api/rounds").statusCode());
    }

    @Test
    public void badInputChangesNothingAndSaysWhatIsWrong() throws Exception {
        String province = login("province", "province-demo");
        long before = json(get("/api/rounds", province)).get("total").asLong();

        HttpResponse<String> badYear = post("/api/rounds", "{\"year\":2019,\"batch\":1}", province);
        HttpResponse<String> badBatch = post("/api/rounds", "{\"year\":2034,\"batch\":3}", province);
        HttpResponse<String> missing = post("/api/rounds", "{}", province);
        HttpResponse<String> duplicate = post("/api/rounds", "{\"year\":2035,\"batch\":1}", province);
        HttpResponse<String> duplicateAgain = post("/api/rounds", "{\"year\":2035,\"batch\":1}", province);

        assertEquals(badYear.body(), 422, badYear.statusCode());
        assertEquals("year", json(badYear).get("errors").get(0).get("field").asText());
        assertEquals(badBatch.body(), 422, badBatch.statusCode());
        assertEquals(missing.body(), 400, missing.statusCode());
        assertEquals(201, duplicate.statusCode());
        assertEquals(duplicateAgain.body(), 409, duplicateAgain.statusCode());
        assertEquals(before + 1, json(get("/api/rounds", province)).get("total").asLong());
    }
}
