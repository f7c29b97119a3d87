package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The appointments page (聘任): the enterprise finds the demo's two appointed holders of its past
 * round, one of them due for the term-end review, its treatment categories ready to appoint with and
 * its settings to change; the province sees the statistics and no enterprise's settings; the public
 * verification of a past certificate says its holder is appointed.
 */
class AppointmentsIT {

    private static Distribution distribution;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        distribution = Distribution.get();
        browser = Browser.open(distribution, Browser.DESKTOP);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theEnterpriseSeesOneAppointedHolderAndOneDueForReview() throws Exception {
        browser.signIn("nanjing-equipment-hr", "enterprise-demo");
        browser.go("/appointments");

        browser.waitFor("appointments");
        browser.waitFor("appoint");
        browser.waitFor("appointment-settings");
        String table = browser.text("appointments");
        assertTrue(table.contains("马立军") && table.contains("胡德新"), "the past round's two holders: " + table);
        assertEquals(
                2,
                browser.find("appointments")
                        .findElements(By.cssSelector("tbody tr"))
                        .size(),
                table);
        assertEquals(1, countOf(table, "待考核"), "one of them is due for the term-end review: " + table);
        String appoint = browser.text("appoint");
        assertTrue(
                appoint.contains("特级技师岗位津贴一档") && appoint.contains("马立军 · 车工"),
                "the demo's treatment categories and its certificates to appoint on: " + appoint);
        assertTrue(browser.all("appointment-statistics").isEmpty(), "statistics are the province's and cities'");
        browser.screenshot("enterprise-appointments");
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.click("due-only");
        browser.waitForText("只看待聘期考核的");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (browser.find("appointments")
                        .findElements(By.cssSelector("tbody tr"))
                        .size()
                != 1) {
            assertTrue(System.nanoTime() < deadline, "only the due one: " + browser.text("appointments"));
            Thread.sleep(100);
        }
        assertTrue(browser.text("appointments").contains("马立军"), browser.text("appointments"));
        browser.screenshot("enterprise-appointments-due");
    }

    @Test
    void thePublicVerifiesAPastCertificateAndSeesItsHolderAppointed() throws Exception {
        Rest rest = new Rest(distribution);
        String province = rest.login("province", "province-demo");
        long pastRound =
                rest.get("/api/rounds", province).get("items").get(1).get("id").asLong();
        JsonNode certificate = rest.get("/api/certificates?roundId=" + pastRound, province)
                .get("items")
                .get(0);
        String name = certificate.get("name").asText();

        browser.forgetSession();
        browser.go("/verify?code=" + certificate.get("code").asText() + "&name=" + Rest.encode(name));
        browser.waitFor("verify-result");
        assertEquals(name, browser.text("verify-holder"));
        assertTrue(browser.text("verify-result").contains("证书有效"), browser.text("verify-result"));
        assertEquals("现受聘于南京某装备集团有限公司", browser.text("verify-appointment"));
        browser.screenshot("public-verify-appointed");
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    @Test
    void theProvinceSeesTheStatisticsButNoSettings() throws Exception {
        browser.signIn("province", "province-demo");
        browser.go("/appointments");

        browser.waitFor("appointment-statistics");
        browser.waitFor("appointments");
        assertTrue(browser.all("appointment-settings").isEmpty(), "an enterprise's settings stay its own");
        assertTrue(browser.all("appoint").isEmpty(), "only an enterprise appoints");
        assertTrue(browser.text("appointments").contains("马立军"), "the province oversees the appointments");
        browser.screenshot("province-appointments");
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
