package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;

/**
 * One whole round of the pilot scheme over real HTTP, every step taken by the role the seed gives
 * it: the province opens the 2026 round, 南京 recommends its enterprise, the plan is approved, two
 * employees apply, a panel of five experts scores them with the plan's pinned plugins, the
 * enterprise proposes the one who passed, both publicities run for five working days across the
 * Spring Festival, the public objects and the province dismisses it, the enterprise issues the
 * certificate and anyone can verify it, the enterprise appoints the holder (聘任), reviews the term and
 * renews it, and a later finding of fraud revokes the certificate and ends the appointment.
 *
 * <p>The platform's days come from a {@link Clock} service this test registers with
 * {@code skilleval.clock=true}, moved from phase to phase; nothing else of the platform is touched.
 */
public class FullRoundIT extends SkillEvalTestSupport {

    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");
    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    /** Found to have cheated at the end: a person no other test of the shared container needs. */
    private static final String WANG_ID = withCheckDigit("11010519491231005");

    private static final String LI_ID = "320102197203150039";
    private static final List<String> EXPERTS =
            List.of("expert-zhou", "expert-qian", "expert-sun", "expert-wu", "expert-zheng");

    private final MovableClock clock = new MovableClock();
    private ServiceRegistration<Clock> clockRegistration;

    @Before
    public void registerTheClock() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("skilleval.clock", "true");
        clockRegistration = bundleContext.registerService(Clock.class, clock, properties);
    }

    @After
    public void unregisterTheClock() {
        clockRegistration.unregister();
    }

    @Test
    public void aWholeRoundFromRecommendationToAVerifiedCertificate() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        String wang = login("wang-applicant", "applicant-demo");
        String li = login("li-applicant", "applicant-demo");

        // 推荐试点企业 (by 30 November of the year before)
        clock.moveTo("2025-11-20");
        JsonNode round = created(post("/api/rounds", body("year", 2026, "batch", 1), province));
        long roundId = round.get("id").asLong();
        long participationId = acceptedParticipation(roundId, NANJING_EQUIPMENT, "南京某装备集团有限公司", nanjing, province);

        // 制定方案 (by 31 December), 方案评估 (early January)
        clock.moveTo("2025-12-10");
        JsonNode plan = created(post(
                "/api/work-plans",
                body(
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
                        "1月申报，2月答辩"),
                hr));
        long planId = plan.get("id").asLong();
        plan = ok(post("/api/work-plans/" + planId + "/publish", body("version", version(plan)), hr));
        plan = ok(post("/api/work-plans/" + planId + "/submit", body("version", version(plan)), hr));
        clock.moveTo("2026-01-06");
        plan = ok(post(
                "/api/work-plans/" + planId + "/review", body("approve", true, "version", version(plan)), province));
        assertEquals("APPROVED", plan.get("status").asText());
        assertFalse(
                "approval pins the plugin version",
                plan.get("methods").get(0).get("pinnedVersion").asText().isEmpty());

        // 申报 and 企业意见
        clock.moveTo("2026-01-20");
        long wangApplication = applyAndSubmit(wang, participationId, "王师傅", WANG_ID, "1949-12");
        long liApplication = applyAndSubmit(li, participationId, "李师傅", LI_ID, "1972-03");
        endorse(hr, wangApplication);
        endorse(hr, liApplication);

        // 申报表 printed: for the applicant, the enterprise, its city and the province; for nobody else
        String suzhouHr = login("suzhou-precision-hr", "enterprise-demo");
        String zhou = login("expert-zhou", "expert-demo");
        String formPath = "/api/applications/" + wangApplication + "/form.pdf";
        String form = pdfText(file(getFile(formPath, wang), PDF));
        for (String expected : List.of("特级技师评审申报表", "王师傅", WANG_ID, "教育背景和工作简历", "本人承诺", "企业意见", "省职业技能鉴定中心意见")) {
            assertTrue(expected + " in " + form, form.contains(expected));
        }
        for (String token : List.of(hr, nanjing, province)) {
            assertTrue(pdfText(file(getFile(formPath, token), PDF)).contains(WANG_ID));
        }
        assertStatus(404, formPath, li);
        assertStatus(404, formPath, suzhou);
        assertStatus(404, formPath, suzhouHr);
        assertStatus(403, formPath, zhou);
        assertStatus(401, formPath, null);

        // 组织评审: the panel, every expert's sheet on the pinned oral-defense, the scheme's verdict
        List<Map<String, Object>> members = new java.util.ArrayList<>();
        for (int i = 0; i < EXPERTS.size(); i++) {
            members.add(Map.of(
                    "expertId",
                    "NJ-EXP-0" + (i + 1),
                    "name",
                    "评委" + (i + 1),
                    "organisation",
                    i < 3 ? "南京某装备集团有限公司" : "东南大学",
                    "chair",
                    i == 0));
        }
        created(post(
                "/api/panels", body("participationId", participationId, "occupation", "车工", "members", members), hr));
        clock.moveTo("2026-02-02");
        for (String expert : EXPERTS) {
            String token = login(expert, "expert-demo");
            score(token, wangApplication, 27, 26, 17, 17);
            score(token, liApplication, 15, 14, 9, 10);
        }
        assertEquals(
                403,
                post("/api/assessments/" + wangApplication + "/evaluate", "{}", wang)
                        .statusCode());
        JsonNode wangResult = ok(post("/api/assessments/" + wangApplication + "/evaluate", "{}", hr));
        JsonNode liResult = ok(post("/api/assessments/" + liApplication + "/evaluate", "{}", hr));
        assertTrue(wangResult.toString(), wangResult.get("passed").asBoolean());
        assertFalse(liResult.toString(), liResult.get("passed").asBoolean());
        JsonNode provenance = wangResult.get("provenance").get(0);
        assertEquals("oral-defense", provenance.get("pluginId").asText());
        assertEquals(
                plan.get("methods").get(0).get("pinnedVersion").asText(),
                provenance.get("bundleVersion").asText());
        assertTrue(ok(post("/api/assessments/" + wangApplication + "/recompute", "{}", province))
                .get("identical")
                .asBoolean());

        // 现场督导 by the city, and only by that city
        created(post(
                "/api/supervision-notes",
                body("participationId", participationId, "visitedOn", "2026-02-02", "findings", "评审现场规范，评委按评分细则独立打分"),
                nanjing));
        assertEquals(
                404,
                post(
                                "/api/supervision-notes",
                                body("participationId", participationId, "visitedOn", "2026-02-02", "findings", "越权"),
                                suzhou)
                        .statusCode());

        // 名单公示: five working days counting the first day, inside the enterprise and by the province
        clock.moveTo("2026-02-09");
        HttpResponse<String> notPassed = post(
                "/api/proposal-lists",
                body("participationId", participationId, "applicationIds", List.of(wangApplication, liApplication)),
                hr);
        assertEquals(notPassed.body(), 422, notPassed.statusCode());
        assertTrue(notPassed.body(), notPassed.body().contains("not-passed"));
        JsonNode list = created(post(
                "/api/proposal-lists",
                body("participationId", participationId, "applicationIds", List.of(wangApplication)),
                hr));
        long listId = list.get("id").asLong();
        list = ok(post(
                "/api/proposal-lists/" + listId + "/submit",
                body("version", version(list), "enterpriseStart", "2026-02-09"),
                hr));
        String fiveWorkingDays = getJson("/api/calendar/period?start=2026-02-09&workingDays=5", 200)
                .get("lastDay")
                .asText();
        assertEquals(fiveWorkingDays, list.get("enterprisePublicity").get("end").asText());
        list = ok(post(
                "/api/proposal-lists/" + listId + "/publish",
                body("version", version(list), "start", "2026-02-09"),
                province));
        assertEquals("PUBLISHED", list.get("status").asText());

        // 公示 printed and downloadable: the candidates as the public page shows them, no ID number
        String noticePath = "/api/proposal-lists/" + listId + "/publicity";
        String notice = pdfText(file(getFile(noticePath + ".pdf", hr), PDF));
        assertTrue(notice, notice.contains("南京某装备集团有限公司特级技师建议人选名单公示"));
        assertTrue(notice, notice.contains("王师傅") && notice.contains("2026年2月9日"));
        String noticeSheet = xlsxText(file(getFile(noticePath + ".xlsx", nanjing), XLSX));
        String publicNotice = pdfText(file(getFile("/api/public/publicities/" + listId + "/list.pdf", null), PDF));
        String publicSheet = xlsxText(file(getFile("/api/public/publicities/" + listId + "/list.xlsx", null), XLSX));
        for (String printed : List.of(notice, noticeSheet, publicNotice, publicSheet)) {
            assertTrue(printed, printed.contains("王师傅"));
            assertFalse("not proposed", printed.contains("李师傅"));
            assertFalse("no ID number, not even masked", printed.contains("1101"));
        }
        assertStatus(404, noticePath + ".pdf", suzhou);
        assertStatus(404, noticePath + ".xlsx", suzhouHr);
        assertStatus(403, noticePath + ".pdf", wang);
        assertStatus(401, noticePath + ".pdf", null);
        assertStatus(404, "/api/public/publicities/" + (listId + 1000) + "/list.pdf", null);

        HttpResponse<String> publicities = get("/api/public/publicities");
        assertEquals(publicities.body(), 200, publicities.statusCode());
        assertTrue(publicities.body(), publicities.body().contains("王师傅"));
        assertFalse("no ID number in public", publicities.body().contains(WANG_ID));
        assertFalse("no ID number in public", publicities.body().contains("1101"));
        long entryId = list.get("entries").get(0).get("id").asLong();

        // 异议: anyone, inside the window; it must be resolved before any certificate
        clock.moveTo("2026-02-11");
        HttpResponse<String> objection = postJson(
                "/api/public/objections",
                body("publicityId", listId, "entryId", entryId, "content", "该同志业绩材料存疑", "contact", "13800000000"));
        assertEquals(objection.body(), 201, objection.statusCode());
        assertTrue(
                objection.body(), json(objection).get("receiptNumber").asText().length() > 8);
        assertRefused(
                "publicity-not-ended", post("/api/proposal-lists/" + listId + "/certificates", issue(hr, listId), hr));

        clock.moveTo("2026-02-24");
        assertRefused(
                "outside-publicity-window",
                postJson("/api/public/objections", body("publicityId", listId, "entryId", entryId, "content", "逾期异议")));
        assertRefused(
                "objections-open", post("/api/proposal-lists/" + listId + "/certificates", issue(hr, listId), hr));
        JsonNode open = getJson("/api/objections?listId=" + listId + "&status=OPEN", province)
                .get("items")
                .get(0);
        ok(post(
                "/api/objections/" + open.get("id").asLong() + "/resolve",
                body("version", version(open), "upheld", false, "note", "经核查，业绩材料真实"),
                province));

        // 证书核发: the 22-character code with T at position 16, verifiable by anyone
        HttpResponse<String> issued = post("/api/proposal-lists/" + listId + "/certificates", issue(hr, listId), hr);
        assertEquals(issued.body(), 201, issued.statusCode());
        String code = json(issued).get(0).get("code").asText();
        assertEquals(22, code.length());
        assertEquals('T', code.charAt(15));
        assertTrue(code, code.startsWith("Y000032320100" + "26T"));
        // The codes given at the first issuance are the enterprise's from now on, audited.
        JsonNode enterprise = getJson("/api/enterprises/" + NANJING_EQUIPMENT, hr);
        assertEquals("0000", enterprise.get("certificateOrganisationCode").asText());
        assertEquals("320100", enterprise.get("certificateSiteCode").asText());
        assertEquals(
                "set-certificate-codes",
                getJson("/api/audit?objectType=Enterprise&objectId=" + NANJING_EQUIPMENT, province)
                        .get("items")
                        .get(0)
                        .get("action")
                        .asText());
        JsonNode verified = getJson(verifyPath(code, "王师傅"), 200);
        assertEquals("VALID", verified.get("status").asText());

        // 证书 printed: the masked ID number, and a QR code that opens the verification of exactly it
        String certificatePath =
                "/api/certificates/" + json(issued).get(0).get("id").asLong() + "/certificate.pdf";
        byte[] certificatePdf = file(getFile(certificatePath, hr), PDF);
        String certificate = pdfText(certificatePdf);
        for (String expected : List.of(
                "职业技能等级证书",
                "王师傅",
                WANG_ID.substring(0, 4) + "*".repeat(12) + WANG_ID.substring(16),
                "车工",
                "特级技师",
                code,
                "南京某装备集团有限公司",
                "2026年2月24日")) {
            assertTrue(expected + " in " + certificate, certificate.contains(expected));
        }
        assertFalse(certificate.contains(WANG_ID));
        assertEquals(
                "http://localhost:8181/verify?code=" + code + "&name="
                        + URLEncoder.encode("王师傅", StandardCharsets.UTF_8),
                qrCodeOn(certificatePdf));
        assertTrue(pdfText(file(getFile(certificatePath, nanjing), PDF)).contains(code));
        assertTrue(pdfText(file(getFile(certificatePath, province), PDF)).contains(code));
        assertStatus(404, certificatePath, suzhouHr);
        assertStatus(404, certificatePath, suzhou);
        assertStatus(403, certificatePath, wang);
        assertStatus(401, certificatePath, null);
        assertEquals(404, get(verifyPath(code, "李师傅")).statusCode());
        assertEquals(
                "CERTIFIED",
                getJson("/api/applications/" + wangApplication, wang)
                        .get("status")
                        .asText());

        // 审计: the province reads the whole story of the application, the ID number masked
        String trailPath = "/api/audit?objectType=Application&objectId=" + wangApplication;
        JsonNode trail = getJson(trailPath, province);
        List<String> actions = new java.util.ArrayList<>();
        trail.get("items").forEach(event -> actions.add(event.get("action").asText()));
        assertTrue(actions.toString(), actions.containsAll(List.of("create", "submit", "endorse")));
        assertFalse(trail.toString(), trail.toString().contains(WANG_ID));
        assertEquals(403, get(trailPath, hr).statusCode());

        // 统计: the province sees the round per city
        JsonNode nanjingRow = getJson("/api/statistics?by=city&roundId=" + roundId, province)
                .get("rows")
                .get(0);
        assertEquals("3201", nanjingRow.get("key").asText());
        assertEquals(2, nanjingRow.get("applicants").asInt());
        assertEquals(2, nanjingRow.get("eligible").asInt());
        assertEquals(1, nanjingRow.get("passed").asInt());
        assertEquals(1, nanjingRow.get("certified").asInt());
        assertEquals(1, nanjingRow.get("objections").asInt());
        String statisticsPath = "/api/statistics/export.xlsx?roundId=" + roundId;
        String statistics = xlsxText(file(getFile(statisticsPath, province), XLSX));
        assertTrue(statistics, statistics.contains("江苏省特级技师评聘统计（按设区市）") && statistics.contains("南京"));
        assertTrue(xlsxText(file(getFile(statisticsPath + "&by=city", nanjing), XLSX))
                .contains("南京"));
        assertStatus(403, statisticsPath, hr);
        assertStatus(401, statisticsPath, null);

        // 聘任: the enterprise appoints the holder to a post for a term, from its own treatment list
        long certificateId = json(issued).get(0).get("id").asLong();
        clock.moveTo("2026-03-01");
        String appointing = appointmentBody(certificateId, "2026-03-01");
        assertRefused("unknown-treatment", post("/api/appointments", appointing, hr));
        JsonNode settings = ok(get("/api/appointments/settings", hr));
        ok(putJson(
                "/api/appointments/settings",
                body(
                        "version",
                        version(settings),
                        "defaultTermYears",
                        3,
                        "treatmentCategories",
                        List.of("特级技师津贴一档", "特级技师津贴二档"),
                        "publishAppointments",
                        true),
                hr));
        // Bad input is refused, machine-readable and in both languages, and changes nothing.
        HttpResponse<String> early = post("/api/appointments", appointmentBody(certificateId, "2026-02-01"), hr);
        assertRefused("before-certificate", early);
        assertTrue(
                early.body(),
                early.body().contains("不能早于证书颁发日期") && early.body().contains("before the certificate"));
        assertEquals(
                404,
                post("/api/appointments", appointmentBody(certificateId + 1000, "2026-03-01"), hr)
                        .statusCode());
        assertEquals(404, post("/api/appointments", appointing, suzhouHr).statusCode());
        assertEquals(403, post("/api/appointments", appointing, nanjing).statusCode());
        assertEquals(0, getJson("/api/appointments", hr).get("total").asInt());
        JsonNode appointment = created(post("/api/appointments", appointing, hr));
        long appointmentId = appointment.get("id").asLong();
        assertEquals("CURRENT", appointment.get("status").asText());
        assertEquals("2027-02-28", appointment.get("termEnd").asText());
        assertFalse("the ID number only masked", appointment.toString().contains(WANG_ID));
        assertRefused("already-appointed", post("/api/appointments", appointing, hr));
        assertEquals(1, getJson("/api/appointments", hr).get("total").asInt());
        // Tenancy: the city sees its enterprise's appointments, other tenants see none of them.
        assertEquals(1, getJson("/api/appointments", nanjing).get("total").asInt());
        assertEquals(0, getJson("/api/appointments", suzhou).get("total").asInt());
        assertEquals(404, get("/api/appointments/" + appointmentId, suzhouHr).statusCode());
        assertEquals(404, get("/api/appointments/" + appointmentId, suzhou).statusCode());
        assertEquals(
                404,
                post("/api/appointments/" + appointmentId + "/end", body("version", 0, "reason", "越权"), suzhouHr)
                        .statusCode());
        assertEquals(403, get("/api/appointments", wang).statusCode());
        assertEquals(401, get("/api/appointments").statusCode());
        JsonNode published = getJson(verifyPath(code, "王师傅"), 200);
        assertTrue(published.toString(), published.get("appointed").asBoolean());
        assertEquals("南京某装备集团有限公司", published.get("appointedBy").asText());
        assertRefused(
                "review-not-due",
                post(
                        "/api/appointments/" + appointmentId + "/review",
                        body("version", version(appointment), "outcome", "PASSED", "note", "履职良好"),
                        hr));

        // 聘期考核: due within 90 days of the term's end, reviewed, renewed for the enterprise's default term
        clock.moveTo("2027-01-10");
        JsonNode due = getJson("/api/appointments/due", nanjing);
        assertEquals(due.toString(), 1, due.get("total").asInt());
        assertEquals(appointmentId, due.get("items").get(0).get("id").asLong());
        JsonNode cityRow = getJson("/api/appointments/statistics?by=city", province)
                .get("rows")
                .get(0);
        assertEquals("3201", cityRow.get("key").asText());
        assertEquals(1, cityRow.get("certified").asInt());
        assertEquals(1, cityRow.get("appointed").asInt());
        assertEquals(1, cityRow.get("dueForReview").asInt());
        assertEquals(
                0,
                getJson("/api/appointments/statistics?by=city", suzhou)
                        .get("rows")
                        .size());
        assertEquals(403, get("/api/appointments/statistics", hr).statusCode());
        appointment = ok(post(
                "/api/appointments/" + appointmentId + "/review",
                body("version", version(appointment), "outcome", "PASSED", "note", "履职良好，完成攻关任务"),
                hr));
        assertEquals("REVIEWED", appointment.get("status").asText());
        JsonNode renewal = created(post(
                "/api/appointments/" + appointmentId + "/renew",
                body("version", version(appointment), "documentNumber", "宁装人〔2027〕3号"),
                hr));
        long renewalId = renewal.get("id").asLong();
        assertEquals("2027-03-01", renewal.get("startDate").asText());
        assertEquals("2030-02-28", renewal.get("termEnd").asText());
        assertEquals(appointmentId, renewal.get("renewalOf").asLong());
        assertEquals(
                "RENEWED",
                getJson("/api/appointments/" + appointmentId, hr).get("status").asText());
        JsonNode enterpriseRow = getJson("/api/appointments/statistics?by=enterprise", nanjing)
                .get("rows")
                .get(0);
        assertEquals(1, enterpriseRow.get("renewed").asInt());
        assertEquals(1.0, enterpriseRow.get("renewalRate").asDouble(), 0.0);
        assertRefused(
                "reason-required",
                post("/api/appointments/" + renewalId + "/end", body("version", version(renewal)), hr));

        // 弄虚作假: a later finding cancels the round's result and revokes the certificate
        created(post(
                "/api/sanctions",
                body(
                        "subjectType", "PERSON",
                        "subjectKey", WANG_ID,
                        "subjectName", "王师傅",
                        "foundOn", "2026-02-24",
                        "finding", "业绩证明材料系伪造",
                        "roundId", roundId),
                province));
        assertEquals(
                "REVOKED", getJson(verifyPath(code, "王师傅"), 200).get("status").asText());
        assertTrue(pdfText(file(getFile(certificatePath, hr), PDF)).contains("已撤销"));
        assertEquals(
                "CANCELLED",
                getJson("/api/applications/" + wangApplication, wang)
                        .get("status")
                        .asText());
        // ... and ends the appointment resting on it, saying so
        JsonNode ended = getJson("/api/appointments/" + renewalId, hr);
        assertEquals("ENDED", ended.get("status").asText());
        assertTrue(ended.toString(), ended.get("endReason").asText().contains("证书因弄虚作假被撤销"));
        assertEquals(0, getJson("/api/appointments/due", nanjing).get("total").asInt());
        assertFalse(getJson(verifyPath(code, "王师傅"), 200).get("appointed").asBoolean());
    }

    private static String appointmentBody(long certificateId, String startDate) throws Exception {
        return body(
                "certificateId", certificateId,
                "post", "数控车床首席技师",
                "department", "金工车间",
                "startDate", startDate,
                "termYears", 1,
                "treatmentCategory", "特级技师津贴一档",
                "documentNumber", "宁装人〔2026〕8号");
    }

    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private void assertStatus(int expected, String path, String token) throws Exception {
        HttpResponse<byte[]> response = getFile(path, token);
        assertEquals(
                path + ": " + new String(response.body(), StandardCharsets.UTF_8), expected, response.statusCode());
    }

    /** The text of the QR code on a PDF's first page, rendered as a printer would and read with ZXing. */
    private static String qrCodeOn(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage page =
                    new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            return new com.google.zxing.qrcode.QRCodeReader()
                    .decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                            new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))))
                    .getText();
        }
    }

    private void score(
            String expert, long applicationId, int knowledge, int problemSolving, int innovation, int expression)
            throws Exception {
        String sheetPath = "/api/assessments/" + applicationId + "/sheets/oral-defense";
        JsonNode draft = ok(putJson(
                sheetPath,
                body(
                        "points",
                        Map.of(
                                "professional-knowledge", knowledge,
                                "problem-solving", problemSolving,
                                "innovation", innovation,
                                "expression", expression),
                        "comment",
                        "答辩思路清晰"),
                expert));
        ok(post(sheetPath + "/submit", body("version", version(draft)), expert));
    }

    private String issue(String hr, long listId) throws Exception {
        JsonNode list = getJson("/api/proposal-lists/" + listId, hr);
        return body("version", version(list), "organisationCode", "0000", "siteCode", "320100");
    }

    private static String verifyPath(String code, String name) {
        return "/api/public/certificates/verify?code=" + code + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private JsonNode getJson(String path, String token) throws Exception {
        return ok(get(path, token));
    }

    /** A clock the test moves from phase to phase; the platform reads it through its Clock service. */
    private static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now();

        void moveTo(String day) {
            now = LocalDate.parse(day).atTime(10, 0).atZone(JIANGSU).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return JIANGSU;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
