package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An enterprise's own plugin, from its HR's browser to the running platform and out again, with no
 * operator: HR uploads the enterprise-written example bundle (plugins/examples) and reads the
 * platform's checks; 南京's city approves it with a reason and it runs; HR asks for its removal and
 * the city approves that too, so the container ends as it began.
 */
class PluginUploadConsoleIT {

    private static final String MENTORING = "nanjing-equipment-mentoring";

    private static Distribution distribution;
    private static Browser browser;
    private static Rest rest;

    @BeforeAll
    static void start() throws Exception {
        distribution = Distribution.get();
        browser = Browser.open(distribution, Browser.DESKTOP);
        rest = new Rest(distribution);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anEnterprisesPluginIsUploadedReviewedInstalledAndRemovedInTheBrowser() throws Exception {
        Path jar = Path.of(System.getProperty("skilleval.example.jar")).normalize();
        assertTrue(Files.isRegularFile(jar), "the example plugin is built first: " + jar);
        String province = rest.login("province", "province-demo");
        assertTrue(active(province).isEmpty(), "not installed before the test");

        // HR uploads the bundle and reads every check the platform made.
        browser.signIn("nanjing-equipment-hr", "enterprise-demo");
        browser.go("/plugin-uploads");
        browser.upload("plugin-jar", jar);
        browser.click("plugin-upload");
        browser.waitFor("plugin-report");
        String report = browser.text("plugin-report");
        assertTrue(report.contains("com.example.nanjingequipment.mentoring") && report.contains("通过"), report);
        assertFalse(report.contains("未通过"), report);
        long id = pending(rest.login("nanjing-equipment-hr", "enterprise-demo"))
                .get("id")
                .asLong();
        browser.waitForText("待审核");
        browser.screenshot("enterprise-plugin-upload");
        assertEquals(List.of(), browser.accessibilityViolations());

        // 南京 reviews it: without a reason nothing happens; with one the bundle is installed at runtime.
        browser.signIn("nanjing", "nanjing-demo");
        browser.go("/plugin-uploads");
        browser.click("plugin-approve-" + id);
        browser.waitForText("请填写理由");
        browser.type("plugin-reason-" + id, "已审查源代码与依赖，仅用于本企业方案");
        browser.click("plugin-approve-" + id);
        browser.waitForText("已安装");
        browser.screenshot("city-plugin-review");
        assertTrue(eventually(() -> active(province).isPresent()), "installed in the running platform");

        // HR asks for its removal; the city approves; the plugin is gone from the platform.
        browser.signIn("nanjing-equipment-hr", "enterprise-demo");
        browser.go("/plugin-uploads");
        browser.type("plugin-reason-" + id, "本企业方案不再采用该评审方式");
        browser.click("plugin-removal-" + id);
        browser.waitForText("待审核卸载");
        browser.signIn("nanjing", "nanjing-demo");
        browser.go("/plugin-uploads");
        browser.type("plugin-reason-" + id, "同意卸载");
        browser.click("plugin-approve-" + id);
        browser.waitForText("已卸载");
        assertTrue(eventually(() -> active(province).isEmpty()), "removed from the running platform");
        assertEquals(List.of(), browser.scriptErrors(), "no script error or CSP violation");
    }

    private static Optional<JsonNode> active(String token) throws Exception {
        for (JsonNode plugin : rest.get("/api/plugins", token).get("items")) {
            if (plugin.get("id").asText().equals(MENTORING)
                    && plugin.get("state").asText().equals("ACTIVE")) {
                return Optional.of(plugin);
            }
        }
        return Optional.empty();
    }

    /** The registry follows the framework's service events: give it a moment after the page says so. */
    private static boolean eventually(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    private static JsonNode pending(String hr) throws Exception {
        for (JsonNode upload : rest.get("/api/plugin-uploads", hr).get("items")) {
            if (upload.get("status").asText().equals("PENDING")) {
                return upload;
            }
        }
        throw new AssertionError("no pending upload");
    }
}
