package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Delegated account administration in the console, as the people of issue 9 do it: the province
 * creates a city's account and reads its one-time password once; the city's user signs in with it,
 * is held on the password page until they set their own, and then creates an enterprise's HR
 * account; HR imports employees from a file, and a file with one bad row imports nothing and names
 * the row.
 */
class AccountsConsoleIT {

    /** Tests of this JVM share one distribution: names of this run stay apart from other tests'. */
    private static final String RUN =
            Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 99_999));

    private static final String NANJING_POWER = "91320100MA1NJ00052";

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
    void aCityAccountCreatedByTheProvinceMustSetItsOwnPasswordAndThenCreatesEnterpriseAccounts() throws Exception {
        String cityUser = "nj-admin-" + RUN;
        browser.signIn("province", "province-demo");
        browser.go("/accounts");
        browser.select("account-role", "city");
        browser.type("account-username", cityUser);
        browser.type("account-display-name", "南京市职业技能鉴定指导中心");
        browser.select("account-city", "3201");
        browser.click("account-create");

        String oneTime = browser.text("one-time-password-value").trim();
        assertEquals(cityUser, browser.text("one-time-username").trim());
        assertTrue(oneTime.length() >= 10, "a one-time password is shown: " + oneTime);
        assertTrue(browser.text("one-time-password").contains("只显示这一次"));
        browser.waitFor("account-" + cityUser);
        assertTrue(browser.text("account-" + cityUser).contains("待修改初始密码"));
        browser.screenshot("accounts-province-one-time-password");
        List<String> violations = browser.accessibilityViolations();
        assertTrue(violations.isEmpty(), "WCAG 2.1 AA on the accounts page: " + violations);
        browser.click("one-time-done");
        assertTrue(browser.all("one-time-password").isEmpty(), "the one-time password is gone once noted");
        assertFalse(browser.pageText().contains(oneTime), "the page shows the one-time password only once");

        browser.signIn(cityUser, oneTime);
        browser.waitFor("password-required");
        assertTrue(browser.driver.getCurrentUrl().contains("/password"), browser.driver.getCurrentUrl());
        assertTrue(
                browser.all("nav-rounds").isEmpty()
                        && browser.all("nav-accounts").isEmpty(),
                "nothing else is offered");
        browser.screenshot("accounts-city-password-change-required");

        // The platform's policy refuses the user name as a password; the console shows its reason.
        browser.type("password-current", oneTime);
        browser.type("password-new", cityUser);
        browser.type("password-repeat", cityUser);
        browser.click("password-submit");
        browser.waitForText("密码不能与用户名相同");

        String own = "Qinhuai-river-" + RUN;
        browser.type("password-current", oneTime);
        browser.type("password-new", own);
        browser.type("password-repeat", own);
        browser.click("password-submit");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().endsWith("/city"));
        browser.waitUntilReady();
        browser.waitFor("nav-accounts");
        assertTrue(browser.all("password-required").isEmpty());
        assertEquals(
                401,
                rest.raw("POST", "/api/auth/login", java.util.Map.of("username", cityUser, "password", oneTime), null)
                        .statusCode(),
                "the one-time password no longer signs in");

        String hrUser = "nj-power-hr-" + RUN;
        browser.go("/accounts");
        browser.select("account-role", "enterprise");
        browser.type("account-username", hrUser);
        browser.type("account-display-name", "南京某电力设备有限公司人事部");
        browser.type("account-credit-code", NANJING_POWER);
        browser.click("account-create");
        String hrOneTime = browser.text("one-time-password-value").trim();
        browser.waitFor("account-" + hrUser);
        assertTrue(browser.text("account-" + hrUser).contains(NANJING_POWER));
        browser.screenshot("accounts-city-created-enterprise-account");

        browser.click("language");
        browser.waitForText("Create account");
        assertTrue(
                browser.pageText().contains("Must change one-time password"), "the accounts page speaks English too");
        browser.screenshot("accounts-city-english");
        browser.click("language");
        browser.waitForText("创建账号");

        String token = rest.login(hrUser, hrOneTime);
        JsonNode me = rest.get("/api/auth/me", token);
        assertEquals(NANJING_POWER, me.get("enterprise").asText(), "the new HR account belongs to the enterprise");
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndNamesTheRow() throws Exception {
        browser.signIn("nanjing-equipment-hr", "enterprise-demo");
        browser.go("/accounts");
        browser.click("go-import");
        browser.waitFor("import-file");

        Path bad = employees("imp-a-" + RUN, "imp-b-" + RUN, "Bad Name " + RUN);
        browser.upload("import-file", bad);
        browser.click("import-submit");

        browser.waitFor("problem");
        String report = browser.text("problem");
        assertTrue(report.contains("未导入任何数据"), report);
        assertTrue(report.contains("第 4 行"), "the bad row is named by its line: " + report);
        assertEquals(
                1, browser.all("css:[data-test=import-errors] tbody tr").size(), "one bad row, one error: " + report);
        assertTrue(browser.all("import-done").isEmpty());
        browser.screenshot("accounts-import-rejected");
        String hr = rest.login("nanjing-equipment-hr", "enterprise-demo");
        assertEquals(
                404,
                rest.raw("GET", "/api/accounts/imp-a-" + RUN, null, hr).statusCode(),
                "the good rows of a refused file were not imported either");

        Path good = employees("imp-a-" + RUN, "imp-b-" + RUN, "imp-c-" + RUN);
        browser.upload("import-file", good);
        browser.click("import-submit");
        browser.waitFor("import-done");
        assertTrue(browser.text("import-done").contains("已导入 3 条"), browser.text("import-done"));
        assertTrue(browser.all("problem").isEmpty());
        assertEquals(
                1, browser.all("download-passwords").size(), "the one-time passwords are offered as a file, this once");
        assertEquals(
                200, rest.raw("GET", "/api/accounts/imp-c-" + RUN, null, hr).statusCode());
    }

    @Test
    void aCityAddsAnExpertToThePoolAndGivesThatExpertAnAccount() throws Exception {
        String expertId = "NJ-EXP-T" + RUN;
        browser.signIn("nanjing", "nanjing-demo");
        browser.go("/expert-pool");
        browser.type("pool-expert-id", expertId);
        browser.type("pool-name", "赵工匠");
        browser.waitFor("css:[data-test=pool-occupation] option[value=\"车工\"]");
        browser.select("pool-occupation", "车工");
        browser.type("pool-organisation", "南京某职业技术学院");
        browser.type("pool-title", "高级技师");
        // 回避: the expert declares an apprentice of the demo enterprise
        browser.click("pool-add-relation");
        browser.type("pool-relation-0-credit-code", "91320100MA1NJ0001M");
        browser.type("pool-relation-0-employee-number", "E1002");
        browser.select("pool-relation-0-kind", "APPRENTICE");
        browser.type("pool-relation-0-note", "带徒三年");
        browser.click("pool-add");
        browser.waitForText(expertId);
        assertTrue(browser.text("pool-table").contains("赵工匠"));
        JsonNode declared = rest.get("/api/expert-pool/" + expertId, rest.login("nanjing", "nanjing-demo"))
                .get("relations");
        assertEquals(1, declared.size(), declared.toString());
        assertEquals("E1002", declared.get(0).get("employeeNumber").asText());
        assertEquals("APPRENTICE", declared.get(0).get("relation").asText());
        browser.screenshot("accounts-city-expert-pool");

        browser.go("/accounts");
        browser.select("account-role", "expert");
        browser.type("account-username", "expert-zhao-" + RUN);
        browser.type("account-display-name", "赵工匠");
        browser.waitFor("css:[data-test=account-expert-id] option[value=\"" + expertId + "\"]");
        browser.select("account-expert-id", expertId);
        browser.click("account-create");
        String oneTime = browser.text("one-time-password-value").trim();

        JsonNode me = rest.get("/api/auth/me", rest.login("expert-zhao-" + RUN, oneTime));
        assertEquals(expertId, me.get("expert").asText(), "the account is the pool expert's");
    }

    @Test
    void hrGivesAPluginDeveloperAnAccountThatSeesOnlyTheEnterprisesPlugins() throws Exception {
        String developer = "nj-plugin-dev-" + RUN;
        browser.signIn("nanjing-equipment-hr", "enterprise-demo");
        browser.go("/accounts");
        browser.select("account-role", "plugin_developer");
        browser.type("account-username", developer);
        browser.type("account-display-name", "外包开发 钱工");
        assertTrue(
                browser.all("account-employee-number").isEmpty()
                        && browser.all("account-credit-code").isEmpty(),
                "a developer belongs to HR's own enterprise: nothing to choose");
        browser.click("account-create");
        String oneTime = browser.text("one-time-password-value").trim();
        browser.waitFor("account-" + developer);
        assertTrue(browser.text("account-" + developer).contains("插件开发人员"), browser.text("account-" + developer));

        browser.signIn(developer, oneTime);
        browser.waitFor("password-required");
        String own = "Plugin-dev-" + RUN + "!";
        browser.type("password-current", oneTime);
        browser.type("password-new", own);
        browser.type("password-repeat", own);
        browser.click("password-submit");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().endsWith("/plugin-uploads"));
        browser.waitUntilReady();
        browser.waitFor("plugin-jar");
        assertTrue(
                browser.all("nav-plugin-uploads").size() == 1
                        && browser.all("nav-applications").isEmpty()
                        && browser.all("nav-work-plans").isEmpty()
                        && browser.all("nav-accounts").isEmpty()
                        && browser.all("css:.round-picker").isEmpty(),
                "the developer's console offers the enterprise's plugins and nothing of its programme");
        browser.screenshot("accounts-plugin-developer-home");
        browser.go("/applications");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().endsWith("/forbidden"));
    }

    @Test
    void hrPicksAPanelMemberFromTheExpertPool() throws Exception {
        String hr = rest.login("nanjing-equipment-hr", "enterprise-demo");
        long roundId = rest.get("/api/rounds", hr).get("items").get(0).get("id").asLong();
        JsonNode panel = null;
        JsonNode expert = null;
        for (JsonNode candidate : rest.get("/api/panels?roundId=" + roundId, hr).get("items")) {
            JsonNode experts = rest.get(
                            "/api/expert-pool?occupation="
                                    + Rest.encode(candidate.get("occupation").asText()),
                            hr)
                    .get("items");
            if (experts.size() > 0) {
                panel = candidate;
                expert = experts.get(0);
                break;
            }
        }
        assertTrue(panel != null, "the demo's pool has an expert of one of the panels' occupations");
        browser.signIn("nanjing-equipment-hr", "enterprise-demo");
        browser.go("/panels/" + panel.get("id").asLong() + "/edit");

        browser.select("member-0-pool", expert.get("expertId").asText());

        assertEquals(expert.get("name").asText(), browser.find("member-0-name").getAttribute("value"));
        assertEquals(
                expert.get("expertId").asText(),
                browser.find("member-0-expertId").getAttribute("value"));
        assertEquals(
                expert.get("organisation").asText(),
                browser.find("member-0-organisation").getAttribute("value"));
    }

    /** A resident ID number: the 17 digits and their GB 11643 check character. */
    private static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static Path employees(String... usernames) throws Exception {
        StringBuilder csv = new StringBuilder("用户名,姓名,工号,居民身份证号码\r\n");
        for (int i = 0; i < usernames.length; i++) {
            csv.append(usernames[i])
                    .append(",职工")
                    .append(i)
                    .append(",E")
                    .append(RUN)
                    .append(i)
                    .append(',')
                    .append(idNumber("32010219800101" + String.format("%03d", i + 1)))
                    .append("\r\n");
        }
        Path file = Files.createTempFile("employees-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
