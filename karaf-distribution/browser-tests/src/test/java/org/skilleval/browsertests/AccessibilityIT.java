package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pages of every role pass axe-core's WCAG 2.1 A and AA rules (labels, names, contrast,
 * structure), can be used with the keyboard alone, switch to English, and run without a script
 * error or a Content-Security-Policy violation.
 */
class AccessibilityIT {

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
    void everyRolesPagesPassTheWcagChecks() throws Exception {
        String province = rest.login("province", "province-demo");
        long roundId =
                rest.get("/api/rounds", province).get("items").get(0).get("id").asLong();
        JsonNode passed = rest.get("/api/applications?roundId=" + roundId + "&status=PROPOSED", province)
                .get("items")
                .get(0);
        JsonNode wang = rest.get("/api/applications?roundId=" + roundId, rest.login("wang-applicant", "applicant-demo"))
                .get("items")
                .get(0);
        long publicity = rest.get("/api/public/publicities", null)
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        long plan = rest.get("/api/work-plans?roundId=" + roundId + "&status=APPROVED&city=3201", province)
                .get("items")
                .get(0)
                .get("id")
                .asLong();

        Map<String, List<String>> pagesByAccount = new LinkedHashMap<>();
        pagesByAccount.put("", List.of("/public", "/public/publicities/" + publicity, "/verify", "/login"));
        pagesByAccount.put(
                "province/province-demo",
                List.of(
                        "/province",
                        "/participations",
                        "/work-plans/" + plan,
                        "/applications",
                        "/proposal-lists",
                        "/statistics",
                        "/plugins",
                        "/rounds",
                        "/sanctions",
                        "/audit?objectType=Application&objectId="
                                + passed.get("id").asLong()));
        pagesByAccount.put(
                "nanjing/nanjing-demo", List.of("/city", "/participations", "/supervision-notes", "/extensions"));
        pagesByAccount.put(
                "nanjing-equipment-hr/enterprise-demo",
                List.of(
                        "/enterprise",
                        "/applications/" + passed.get("id").asLong(),
                        "/panels",
                        "/assessments",
                        "/assessments/" + passed.get("id").asLong(),
                        "/work-plans/" + plan + "/edit"));
        pagesByAccount.put(
                "expert-zhou/expert-demo",
                List.of("/expert", "/assessments/" + passed.get("id").asLong()));
        pagesByAccount.put(
                "wang-applicant/applicant-demo",
                List.of("/applicant", "/application/" + wang.get("id").asLong()));

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> account : pagesByAccount.entrySet()) {
            if (account.getKey().isEmpty()) {
                browser.forgetSession();
            } else {
                String[] login = account.getKey().split("/");
                browser.signIn(login[0], login[1]);
            }
            for (String page : account.getValue()) {
                browser.go(page);
                Thread.sleep(400); // the page's own data arrive after the first screen
                browser.screenshot("page-"
                        + (account.getKey().isEmpty()
                                ? "public"
                                : account.getKey().split("/")[0]) + page.replaceAll("[^A-Za-z0-9]+", "-"));
                for (String violation : browser.accessibilityViolations()) {
                    problems.add(account.getKey() + " " + page + ": " + violation);
                }
            }
            for (String error : browser.scriptErrors()) {
                problems.add(account.getKey() + " script error: " + error);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theAccessibilityCheckFindsWhatItLooksFor() throws Exception {
        browser.forgetSession();
        browser.go("/verify");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("const i = document.createElement('img'); i.src = '/favicon.svg';"
                        + " document.querySelector('main').appendChild(i);"
                        + " const f = document.createElement('input'); document.querySelector('main').appendChild(f);");

        List<String> violations = browser.accessibilityViolations();

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("label")), violations.toString());
    }

    @Test
    void signingInAndFindingTheWayWorkWithTheKeyboardAlone() throws Exception {
        browser.forgetSession();
        browser.go("/login");
        WebElement body = browser.driver.switchTo().activeElement();
        body.sendKeys(Keys.TAB);
        assertEquals(
                "skip-link",
                browser.driver.switchTo().activeElement().getAttribute("class"),
                "the skip link comes first");

        browser.find("username").sendKeys("province");
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.driver.switchTo().activeElement().sendKeys("province-demo");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitFor("task-participations");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/province"), browser.driver.getCurrentUrl());
    }

    @Test
    void theConsoleSwitchesToEnglishAndBack() throws Exception {
        browser.forgetSession();
        browser.go("/public");
        browser.waitForText("特级技师建议人选公示");
        browser.click("language");
        browser.waitForText("Publicity of proposed principal technicians");
        assertEquals(
                "en",
                browser.driver
                        .findElement(org.openqa.selenium.By.tagName("html"))
                        .getAttribute("lang"));
        browser.screenshot("public-publicities-english");
        browser.click("language");
        browser.waitForText("特级技师建议人选公示");
    }
}
