package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The issue's "done when", in a real browser: a round walked to a verified certificate, each step
 * by the role that takes it, signed in with the demo accounts the README documents. The demo
 * leaves 苏州某精密制造有限公司 awaiting the province; the stages no browser step is about (the province
 * accepting it, its work plan, the panel) are prepared through the REST API. Then, in Chromium:
 * the applicant (on a phone) fills in and submits the 申报表, HR endorses it, five experts score,
 * the enterprise evaluates and proposes, the province publicises, the public opens the publicity,
 * the demo clock ends the publicity, the enterprise issues the certificate and the public verifies
 * it at the address its QR code carries.
 */
class RoundWalkIT {

    private static final String SUZHOU_PRECISION = "91320500MA1PX00038";
    private static final String APPLICANT_NAME = "赵精工";
    private static final List<String> EXPERTS =
            List.of("expert-zhou", "expert-qian", "expert-sun", "expert-wu", "expert-zheng");

    private static Distribution distribution;
    private static Rest rest;
    private static Browser staff;
    private static Browser phone;

    @BeforeAll
    static void start() throws Exception {
        distribution = Distribution.get();
        rest = new Rest(distribution);
        staff = Browser.open(distribution, Browser.DESKTOP);
        phone = Browser.open(distribution, Browser.PHONE);
    }

    @AfterAll
    static void stop() throws Exception {
        distribution.daysAhead(0);
        if (staff != null) {
            staff.close();
        }
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void aRoundWalkedInTheBrowserEndsInAPubliclyVerifiedCertificate() throws Exception {
        try {
            walk();
        } catch (Throwable failed) {
            staff.screenshot("failure-staff");
            phone.screenshot("failure-phone");
            throw failed;
        }
    }

    private void walk() throws Exception {
        long participationId = prepareSuzhouUpToItsPanel();

        // 1. The applicant, on a phone, fills in the 申报表 and submits it.
        phone.signIn("zhao-applicant", "applicant-demo");
        phone.waitFor("start-application");
        phone.screenshot("applicant-home-phone");
        phone.click("start-application");
        fillTheForm(phone);
        phone.waitForText("各栏目已填写完整");
        phone.screenshot("applicant-form-phone");
        phone.click("submit-application");
        phone.waitFor("eligibility");
        phone.waitForText("符合申报条件");
        // ... and prints it, to sign: the form the page links to, with the session of the page.
        String form = Documents.keepPdf("application-form-applicant", phone.follow("application-pdf"));
        assertTrue(form.contains(APPLICANT_NAME) && form.contains("特级技师"), form);
        phone.screenshot("applicant-submitted-phone");
        String hr = rest.login("suzhou-precision-hr", "enterprise-demo");
        JsonNode application = onlyItem(rest.get("/api/applications?roundId=" + roundId() + "&status=SUBMITTED", hr));
        long applicationId = application.get("id").asLong();
        assertEquals(APPLICANT_NAME, application.get("name").asText());
        assertEquals(
                participationId,
                rest.get("/api/applications/" + applicationId, hr)
                        .get("participationId")
                        .asLong());

        // 2. HR endorses it.
        staff.signIn("suzhou-precision-hr", "enterprise-demo");
        staff.waitFor("task-review");
        staff.screenshot("enterprise-home");
        staff.click("nav-applications");
        staff.click("application-" + applicationId);
        staff.type("opinion", "同意推荐参加评审");
        staff.click("endorse");
        staff.waitForText("企业同意");
        String endorsed = Documents.keepPdf("application-form-endorsed", staff.follow("application-pdf"));
        assertTrue(endorsed.contains("同意推荐参加评审"), "the printed form carries HR's opinion: " + endorsed);

        // 3. Each expert of the panel scores the candidate.
        for (String expert : EXPERTS) {
            staff.signIn(expert, "expert-demo");
            staff.waitFor("expert-candidates");
            if (expert.equals("expert-zhou")) {
                staff.screenshot("expert-home");
            }
            staff.click("score-" + applicationId);
            staff.type("points-professional-knowledge", "26");
            staff.type("points-problem-solving", "25");
            staff.type("points-innovation", "16");
            staff.type("points-expression", "16");
            staff.type("sheet-comment", "数控车削精度控制经验丰富，答辩条理清楚。");
            staff.waitForText("当前合计 83 / 100 分");
            if (expert.equals("expert-zhou")) {
                staff.screenshot("expert-score-sheet");
            }
            staff.click("sheet-submit");
            staff.waitForText("提交并锁定");
        }

        // 4. The enterprise evaluates, then proposes the candidate and publicises the list inside.
        staff.signIn("suzhou-precision-hr", "enterprise-demo");
        staff.go("/assessments/" + applicationId);
        staff.click("evaluate");
        staff.waitFor("result");
        staff.waitForText("评审通过");
        staff.screenshot("enterprise-assessment-result");
        staff.click("nav-proposal-lists");
        staff.click("propose-" + applicationId);
        staff.click("create-list-submit");
        staff.click("submit-list-button");
        staff.waitForText("企业公示中");
        long listId = onlyItem(rest.get("/api/proposal-lists?roundId=" + roundId(), hr))
                .get("id")
                .asLong();

        // 5. The province publicises it.
        staff.signIn("province", "province-demo");
        staff.waitFor("task-proposal-lists");
        staff.screenshot("province-home");
        staff.click("task-proposal-lists");
        staff.click("list-" + listId);
        staff.click("publish-button");
        staff.waitForText("省中心公示中");
        assertTrue(
                Documents.keepPdf("publicity-notice", staff.follow("list-pdf")).contains(APPLICANT_NAME));
        Documents.keepWorkbook("publicity-notice", staff.follow("list-xlsx"));

        // 6. The public opens the publicity page.
        phone.forgetSession();
        phone.go("/public");
        phone.waitForText("苏州某精密制造有限公司");
        phone.screenshot("public-publicities-phone");
        phone.go("/public/publicities/" + listId);
        phone.waitForText(APPLICANT_NAME);
        assertTrue(phone.pageText().contains("车工"));
        assertTrue(!phone.pageText().contains(idNumber()), "no ID number in public");
        phone.find("objection-send");
        phone.screenshot("public-publicity-phone");
        String notice = Documents.keepPdf("public-publicity-list", phone.follow("publicity-pdf"));
        assertTrue(notice.contains(APPLICANT_NAME) && !notice.contains(idNumber()), notice);
        Documents.keepWorkbook("public-publicity-list", phone.follow("publicity-xlsx"));

        // 7. After both publicity windows the enterprise issues the certificate.
        distribution.daysAhead(21);
        staff.signIn("suzhou-precision-hr", "enterprise-demo");
        String code = issueOnceThePublicityHasEnded(listId);
        phone.go("/public/publicities/" + listId);
        phone.waitFor("objections-closed"); // the windows have ended: no objection form any more
        distribution.daysAhead(0); // back to the calendar for the other tests
        assertEquals(22, code.length());
        assertEquals('T', code.charAt(15));
        staff.screenshot("enterprise-certificate-issued");
        String certificate = Documents.keepPdf("certificate", staff.follow("certificate-pdf"));
        assertTrue(certificate.contains(code) && certificate.contains(APPLICANT_NAME), certificate);

        // 8. The public verifies it at the address the certificate's QR code carries.
        phone.go("/verify?code=" + code + "&name=" + Rest.encode(APPLICANT_NAME));
        phone.waitFor("verify-result");
        assertEquals(APPLICANT_NAME, phone.text("verify-holder"));
        assertTrue(phone.text("verify-result").contains("证书有效"), phone.text("verify-result"));
        phone.screenshot("public-verify-phone");

        // The applicant's page now ends at the certificate; the city sees its enterprise.
        phone.signIn("zhao-applicant", "applicant-demo");
        phone.waitForText("已发证");
        phone.screenshot("applicant-certified-phone");
        staff.signIn("suzhou", "suzhou-demo");
        staff.waitForText("苏州某精密制造有限公司");
        staff.screenshot("city-home");

        // The province prints the certificate from its list and exports the statistics.
        staff.signIn("province", "province-demo");
        staff.click("nav-certificates");
        staff.waitForText(code);
        staff.screenshot("province-certificates");
        Documents.keepPdf("certificate-province", staff.follow("certificate-pdf-" + code));
        staff.click("nav-statistics");
        staff.waitFor("statistics");
        // The seed's guard against 普遍晋升: passed per hundred 高级技师, from the statistics API. 南京's
        // accepted enterprises were recommended with 46 + 23 高级技师.
        String province = rest.login("province", "province-demo");
        JsonNode nanjing = rest.get("/api/statistics?by=city&roundId=" + roundId(), province)
                .get("rows")
                .get(0);
        assertEquals("3201", nanjing.get("key").asText());
        assertEquals(69, nanjing.get("seniorTechnicians").asLong());
        assertEquals(
                new BigDecimal(nanjing.get("passed").asLong() * 100)
                        .divide(new BigDecimal(69), 1, RoundingMode.HALF_UP),
                nanjing.get("passedPercentOfSeniors").decimalValue());
        staff.waitForCell("statistics-seniors", "69");
        staff.screenshot("province-statistics");
        // By occupation the plans' declarations count: 南京's plan declares 14 钳工; 苏州's plan above
        // evaluates 车工 without declaring its 高级技师, so 车工 shows no ratio rather than a partial one.
        Map<String, JsonNode> byOccupation = new HashMap<>();
        rest.get("/api/statistics?by=occupation&roundId=" + roundId(), province)
                .get("rows")
                .forEach(row -> byOccupation.put(row.get("key").asText(), row));
        assertEquals(14, byOccupation.get("钳工").get("seniorTechnicians").asLong());
        assertTrue(byOccupation.get("车工").get("seniorTechnicians").isNull(), byOccupation.toString());
        staff.select("statistics-by", "occupation");
        staff.waitForCell("statistics-seniors", "14");
        staff.screenshot("province-statistics-occupation");
        Documents.keepWorkbook("statistics", staff.follow("statistics-xlsx"));

        assertEquals(List.of(), staff.scriptErrors(), "no script error or CSP violation on the staff pages");
        assertEquals(List.of(), phone.scriptErrors(), "no script error or CSP violation on the phone");
    }

    private String issueOnceThePublicityHasEnded(long listId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            staff.go("/proposal-lists/" + listId);
            staff.type("site-code", "320500");
            staff.click("issue-button");
            try {
                return new org.openqa.selenium.support.ui.WebDriverWait(staff.driver, Duration.ofSeconds(5))
                        .until(
                                d -> d
                                        .findElements(
                                                org.openqa.selenium.By.cssSelector("[data-test=certificate-code]"))
                                        .stream()
                                        .map(e -> e.getText().trim())
                                        .filter(text -> !text.isEmpty())
                                        .findFirst()
                                        .orElse(null));
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // The demo clock's configuration reaches the platform within a second or two.
                assertTrue(System.nanoTime() < deadline, "no certificate: " + staff.pageText());
            }
        }
    }

    private void fillTheForm(Browser b) throws Exception {
        b.type("form-name", APPLICANT_NAME);
        b.type("form-idNumber", idNumber());
        b.set("form-birthMonth", "1976-05");
        b.type("form-education", "大专");
        b.upload("upload-photo", photo());
        b.waitForText("证件照.png");
        b.type("form-employer", "苏州某精密制造有限公司");
        b.type("form-department", "数控车间");
        b.type("form-address", "苏州市工业园区星湖街 100 号");
        b.type("form-email", "zhao.jinggong@example.com");
        b.type("form-phone", "13912345678");
        b.type("form-fieldOfExpertise", "精密零件数控车削与工艺改进");
        b.select("form-appliedOccupation", "车工");
        b.set("form-postSince", "2014-03-01");
        b.type("form-qualification-levelText", "高级技师");
        b.type("form-qualification-occupation", "车工");
        b.type("form-qualification-certificateNumber", "1532000000100077");
        b.set("form-qualification-certifiedOn", "2013-12-01");
        b.set("form-career-0-from", "1996-07");
        b.type("form-career-0-organisation", "苏州某精密制造有限公司");
        b.type("form-career-0-role", "车工、班组长");
        b.type("form-achievements", "主持航空精密零件车削变形控制攻关，废品率由 3% 降至 0.5%；带徒 8 名，其中 3 名取得高级技师。");
        b.click("form-declaration");
    }

    /** A resident ID number of Suzhou for someone born on 20 May 1976, with its check character. */
    static String idNumber() {
        String first17 = "32050519760520001";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + check[sum % 11];
    }

    private static Path photo() throws Exception {
        Path file = Files.createTempDirectory("photo").resolve("证件照.png");
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 160; y++) {
                image.setRGB(x, y, y < 40 ? 0x3b6fb6 : 0xf2f2f2);
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static long roundId() throws Exception {
        String province = rest.login("province", "province-demo");
        return rest.get("/api/rounds", province).get("items").get(0).get("id").asLong();
    }

    /** The province accepts the Suzhou enterprise; it writes, publishes and submits its plan; the province approves it; it composes its 车工 panel. */
    private static long prepareSuzhouUpToItsPanel() throws Exception {
        String province = rest.login("province", "province-demo");
        long roundId = roundId();
        JsonNode participation = null;
        for (JsonNode p :
                rest.get("/api/participations?roundId=" + roundId, province).get("items")) {
            if (p.get("creditCode").asText().equals(SUZHOU_PRECISION)) {
                participation = p;
            }
        }
        assertTrue(participation != null && participation.get("status").asText().equals("RECOMMENDED"));
        long participationId = participation.get("id").asLong();
        rest.post(
                "/api/participations/" + participationId + "/decision",
                Map.of(
                        "accept",
                        true,
                        "note",
                        "材料齐全",
                        "version",
                        participation.get("version").asLong()),
                province);

        String hr = rest.login("suzhou-precision-hr", "enterprise-demo");
        JsonNode plan = rest.post(
                "/api/work-plans",
                Map.of(
                        "participationId",
                        participationId,
                        "occupations",
                        List.of("车工"),
                        "criteria",
                        "在高级技师岗位工作满5年、业绩突出",
                        "methods",
                        List.of(Map.of("pluginId", "oral-defense", "configuration", Map.of("minExperts", "5"))),
                        "scheme",
                        Map.of(
                                "pluginId",
                                "weighted-sum",
                                "configuration",
                                Map.of("weight.oral-defense", "100", "passLine", "60")),
                        "organisation",
                        "企业评审委员会，设主任委员一名",
                        "schedule",
                        "申报后一个月内组织答辩"),
                hr);
        long planId = plan.get("id").asLong();
        plan = rest.post(
                "/api/work-plans/" + planId + "/publish",
                Map.of("version", plan.get("version").asLong()),
                hr);
        plan = rest.post(
                "/api/work-plans/" + planId + "/submit",
                Map.of("version", plan.get("version").asLong()),
                hr);
        rest.post(
                "/api/work-plans/" + planId + "/review",
                Map.of(
                        "approve",
                        true,
                        "note",
                        "方案可行",
                        "version",
                        plan.get("version").asLong()),
                province);

        List<Map<String, Object>> members = new ArrayList<>();
        String[][] experts = {
            {"NJ-EXP-01", "周振东"}, {"NJ-EXP-02", "钱立群"}, {"NJ-EXP-03", "孙国平"}, {"NJ-EXP-04", "吴静"}, {"NJ-EXP-05", "郑海涛"}
        };
        for (int i = 0; i < experts.length; i++) {
            members.add(Map.of(
                    "expertId", experts[i][0], "name", experts[i][1], "organisation", "江苏省特级技师评审专家库", "chair", i == 0));
        }
        rest.post(
                "/api/panels", Map.of("participationId", participationId, "occupation", "车工", "members", members), hr);
        return participationId;
    }

    private static JsonNode onlyItem(JsonNode page) {
        assertEquals(1, page.get("total").asInt(), page.toString());
        return page.get("items").get(0);
    }
}
