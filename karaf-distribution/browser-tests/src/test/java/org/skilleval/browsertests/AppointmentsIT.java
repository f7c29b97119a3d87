package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The appointments page (聘任): the enterprise finds its treatment categories ready to appoint with
 * and its settings to change; the province sees the statistics and no enterprise's settings.
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
    void theEnterpriseAppointsFromItsOwnTreatmentList() throws Exception {
        browser.signIn("nanjing-equipment-hr", "enterprise-demo");
        browser.go("/appointments");

        browser.waitFor("appoint");
        browser.waitFor("appointment-settings");
        String page = browser.pageText();
        assertTrue(page.contains("特级技师岗位津贴一档"), "the demo's treatment categories: " + page);
        assertTrue(page.contains("没有聘任记录"), page);
        assertTrue(browser.all("appointment-statistics").isEmpty(), "statistics are the province's and cities'");
        browser.screenshot("enterprise-appointments");
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    void theProvinceSeesTheStatisticsButNoSettings() throws Exception {
        browser.signIn("province", "province-demo");
        browser.go("/appointments");

        browser.waitFor("appointment-statistics");
        assertTrue(browser.all("appointment-settings").isEmpty());
        assertFalse(browser.pageText().contains("特级技师岗位津贴一档"), "an enterprise's settings stay its own");
        browser.screenshot("province-appointments");
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
