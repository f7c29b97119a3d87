package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What people type is shown as text everywhere, the session cannot be read or used by a script of
 * another site, and every answer carries the security headers.
 */
class SafetyIT {

    /** Were it ever parsed as HTML, this would add an image and set a flag. */
    static final String PAYLOAD = "<img src=x onerror=\"window.__xss=1\">";

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
    void aNameThatLooksLikeMarkupShowsAsTextEverywhere() throws Exception {
        String li = rest.login("li-applicant", "applicant-demo");
        long roundId = roundId();
        JsonNode summary = rest.get("/api/applications?roundId=" + roundId, li)
                .get("items")
                .get(0);
        long id = summary.get("id").asLong();
        JsonNode application = rest.get("/api/applications/" + id, li);
        ObjectNode form = (ObjectNode) application.get("form");
        form.put("name", PAYLOAD);
        form.put("achievements", "攻关成果 " + PAYLOAD + " <script>window.__xss=2</script>");
        HttpResponse<String> revised = rest.raw(
                "PUT", "/api/applications/" + id, Map.of("version", application.get("version"), "form", form), li);
        assertEquals(200, revised.statusCode(), revised.body());

        // The applicant's own form
        browser.signIn("li-applicant", "applicant-demo");
        browser.go("/application/" + id);
        assertEquals(PAYLOAD, browser.find("form-name").getAttribute("value"));
        assertInert();
        browser.screenshot("xss-applicant-form");

        // The enterprise's list and the application itself
        browser.signIn("nanjing-equipment-hr", "enterprise-demo");
        browser.go("/applications?status=DRAFT");
        browser.waitForText(PAYLOAD);
        assertInert();
        browser.go("/applications/" + id);
        browser.waitForText(PAYLOAD);
        assertTrue(browser.text("view-achievements").contains("<script>window.__xss=2</script>"));
        assertInert();
        browser.screenshot("xss-enterprise-application");

        // The province's list
        browser.signIn("province", "province-demo");
        browser.go("/applications?status=DRAFT");
        browser.waitForText(PAYLOAD);
        assertInert();
    }

    @Test
    void anObjectionAndASupervisionNoteThatLookLikeMarkupShowAsText() throws Exception {
        JsonNode publicity = null;
        for (JsonNode p : rest.get("/api/public/publicities", null).get("items")) {
            if (p.get("enterpriseName").asText().startsWith("南京")) {
                publicity = p; // the demo's, publicised from the day the demo was seeded
            }
        }
        HttpResponse<String> objection = rest.raw(
                "POST",
                "/api/public/objections",
                Map.of(
                        "publicityId",
                        publicity.get("id").asLong(),
                        "entryId",
                        publicity.get("candidates").get(0).get("entryId").asLong(),
                        "content",
                        "材料存疑 " + PAYLOAD,
                        "name",
                        PAYLOAD),
                null);
        assertEquals(201, objection.statusCode(), objection.body());
        String nanjing = rest.login("nanjing", "nanjing-demo");
        JsonNode participation = rest.get("/api/participations?roundId=" + roundId() + "&status=ACCEPTED", nanjing)
                .get("items")
                .get(0);
        rest.post(
                "/api/supervision-notes",
                Map.of(
                        "participationId", participation.get("id").asLong(),
                        "visitedOn",
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                        .toString(),
                        "findings", "现场督导 " + PAYLOAD),
                nanjing);

        browser.signIn("province", "province-demo");
        browser.go("/objections?status=OPEN");
        browser.waitForText("材料存疑 " + PAYLOAD);
        assertInert();
        browser.screenshot("xss-province-objections");
        browser.go("/supervision-notes");
        browser.waitForText("现场督导 " + PAYLOAD);
        assertInert();
    }

    @Test
    void theSessionCookieIsInvisibleToScriptsAndChangesNeedTheCsrfToken() throws Exception {
        browser.signIn("province", "province-demo");
        JavascriptExecutor page = browser.driver;

        assertFalse(String.valueOf(page.executeScript("return document.cookie")).contains("SKILLEVAL_SESSION"));
        // The cookie is limited to /api, where the page's own fetches send it.
        assertEquals(200L, fetch("return (await fetch('/api/auth/me')).status"));
        assertEquals(
                403L,
                fetch(
                        "return (await fetch('/api/rounds', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                                + " body: JSON.stringify({year: 2031})})).status"),
                "a change by cookie without the CSRF token is refused");
        // The same request with the token reaches the resource, which finds the batch missing (nothing is created).
        assertEquals(
                400L,
                fetch("const s = await (await fetch('/api/auth/session')).json();"
                        + " return (await fetch('/api/rounds', {method: 'POST', headers: {'Content-Type': 'application/json',"
                        + " 'X-CSRF-Token': s.csrfToken}, body: JSON.stringify({year: 2031})})).status"),
                "with the session's CSRF token the request passes the CSRF check");
    }

    @Test
    void apiClientsKeepUsingBearerTokens() throws Exception {
        String token = rest.login("expert-zhou", "expert-demo");
        assertEquals(
                "expert-zhou", rest.get("/api/auth/me", token).get("username").asText());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndHashedFilesAreCachedForGood() throws Exception {
        for (String path : List.of("/", "/verify?code=x&name=y", "/api/health", "/api/public/publicities")) {
            HttpResponse<String> response = rest.raw("GET", path, null, null);
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path);
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    path);
            assertEquals(
                    "DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals(
                    "no-referrer",
                    response.headers().firstValue("Referrer-Policy").orElse(""),
                    path);
        }
        String index = rest.raw("GET", "/", null, null).body();
        java.util.regex.Matcher script =
                java.util.regex.Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertTrue(script.find(), index);
        HttpResponse<String> asset = rest.raw("GET", script.group(1), null, null);
        assertEquals(
                "public, max-age=31536000, immutable",
                asset.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(index.contains("<script>"), "no inline script in the page");
    }

    private Object fetch(String body) {
        browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(20));
        return ((JavascriptExecutor) browser.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1]; (async () => { " + body
                        + " })().then(done, e => done(String(e)));");
    }

    /** The payload stayed text: no image from it in the page, no handler ever ran, no dialog. */
    private void assertInert() {
        assertTrue(browser.driver.findElements(By.cssSelector("img[src='x']")).isEmpty(), "markup was parsed");
        assertNull(((JavascriptExecutor) browser.driver).executeScript("return window.__xss ?? null"));
    }

    private static long roundId() throws Exception {
        String province = rest.login("province", "province-demo");
        return rest.get("/api/rounds", province).get("items").get(0).get("id").asLong();
    }
}
