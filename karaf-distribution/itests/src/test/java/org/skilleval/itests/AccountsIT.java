package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Accounts kept in the database, over real HTTP: the demo logins, delegated administration within
 * each tenant, one-time passwords, throttling, sign-out and revocation.
 */
public class AccountsIT extends SkillEvalTestSupport {

    private static final String NANJING_FIRM = "91320100MA1NJ0001M";
    private static final String SUZHOU_FIRM = "91320500MA1PX00038";

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return postJson("/api/auth/login", body("username", username, "password", password));
    }

    private static String type(HttpResponse<String> response) throws Exception {
        return json(response).get("type").asText();
    }

    @Test
    public void theDemoLoginsComeFromTheDatabaseAndUsersPropertiesKeepsOnlyTheOperator() throws Exception {
        for (String[] login : new String[][] {
            {"province", "province-demo"},
            {"nanjing", "nanjing-demo"},
            {"suzhou", "suzhou-demo"},
            {"nanjing-equipment-hr", "enterprise-demo"},
            {"suzhou-precision-hr", "enterprise-demo"},
            {"wang-applicant", "applicant-demo"},
            {"li-applicant", "applicant-demo"},
            {"zhao-applicant", "applicant-demo"},
            {"expert-zhou", "expert-demo"},
            {"expert-zheng", "expert-demo"}
        }) {
            login(login[0], login[1]);
        }
        JsonNode zhou = json(get("/api/auth/me", login("expert-zhou", "expert-demo")));
        assertEquals("NJ-EXP-01", zhou.get("expert").asText());
        String users =
                Files.readString(Path.of(System.getProperty("karaf.etc"), "users.properties"), StandardCharsets.UTF_8);
        assertFalse(users, users.contains("province ="));
        assertTrue(users, users.contains("admin ="));
        assertEquals(401, signIn("admin", "admin-demo").statusCode());
    }

    @Test
    public void eachLevelAdministersOnlyTheAccountsBelowItInItsOwnTenant() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        String nanjingHr = login("nanjing-equipment-hr", "enterprise-demo");
        String suzhouHr = login("suzhou-precision-hr", "enterprise-demo");

        // A city creates the HR of its own enterprise, never one of another city's.
        JsonNode created = created(post(
                "/api/accounts",
                body(
                        "username",
                        "nj-firm-hr2",
                        "displayName",
                        "南京某装备集团人事处",
                        "role",
                        "enterprise",
                        "creditCode",
                        NANJING_FIRM),
                nanjing));
        assertEquals(16, created.get("oneTimePassword").asText().length());
        assertEquals("3201", created.get("account").get("city").asText());
        HttpResponse<String> foreign = post(
                "/api/accounts",
                body("username", "sz-firm-hr2", "displayName", "x", "role", "enterprise", "creditCode", SUZHOU_FIRM),
                nanjing);
        assertEquals(foreign.body(), 403, foreign.statusCode());
        assertEquals(
                403,
                post(
                                "/api/accounts",
                                body("username", "wuxi", "displayName", "无锡", "role", "city", "city", "3202"),
                                nanjing)
                        .statusCode());
        assertEquals(
                201,
                post(
                                "/api/accounts",
                                body("username", "wuxi", "displayName", "无锡市", "role", "city", "city", "3202"),
                                province)
                        .statusCode());

        // A city never sees another city's enterprise accounts.
        String suzhouList = ok(get("/api/accounts", suzhou)).toString();
        assertTrue(suzhouList, suzhouList.contains("suzhou-precision-hr"));
        assertFalse(suzhouList, suzhouList.contains("nanjing-equipment-hr"));
        assertFalse(suzhouList, suzhouList.contains("nj-firm-hr2"));
        assertEquals(404, get("/api/accounts/nj-firm-hr2", suzhou).statusCode());
        assertEquals(
                404,
                post("/api/accounts/nj-firm-hr2/password-reset", "", suzhou).statusCode());
        assertEquals(404, post("/api/accounts/nj-firm-hr2/disable", "", suzhou).statusCode());
        assertEquals(200, get("/api/accounts/nj-firm-hr2", nanjing).statusCode());

        // HR never sees another enterprise's employees.
        String nanjingEmployees = ok(get("/api/accounts", nanjingHr)).toString();
        assertTrue(nanjingEmployees, nanjingEmployees.contains("wang-applicant"));
        assertFalse(nanjingEmployees, nanjingEmployees.contains("zhao-applicant"));
        assertEquals(404, get("/api/accounts/wang-applicant", suzhouHr).statusCode());
        assertEquals(
                404,
                post("/api/accounts/wang-applicant/password-reset", "", suzhouHr)
                        .statusCode());
        JsonNode employee = created(post(
                "/api/accounts",
                body("username", "nj-e2001", "displayName", "钱工", "role", "applicant", "employeeNumber", "E2001"),
                nanjingHr));
        assertEquals(NANJING_FIRM, employee.get("account").get("creditCode").asText());
        HttpResponse<String> twice = post(
                "/api/accounts",
                body("username", "nj-e2001-b", "displayName", "钱工", "role", "applicant", "employeeNumber", "E2001"),
                nanjingHr);
        assertEquals(twice.body(), 409, twice.statusCode());

        // Applicants and experts administer nothing.
        assertEquals(
                403,
                get("/api/accounts", login("wang-applicant", "applicant-demo")).statusCode());
        assertEquals(
                403, get("/api/accounts", login("expert-zhou", "expert-demo")).statusCode());

        // Bad input: a clear bilingual 4xx naming the field, nothing created.
        HttpResponse<String> bad = post(
                "/api/accounts",
                body("username", "Bad Name", "displayName", "x", "role", "enterprise", "creditCode", NANJING_FIRM),
                nanjing);
        assertEquals(bad.body(), 422, bad.statusCode());
        assertEquals("username", json(bad).get("errors").get(0).get("field").asText());
        assertTrue(bad.body(), bad.body().contains("用户名"));
    }

    @Test
    public void aOneTimePasswordOpensNothingButItsChangeAndTheChangeEndsOldTokens() throws Exception {
        String nanjingHr = login("nanjing-equipment-hr", "enterprise-demo");
        String oneTime = created(post(
                        "/api/accounts",
                        body(
                                "username",
                                "nj-e3001",
                                "displayName",
                                "孙工",
                                "role",
                                "applicant",
                                "employeeNumber",
                                "E3001"),
                        nanjingHr))
                .get("oneTimePassword")
                .asText();
        String first = login("nj-e3001", oneTime);

        HttpResponse<String> blocked = get("/api/applications", first);
        assertEquals(blocked.body(), 403, blocked.statusCode());
        assertEquals("urn:skilleval:problem:password-change-required", type(blocked));
        assertEquals(200, get("/api/auth/me", first).statusCode());

        HttpResponse<String> leaked =
                post("/api/me/password", body("currentPassword", oneTime, "newPassword", "password123"), first);
        assertEquals(leaked.body(), 422, leaked.statusCode());
        assertEquals("leaked", json(leaked).get("errors").get(0).get("rule").asText());
        HttpResponse<String> itsName =
                post("/api/me/password", body("currentPassword", oneTime, "newPassword", "NJ-E3001"), first);
        assertEquals(itsName.body(), 422, itsName.statusCode());

        JsonNode session =
                ok(post("/api/me/password", body("currentPassword", oneTime, "newPassword", "Sun-gong-2027!"), first));
        assertEquals(401, get("/api/auth/me", first).statusCode());
        String second = session.get("token").asText();
        assertEquals(200, get("/api/auth/me", second).statusCode());
        assertEquals(401, signIn("nj-e3001", oneTime).statusCode());
        login("nj-e3001", "Sun-gong-2027!");
    }

    @Test
    public void aResetADisablingAndASignOutEndTheTokens() throws Exception {
        String nanjingHr = login("nanjing-equipment-hr", "enterprise-demo");
        String oneTime = created(post(
                        "/api/accounts",
                        body(
                                "username",
                                "nj-e4001",
                                "displayName",
                                "周工",
                                "role",
                                "applicant",
                                "employeeNumber",
                                "E4001"),
                        nanjingHr))
                .get("oneTimePassword")
                .asText();
        String token = ok(post(
                        "/api/me/password",
                        body("currentPassword", oneTime, "newPassword", "Zhou-gong-2027!"),
                        login("nj-e4001", oneTime)))
                .get("token")
                .asText();
        String other = login("nj-e4001", "Zhou-gong-2027!");

        assertEquals(204, post("/api/auth/logout", "", other).statusCode());
        assertEquals(401, get("/api/auth/me", other).statusCode());
        assertEquals(200, get("/api/auth/me", token).statusCode());

        String reset = ok(post("/api/accounts/nj-e4001/password-reset", "", nanjingHr))
                .get("oneTimePassword")
                .asText();
        assertEquals(401, get("/api/auth/me", token).statusCode());
        assertEquals(401, signIn("nj-e4001", "Zhou-gong-2027!").statusCode());
        String afterReset = login("nj-e4001", reset);

        assertEquals(200, post("/api/accounts/nj-e4001/disable", "", nanjingHr).statusCode());
        assertEquals(401, get("/api/auth/me", afterReset).statusCode());
        assertEquals(401, signIn("nj-e4001", reset).statusCode());
        assertEquals(200, post("/api/accounts/nj-e4001/enable", "", nanjingHr).statusCode());
        login("nj-e4001", reset);
    }

    @Test
    public void fiveFailuresLockAUserNameWithoutRevealingWhetherItExists() throws Exception {
        // An account of its own: the tests share one container, and a locked demo login would
        // refuse the tests that run after this one.
        String oneTime = created(post(
                        "/api/accounts",
                        body(
                                "username",
                                "nj-e5001",
                                "displayName",
                                "吴工",
                                "role",
                                "applicant",
                                "employeeNumber",
                                "E5001"),
                        login("nanjing-equipment-hr", "enterprise-demo")))
                .get("oneTimePassword")
                .asText();
        for (String username : new String[] {"nj-e5001", "nobody-at-all"}) {
            for (int i = 0; i < 5; i++) {
                assertEquals(401, signIn(username, "wrong-password-" + i).statusCode());
            }
            HttpResponse<String> refused = signIn(username, oneTime);
            assertEquals(refused.body(), 429, refused.statusCode());
            assertEquals("urn:skilleval:problem:sign-in-throttled", type(refused));
            assertTrue(refused.body(), refused.body().contains("登录失败次数过多"));
            assertTrue(refused.body(), refused.body().contains("Too many failed sign-ins"));
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        }
        String province = login("province", "province-demo");
        String trail = ok(get("/api/audit?objectType=Account&objectId=nj-e5001", province))
                .toString();
        assertTrue(trail, trail.contains("locked-out"));
    }

    @Test
    public void wrongCurrentPasswordsCountWithFailedSignIns() throws Exception {
        String oneTime = created(post(
                        "/api/accounts",
                        body(
                                "username",
                                "nj-e5002",
                                "displayName",
                                "郑工",
                                "role",
                                "applicant",
                                "employeeNumber",
                                "E5002"),
                        login("nanjing-equipment-hr", "enterprise-demo")))
                .get("oneTimePassword")
                .asText();
        String session = login("nj-e5002", oneTime);
        for (int i = 0; i < 5; i++) {
            assertRefused(
                    "wrong-password",
                    post(
                            "/api/me/password",
                            body("currentPassword", "guess-" + i, "newPassword", "Zheng-gong-2027!"),
                            session));
        }
        // A session in the wrong hands cannot go on guessing, nor sign in with what it guessed
        HttpResponse<String> refused =
                post("/api/me/password", body("currentPassword", oneTime, "newPassword", "Zheng-gong-2027!"), session);
        assertEquals(refused.body(), 429, refused.statusCode());
        assertEquals("urn:skilleval:problem:sign-in-throttled", type(refused));
        assertEquals(429, signIn("nj-e5002", oneTime).statusCode());
    }

    @Test
    public void aRelationDeclaredToThePoolKeepsTheExpertOffThatEmployeesPanel() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        long participation = nanjingEquipmentWithApprovedPlan(2077, province, nanjing, hr);
        // 王建国 is employee E1001 of the enterprise; his mentor joins the city's pool and says so
        long wang = applyAndSubmit(
                login("wang-applicant", "applicant-demo"),
                participation,
                "王建国",
                withCheckDigit("32010219720315004"),
                "1972-03");
        endorse(hr, wang);
        created(post(
                "/api/expert-pool",
                body(
                        "expertId",
                        "NJ-POOL-77",
                        "name",
                        "陈师傅",
                        "occupation",
                        "车工",
                        "organisation",
                        "南京某装备集团有限公司",
                        "relations",
                        List.of(Map.of(
                                "creditCode",
                                NANJING_FIRM,
                                "employeeNumber",
                                "E1001",
                                "relation",
                                "MENTOR",
                                "note",
                                "带徒五年"))),
                nanjing));

        List<Map<String, Object>> members = new ArrayList<>();
        for (String expert : List.of("NJ-POOL-77", "NJ-EXP-02", "NJ-EXP-03", "NJ-EXP-04", "NJ-EXP-05")) {
            members.add(Map.of("expertId", expert, "name", expert, "organisation", "东南大学", "chair", members.isEmpty()));
        }
        HttpResponse<String> refused =
                post("/api/panels", body("participationId", participation, "occupation", "车工", "members", members), hr);
        assertEquals(refused.body(), 422, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("coi.pool-relation"));
        assertTrue(refused.body(), refused.body().contains("带徒五年"));
    }

    @Test
    public void anEmployeeImportWithABadIdNumberImportsNothingAndNamesEveryBadLine() throws Exception {
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        String first = withCheckDigit("32010219880101301");
        String second = withCheckDigit("32010219900202302");
        String wrongCheck = first.substring(0, 17) + (first.endsWith("1") ? "2" : "1");
        String header = "用户名,姓名,工号,居民身份证号码\r\n";

        HttpResponse<String> refused = importEmployees(
                header
                        + "nj-imp-1,孙一,I3001," + first + "\r\n"
                        + "nj-imp-2,孙二,I3002," + wrongCheck + "\r\n"
                        + "nj-imp-3,孙三,I3003,\r\n"
                        + "nj-imp-4,孙四,I3004," + first + "\r\n",
                hr);

        assertEquals(refused.body(), 422, refused.statusCode());
        JsonNode errors = json(refused).get("errors");
        List<String> listed = new ArrayList<>();
        errors.forEach(
                e -> listed.add(e.get("field").asText() + " " + e.get("rule").asText()));
        assertEquals(
                refused.body(),
                List.of(
                        "line 3: idNumber check-digit",
                        "line 4: idNumber required",
                        "line 5: idNumber duplicate-in-file"),
                listed);
        assertTrue(refused.body(), refused.body().contains("第 3 行「居民身份证号码」"));
        assertFalse("an ID number is never echoed in clear", refused.body().contains(first));
        assertEquals(
                "nothing was imported", 404, get("/api/accounts/nj-imp-1", hr).statusCode());

        HttpResponse<String> imported = importEmployees(
                header + "nj-imp-1,孙一,I3001," + first + "\r\n" + "nj-imp-2,孙二,I3002," + second + "\r\n", hr);
        assertEquals(imported.body(), 201, imported.statusCode());
        assertEquals(2, json(imported).get("imported").asInt());
        JsonNode account = ok(get("/api/accounts/nj-imp-1", hr));
        assertEquals(
                "3201************" + first.substring(16),
                account.get("idNumber").asText());
        assertFalse(ok(get("/api/accounts", hr)).toString().contains(first));
        String audit = ok(get("/api/audit?objectType=Account&objectId=nj-imp-1", login("province", "province-demo")))
                .toString();
        assertTrue(audit, audit.contains("3201************" + first.substring(16)));
        assertFalse("the audit trail keeps it masked", audit.contains(first));

        HttpResponse<String> again = importEmployees(header + "nj-imp-9,孙九,I3009," + second + "\r\n", hr);
        assertEquals(again.body(), 422, again.statusCode());
        assertEquals("taken", json(again).get("errors").get(0).get("rule").asText());
    }

    private HttpResponse<String> importEmployees(String csv, String token) throws Exception {
        return api().send("POST", "/api/imports/employees", "text/csv", csv.getBytes(StandardCharsets.UTF_8), token);
    }
}
