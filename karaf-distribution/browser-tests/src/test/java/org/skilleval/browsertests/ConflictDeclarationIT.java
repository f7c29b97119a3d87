package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 回避申报 in the browser: an expert who finds they are related to a candidate declares it on the
 * candidate's page before scoring; their score sheet gives way to a notice, and the enterprise sees
 * the conflict to replace them.
 */
class ConflictDeclarationIT {

    private static final String EXPERT = "expert-wu";
    private static final String EXPERT_ID = "NJ-EXP-04";

    private static Distribution distribution;
    private static Rest rest;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        distribution = Distribution.get();
        rest = new Rest(distribution);
        browser = Browser.open(distribution, Browser.DESKTOP);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anExpertWhoDeclaresARelationStandsAsideAndTheEnterpriseSeesIt() throws Exception {
        long applicationId = aCandidateTheExpertHasNotScored();
        browser.signIn(EXPERT, "expert-demo");
        browser.go("/assessments/" + applicationId);
        browser.waitFor("declare-panel");

        browser.select("declare-relation", "RELATIVE");
        browser.type("declare-note", "申报人系本人表弟");
        browser.click("declare-submit");

        browser.waitFor("declared");
        assertTrue(browser.all("sheet-submit").isEmpty(), "no score sheet for an expert who stands aside");
        browser.screenshot("expert-declared-conflict");
        String hr = rest.login("nanjing-equipment-hr", "enterprise-demo");
        JsonNode conflicts = rest.get("/api/assessments/" + applicationId, hr).get("conflicts");
        boolean listed = false;
        for (JsonNode c : conflicts) {
            listed |= c.get("expertId").asText().equals(EXPERT_ID);
        }
        assertTrue(listed, "the enterprise sees the declared conflict: " + conflicts);
        assertTrue(browser.all("declare-panel").isEmpty(), "declared once; nothing left to declare");
    }

    /** An ENDORSED candidate of the expert's panel without a submitted sheet of theirs. */
    private static long aCandidateTheExpertHasNotScored() throws Exception {
        String expert = rest.login(EXPERT, "expert-demo");
        String province = rest.login("province", "province-demo");
        long roundId =
                rest.get("/api/rounds", province).get("items").get(0).get("id").asLong();
        Long found = null;
        for (JsonNode candidate :
                rest.get("/api/assessments?roundId=" + roundId, expert).get("items")) {
            if (!candidate.get("status").asText().equals("ENDORSED")) {
                continue;
            }
            long id = candidate.get("applicationId").asLong();
            boolean submitted = false;
            for (JsonNode method : rest.get("/api/assessments/" + id, expert).get("methods")) {
                for (JsonNode sheet : method.get("sheets")) {
                    submitted |= sheet.get("expertId").asText().equals(EXPERT_ID)
                            && sheet.get("status").asText().equals("SUBMITTED");
                }
            }
            if (!submitted) {
                found = id;
            }
        }
        assertNotNull(found, "the demo has a candidate " + EXPERT + " has not scored");
        return found;
    }
}
