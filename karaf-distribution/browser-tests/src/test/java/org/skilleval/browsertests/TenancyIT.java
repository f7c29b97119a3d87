package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Editing the address never reaches another tenant's object: the console asks the API as the
 * signed-in person, the API answers 404 outside their scope, and the page shows that it found
 * nothing, never the object.
 */
class TenancyIT {

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
    void anotherEnterprisesApplicationCannotBeOpenedByItsAddress() throws Exception {
        JsonNode nanjing = nanjingApplication("ENDORSED");
        browser.signIn("suzhou-precision-hr", "enterprise-demo");

        browser.go("/applications/" + nanjing.get("id").asLong());

        assertRefused(nanjing.get("name").asText());
    }

    @Test
    void anotherCitysWorkPlanCannotBeOpenedByItsAddress() throws Exception {
        String province = rest.login("province", "province-demo");
        JsonNode plan = rest.get("/api/work-plans?roundId=" + roundId() + "&city=3201", province)
                .get("items")
                .get(0);
        browser.signIn("suzhou", "suzhou-demo");

        browser.go("/work-plans/" + plan.get("id").asLong());

        assertRefused(plan.get("criteria").asText());
    }

    @Test
    void anotherEnterprisesProposalListCannotBeOpenedByItsAddress() throws Exception {
        String province = rest.login("province", "province-demo");
        JsonNode list = rest.get("/api/proposal-lists?roundId=" + roundId() + "&city=3201", province)
                .get("items")
                .get(0);
        browser.signIn("suzhou-precision-hr", "enterprise-demo");

        browser.go("/proposal-lists/" + list.get("id").asLong());

        assertRefused(list.get("entries").get(0).get("name").asText());
    }

    @Test
    void anApplicantCannotOpenAColleaguesApplication() throws Exception {
        String li = rest.login("li-applicant", "applicant-demo");
        JsonNode hers = rest.get("/api/applications?roundId=" + roundId(), li)
                .get("items")
                .get(0);
        browser.signIn("wang-applicant", "applicant-demo");

        browser.go("/application/" + hers.get("id").asLong());

        assertRefused(hers.get("name").asText());
    }

    @Test
    void anotherEnterprisesDocumentsCannotBeDownloadedByTheirAddress() throws Exception {
        JsonNode nanjing = nanjingApplication("ENDORSED");
        String province = rest.login("province", "province-demo");
        JsonNode list = rest.get("/api/proposal-lists?roundId=" + roundId() + "&city=3201", province)
                .get("items")
                .get(0);
        browser.signIn("suzhou-precision-hr", "enterprise-demo");

        Browser.Download form =
                browser.fetch("/api/applications/" + nanjing.get("id").asLong() + "/form.pdf");
        Browser.Download notice =
                browser.fetch("/api/proposal-lists/" + list.get("id").asLong() + "/publicity.pdf");

        assertEquals(404, form.status(), "another enterprise's 申报表");
        assertEquals(404, notice.status(), "another enterprise's publicity notice");
        assertFalse(new String(form.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void anExpertCannotOpenTheStaffsApplicationPages() throws Exception {
        JsonNode nanjing = nanjingApplication("PROPOSED");
        browser.signIn("expert-qian", "expert-demo");

        browser.go("/applications/" + nanjing.get("id").asLong());

        browser.waitForText("无权访问");
        assertFalse(browser.pageText().contains(nanjing.get("idNumber").asText()));
    }

    private void assertRefused(String secret) {
        browser.waitFor("problem");
        assertTrue(browser.text("problem").length() > 0);
        assertFalse(browser.pageText().contains(secret), "the page shows another tenant's data: " + secret);
    }

    private static JsonNode nanjingApplication(String status) throws Exception {
        String province = rest.login("province", "province-demo");
        return rest.get("/api/applications?roundId=" + roundId() + "&city=3201&status=" + status, province)
                .get("items")
                .get(0);
    }

    private static long roundId() throws Exception {
        String province = rest.login("province", "province-demo");
        return rest.get("/api/rounds", province).get("items").get(0).get("id").asLong();
    }
}
