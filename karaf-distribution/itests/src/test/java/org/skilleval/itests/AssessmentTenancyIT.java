package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The tenancy matrix of everything after the application, over real HTTP: panels, assessments
 * (sheets, unlock, evaluate, result, recompute), supervision notes, proposal lists, objections,
 * certificates and statistics. Another city's or enterprise's objects answer 404 and lists leave
 * them out; an expert reaches only the candidates of the panels they sit on; an action a role
 * never takes answers 403; nobody signed in gets 401, except on the public endpoints, which answer
 * without a token and never show an ID number.
 *
 * <p>Each test builds its own round through the API: Nanjing's equipment group accepted with an
 * approved plan for 车工 and 钳工 (oral defence, weighted sum), two endorsed applicants, a panel of
 * the five demo experts for 车工 and one of only three of them (and two experts without an
 * account) for 钳工, the 车工 candidate scored and evaluated; Suzhou's precision works accepted
 * with its own plan and panel, so there is another tenant with data of its own.
 */
public class AssessmentTenancyIT extends SkillEvalTestSupport {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String SUZHOU_PRECISION = "91320500MA1PX00038";
    private static final String WANG_ID = "11010519491231002X";
    private static final String LI_ID = withCheckDigit("32010219491231003");
    private static final String ORAL = "oral-defense";
    private static final String LATHE = "车工";
    private static final String FITTER = "钳工";
    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");
    /** An 18-character resident ID number, anywhere in a body. */
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");

    private static final String FORM = "{\"name\":\"NAME\",\"idNumber\":\"IDNUMBER\",\"photoAttachmentId\":\"PHOTO\","
            + "\"birthMonth\":\"1949-12\",\"education\":\"大专\",\"qualification\":{\"levelText\":\"高级技师\","
            + "\"occupation\":\"OCCUPATION\",\"certificateNumber\":\"1532000000100001\",\"certifiedOn\":\"2010-06-01\"},"
            + "\"employer\":\"南京某装备集团\",\"department\":\"机加车间\",\"address\":\"南京市江宁区某路1号\","
            + "\"email\":\"worker@example.com\",\"phone\":\"13912345678\",\"fieldOfExpertise\":\"精密加工\","
            + "\"educationAndCareer\":[{\"from\":\"1990-07\",\"organisation\":\"南京某装备集团\",\"role\":\"OCCUPATION\"}],"
            + "\"achievements\":\"攻克高精度主轴加工难题\",\"declaration\":{\"accepted\":true,\"signedOn\":\"2026-11-20\"},"
            + "\"appliedOccupation\":\"OCCUPATION\",\"basis\":\"A_SENIOR_TECHNICIAN\",\"postSince\":\"2015-07-01\","
            + "\"stillInOccupation\":true,\"priorityConditions\":[{\"condition\":\"MODEL_WORKER\","
            + "\"evidenceAttachmentIds\":[\"EVIDENCE\"]}]}";

    private static final String POINTS =
            "{\"points\":{\"professional-knowledge\":25,\"problem-solving\":25,\"innovation\":15,\"expression\":15}}";

    /** The five demo experts: user name → expert id (their JAAS scope). */
    private static final Map<String, String> EXPERTS = new LinkedHashMap<>();

    static {
        EXPERTS.put("expert-zhou", "NJ-EXP-01");
        EXPERTS.put("expert-qian", "NJ-EXP-02");
        EXPERTS.put("expert-sun", "NJ-EXP-03");
        EXPERTS.put("expert-wu", "NJ-EXP-04");
        EXPERTS.put("expert-zheng", "NJ-EXP-05");
    }

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<Probe> probes = new ArrayList<>();

    /** One cell of the matrix: who sends what, and the status they must get. */
    private record Probe(String who, String method, String path, String body, int expected) {}

    /** The objects one test's round holds. */
    private record Scenario(
            long round,
            long nanjingParticipation,
            long suzhouParticipation,
            long wang,
            long li,
            long lathePanel,
            long fitterPanel,
            long suzhouPanel,
            long note,
            JsonNode list) {}

    @Test
    public void panelsAssessmentsNotesListsAndStatisticsStayInTheirTenant() throws Exception {
        signIn();
        Scenario s = build(2051);
        long r = s.round();
        String wang = "/api/assessments/" + s.wang();
        String li = "/api/assessments/" + s.li();
        String lathePanel = "/api/panels/" + s.lathePanel();
        String note = "/api/supervision-notes/" + s.note();
        String list = "/api/proposal-lists/" + s.list().get("id").asLong();
        String version = "{\"version\":1}";
        String panelBody = "{\"participationId\":" + s.nanjingParticipation() + ",\"occupation\":\"" + LATHE
                + "\",\"members\":" + members("X-01", "X-02", "X-03", "X-04", "X-05") + "}";
        String revision = "{\"version\":1,\"members\":" + members("X-01", "X-02", "X-03", "X-04", "X-05") + "}";
        String noteBody = "{\"participationId\":" + s.nanjingParticipation() + ",\"visitedOn\":\"" + today()
                + "\",\"findings\":\"现场抽查评分过程\"}";
        String listBody =
                "{\"participationId\":" + s.nanjingParticipation() + ",\"applicationIds\":[" + s.wang() + "]}";

        // Another city's or enterprise's objects do not exist for the caller, for reading or writing
        for (String other : List.of("suzhou", "suzhou-precision-hr")) {
            expect(other, "GET", lathePanel, null, 404);
            expect(other, "GET", wang, null, 404);
            expect(other, "GET", wang + "/result", null, 404);
            expect(other, "GET", note, null, 404);
            expect(other, "GET", list, null, 404);
        }
        expect("suzhou-precision-hr", "PUT", lathePanel, revision, 404);
        expect("suzhou-precision-hr", "POST", "/api/panels", panelBody, 404);
        expect("suzhou-precision-hr", "POST", wang + "/evaluate", "{}", 404);
        expect("suzhou-precision-hr", "POST", "/api/proposal-lists", listBody, 404);
        expect("suzhou-precision-hr", "PUT", list, "{\"version\":1,\"applicationIds\":[" + s.wang() + "]}", 404);
        expect(
                "suzhou-precision-hr",
                "POST",
                list + "/submit",
                "{\"version\":1,\"enterpriseStart\":\"" + today() + "\"}",
                404);
        expect(
                "suzhou-precision-hr",
                "POST",
                list + "/certificates",
                "{\"version\":1,\"organisationCode\":\"0000\",\"siteCode\":\"000001\"}",
                404);
        expect("suzhou", "POST", "/api/supervision-notes", noteBody, 404);
        expect(
                "nanjing",
                "POST",
                "/api/supervision-notes",
                noteBody.replace(
                        "\"participationId\":" + s.nanjingParticipation(),
                        "\"participationId\":" + s.suzhouParticipation()),
                404);
        expect("nanjing", "GET", "/api/panels/" + s.suzhouPanel(), null, 404);
        expect("nanjing-equipment-hr", "GET", "/api/panels/" + s.suzhouPanel(), null, 404);
        expect("wang-applicant", "POST", "/api/applications", applicationTo(s.suzhouParticipation()), 404);
        // An expert reaches only the candidates of the panels they sit on
        expect("expert-wu", "GET", li, null, 404);
        expect("expert-wu", "GET", li + "/result", null, 404);
        expect("expert-wu", "PUT", li + "/sheets/" + ORAL, POINTS, 404);
        expect("expert-wu", "GET", "/api/panels/" + s.fitterPanel(), null, 404);
        expect("expert-wu", "GET", "/api/panels/" + s.suzhouPanel(), null, 404);
        expect("expert-zhou", "GET", li, null, 200);
        expect("expert-wu", "GET", wang, null, 200);
        expect("expert-wu", "GET", wang + "/result", null, 200);
        expect("expert-wu", "GET", lathePanel, null, 200);
        // Only the panel's chair (expert-zhou) unlocks a sheet
        expect(
                "expert-qian",
                "POST",
                wang + "/sheets/" + ORAL + "/NJ-EXP-03/unlock",
                "{\"version\":1,\"reason\":\"请复核\"}",
                403);
        // Their own are there
        expect("nanjing", "GET", lathePanel, null, 200);
        expect("nanjing", "GET", wang, null, 200);
        expect("nanjing", "GET", wang + "/result", null, 200);
        expect("nanjing", "GET", note, null, 200);
        expect("nanjing", "GET", list, null, 200);
        expect("nanjing-equipment-hr", "GET", note, null, 200);
        expect("suzhou-precision-hr", "GET", "/api/panels/" + s.suzhouPanel(), null, 200);
        expect("province", "GET", wang, null, 200);
        expect("province", "POST", wang + "/recompute", "{}", 200);
        // Actions a role never takes: applicants
        for (String path : List.of(
                "/api/panels?roundId=" + r,
                lathePanel,
                "/api/assessments?roundId=" + r,
                wang,
                wang + "/result",
                "/api/statistics",
                "/api/supervision-notes?roundId=" + r,
                "/api/proposal-lists?roundId=" + r,
                "/api/objections?roundId=" + r,
                "/api/certificates?roundId=" + r)) {
            expect("wang-applicant", "GET", path, null, 403);
        }
        expect("wang-applicant", "PUT", wang + "/sheets/" + ORAL, POINTS, 403);
        expect("li-applicant", "POST", "/api/panels", panelBody, 403);
        // experts
        expect("expert-zhou", "POST", wang + "/evaluate", "{}", 403);
        expect("expert-zhou", "POST", wang + "/recompute", "{}", 403);
        expect("expert-zhou", "GET", "/api/statistics", null, 403);
        expect("expert-zhou", "GET", "/api/proposal-lists?roundId=" + r, null, 403);
        expect("expert-zhou", "GET", list, null, 403);
        expect("expert-zhou", "POST", "/api/proposal-lists", listBody, 403);
        expect("expert-zhou", "POST", "/api/panels", panelBody, 403);
        expect("expert-zhou", "GET", "/api/supervision-notes?roundId=" + r, null, 403);
        expect("expert-zhou", "GET", "/api/objections?roundId=" + r, null, 403);
        expect("expert-zhou", "GET", "/api/certificates?roundId=" + r, null, 403);
        // enterprises
        expect("nanjing-equipment-hr", "POST", wang + "/recompute", "{}", 403);
        expect("nanjing-equipment-hr", "POST", list + "/publish", "{\"version\":1,\"start\":\"" + today() + "\"}", 403);
        expect("nanjing-equipment-hr", "GET", "/api/statistics", null, 403);
        expect("nanjing-equipment-hr", "POST", "/api/supervision-notes", noteBody, 403);
        expect("nanjing-equipment-hr", "PUT", wang + "/sheets/" + ORAL, POINTS, 403);
        // cities
        expect("nanjing", "POST", "/api/panels", panelBody, 403);
        expect("nanjing", "PUT", lathePanel, revision, 403);
        expect("nanjing", "PUT", wang + "/sheets/" + ORAL, POINTS, 403);
        expect("nanjing", "POST", wang + "/sheets/" + ORAL + "/submit", version, 403);
        expect("nanjing", "POST", wang + "/evaluate", "{}", 403);
        expect("nanjing", "POST", wang + "/recompute", "{}", 403);
        expect("nanjing", "POST", "/api/proposal-lists", listBody, 403);
        expect("nanjing", "POST", list + "/publish", "{\"version\":1,\"start\":\"" + today() + "\"}", 403);
        expect("nanjing", "GET", "/api/objections?roundId=" + r, null, 403);
        // province
        expect("province", "POST", "/api/panels", panelBody, 403);
        expect("province", "PUT", wang + "/sheets/" + ORAL, POINTS, 403);
        expect("province", "POST", wang + "/evaluate", "{}", 403);
        // Nobody signed in: every endpoint but the public ones
        for (String path : List.of(
                "/api/panels?roundId=" + r,
                lathePanel,
                "/api/assessments?roundId=" + r,
                wang,
                wang + "/result",
                "/api/supervision-notes?roundId=" + r,
                note,
                "/api/proposal-lists?roundId=" + r,
                list,
                "/api/objections?roundId=" + r,
                "/api/objections/1",
                "/api/certificates?roundId=" + r,
                "/api/statistics")) {
            expect("anonymous", "GET", path, null, 401);
        }
        expect("anonymous", "POST", "/api/panels", panelBody, 401);
        expect("anonymous", "PUT", lathePanel, revision, 401);
        expect("anonymous", "PUT", wang + "/sheets/" + ORAL, POINTS, 401);
        expect("anonymous", "POST", wang + "/sheets/" + ORAL + "/submit", version, 401);
        expect("anonymous", "POST", wang + "/sheets/" + ORAL + "/NJ-EXP-03/unlock", version, 401);
        expect("anonymous", "POST", wang + "/evaluate", "{}", 401);
        expect("anonymous", "POST", wang + "/recompute", "{}", 401);
        expect("anonymous", "POST", "/api/supervision-notes", noteBody, 401);
        expect("anonymous", "POST", "/api/proposal-lists", listBody, 401);
        expect("anonymous", "PUT", list, "{\"version\":1,\"applicationIds\":[" + s.wang() + "]}", 401);
        expect("anonymous", "POST", list + "/submit", version, 401);
        expect("anonymous", "POST", list + "/publish", version, 401);
        expect("anonymous", "POST", list + "/certificates", version, 401);
        expect("anonymous", "POST", "/api/objections/1/resolve", version, 401);
        // The public endpoints answer without a token
        expect("anonymous", "GET", "/api/public/publicities", null, 200);
        expect(
                "anonymous",
                "GET",
                "/api/public/certificates/verify?code=Y00003200000126T000001&name="
                        + java.net.URLEncoder.encode("王师傅", java.nio.charset.StandardCharsets.UTF_8),
                null,
                404);
        List<String> wrong = run();

        // Lists: the other tenant sees only its own, an expert only their panels' candidates
        for (String other : List.of("suzhou", "suzhou-precision-hr")) {
            JsonNode panels = ok(get("/api/panels?roundId=" + r, tokens.get(other)));
            assertEquals(other + " panels: " + panels, 1, panels.get("total").asInt());
            assertEquals(
                    SUZHOU_PRECISION,
                    panels.get("items").get(0).get("creditCode").asText());
            for (String path : List.of("/api/assessments", "/api/supervision-notes", "/api/proposal-lists")) {
                assertTotal(other, path + "?roundId=" + r, 0);
            }
            assertTotal(other, "/api/certificates?roundId=" + r, 0);
        }
        assertTotal("suzhou", "/api/panels?roundId=" + r + "&participationId=" + s.nanjingParticipation(), 0);
        assertTotal("suzhou-precision-hr", "/api/objections?roundId=" + r, 0);
        assertTotal("nanjing", "/api/panels?roundId=" + r, 2);
        assertTotal("nanjing", "/api/assessments?roundId=" + r, 2);
        assertTotal("nanjing", "/api/supervision-notes?roundId=" + r, 1);
        assertTotal("province", "/api/panels?roundId=" + r, 3);
        JsonNode wuCandidates = ok(get("/api/assessments?roundId=" + r, tokens.get("expert-wu")));
        assertEquals(wuCandidates.toString(), 1, wuCandidates.get("total").asInt());
        assertEquals(
                s.wang(), wuCandidates.get("items").get(0).get("applicationId").asLong());
        assertFalse(wuCandidates.toString(), wuCandidates.toString().contains(WANG_ID));
        assertTotal("expert-zhou", "/api/assessments?roundId=" + r, 2);
        JsonNode wuPanels = ok(get("/api/panels?roundId=" + r, tokens.get("expert-wu")));
        assertEquals(wuPanels.toString(), 1, wuPanels.get("total").asInt());
        assertEquals(s.lathePanel(), wuPanels.get("items").get(0).get("id").asLong());

        // Statistics: a city counts its own city only
        JsonNode all = ok(get("/api/statistics?by=city&roundId=" + r, tokens.get("province")));
        assertEquals(all.toString(), List.of("3201"), keys(all));
        assertEquals(2, all.get("rows").get(0).get("applicants").asInt());
        assertEquals(1, all.get("rows").get(0).get("passed").asInt());
        assertEquals(List.of("3201"), keys(ok(get("/api/statistics?by=city&roundId=" + r, tokens.get("nanjing")))));
        JsonNode everyRound = ok(get("/api/statistics?by=city", tokens.get("nanjing")));
        assertFalse(everyRound.toString(), keys(everyRound).isEmpty());
        assertTrue(everyRound.toString(), keys(everyRound).stream().allMatch("3201"::equals));
        JsonNode enterprises = ok(get("/api/statistics?by=enterprise&roundId=" + r, tokens.get("nanjing")));
        assertEquals(enterprises.toString(), List.of(NANJING_EQUIPMENT), keys(enterprises));
        for (String query : List.of("?by=city&city=3205", "?by=enterprise&city=3205&roundId=" + r)) {
            JsonNode none = ok(get("/api/statistics" + query, tokens.get("nanjing")));
            assertEquals("nanjing " + query + ": " + none, List.of(), keys(none));
        }
        for (String query : List.of("?by=city&roundId=" + r, "?by=enterprise&roundId=" + r, "?city=3201")) {
            JsonNode none = ok(get("/api/statistics" + query, tokens.get("suzhou")));
            assertEquals("suzhou " + query + ": " + none, List.of(), keys(none));
        }

        assertEquals("tenancy matrix mismatches", List.of(), wrong);
    }

    @Test
    public void publicitiesAndObjectionsStayInTheirTenantAndThePublicSeesNoIdNumber() throws Exception {
        LocalDate today = today();
        HttpResponse<String> window = get("/api/calendar/period?start=" + today + "&workingDays=5");
        assumeTrue(
                "the working-day calendar cannot place a 5-day publicity from today (" + today + "): " + window.body(),
                window.statusCode() == 200);
        signIn();
        Scenario s = build(2052);
        long r = s.round();
        JsonNode list = s.list();
        String path = "/api/proposal-lists/" + list.get("id").asLong();
        list = ok(post(
                path + "/submit",
                "{\"version\":" + list.get("version").asLong() + ",\"enterpriseStart\":\"" + today + "\"}",
                tokens.get("nanjing-equipment-hr")));
        assertEquals(list.toString(), "SUBMITTED", list.get("status").asText());
        expect("suzhou-precision-hr", "POST", path + "/publish", "{\"version\":1,\"start\":\"" + today + "\"}", 403);
        expect("suzhou", "POST", path + "/publish", "{\"version\":1,\"start\":\"" + today + "\"}", 403);
        list = ok(post(
                path + "/publish",
                "{\"version\":" + list.get("version").asLong() + ",\"start\":\"" + today + "\"}",
                tokens.get("province")));
        assertEquals(list.toString(), "PUBLISHED", list.get("status").asText());
        long entry = list.get("entries").get(0).get("id").asLong();

        // The public sees the publicity without a token, and no ID number in it
        HttpResponse<String> publicities = get("/api/public/publicities");
        assertEquals(publicities.body(), 200, publicities.statusCode());
        assertTrue(
                publicities.body(),
                publicities.body().contains("\"id\":" + list.get("id").asLong()));
        HttpResponse<String> publicity =
                get("/api/public/publicities/" + list.get("id").asLong());
        assertEquals(publicity.body(), 200, publicity.statusCode());
        assertTrue(publicity.body(), publicity.body().contains("王师傅"));
        for (HttpResponse<String> shown : List.of(publicities, publicity)) {
            assertFalse(shown.body(), ID_NUMBER.matcher(shown.body()).find());
            assertFalse(shown.body(), shown.body().contains("idNumber"));
            assertFalse(shown.body(), shown.body().contains("1101************2X"));
            assertFalse(shown.body(), shown.body().contains("13912345678"));
        }
        HttpResponse<String> objected = postJson(
                "/api/public/objections",
                "{\"publicityId\":" + list.get("id").asLong() + ",\"entryId\":" + entry
                        + ",\"content\":\"该人选业绩材料存疑\",\"name\":\"张三\",\"contact\":\"13800000000\"}");
        assertEquals(objected.body(), 201, objected.statusCode());
        assertTrue(objected.body(), json(objected).hasNonNull("receiptNumber"));

        JsonNode objections = ok(get("/api/objections?roundId=" + r, tokens.get("province")));
        assertEquals(objections.toString(), 1, objections.get("total").asInt());
        JsonNode objection = objections.get("items").get(0);
        String one = "/api/objections/" + objection.get("id").asLong();
        String dismiss = "{\"version\":" + objection.get("version").asLong() + ",\"upheld\":false,\"note\":\"经核实不属实\"}";

        expect("suzhou-precision-hr", "GET", one, null, 404);
        expect("suzhou-precision-hr", "POST", one + "/resolve", dismiss, 404);
        expect("suzhou-precision-hr", "GET", path, null, 404);
        expect("suzhou", "GET", path, null, 404);
        expect("nanjing", "GET", one, null, 403);
        expect("nanjing", "POST", one + "/resolve", dismiss, 403);
        expect("expert-zhou", "GET", one, null, 403);
        expect("expert-zhou", "POST", one + "/resolve", dismiss, 403);
        expect("wang-applicant", "GET", one, null, 403);
        expect("anonymous", "GET", one, null, 401);
        expect("anonymous", "POST", one + "/resolve", dismiss, 401);
        expect("anonymous", "GET", "/api/objections?roundId=" + r, null, 401);
        expect("nanjing-equipment-hr", "GET", one, null, 200);
        expect("nanjing", "GET", path, null, 200);
        List<String> wrong = run();

        assertTotal("suzhou-precision-hr", "/api/objections?roundId=" + r, 0);
        assertTotal(
                "suzhou-precision-hr",
                "/api/objections?listId=" + list.get("id").asLong(),
                0);
        assertTotal("suzhou-precision-hr", "/api/proposal-lists?roundId=" + r, 0);
        assertTotal("suzhou", "/api/proposal-lists?roundId=" + r, 0);
        assertTotal("nanjing-equipment-hr", "/api/objections?roundId=" + r, 1);
        JsonNode statistics = ok(get("/api/statistics?by=city&roundId=" + r, tokens.get("nanjing")));
        assertEquals(statistics.toString(), List.of("3201"), keys(statistics));
        assertEquals(List.of(), keys(ok(get("/api/statistics?by=city&roundId=" + r, tokens.get("suzhou")))));
        // The enterprise resolves objections against its own list
        JsonNode resolved = ok(post(one + "/resolve", dismiss, tokens.get("nanjing-equipment-hr")));
        assertEquals(resolved.toString(), "DISMISSED", resolved.get("status").asText());

        assertEquals("tenancy matrix mismatches", List.of(), wrong);
        // The objection raised against Nanjing's candidate counts in Nanjing's row (docs/api.md, Statistics)
        assertEquals(
                "objections in nanjing's statistics: " + statistics,
                1,
                statistics.get("rows").get(0).get("objections").asInt());
    }

    /** Signs in once per account this class uses. */
    private void signIn() throws Exception {
        tokens.put("province", login("province", "province-demo"));
        tokens.put("nanjing", login("nanjing", "nanjing-demo"));
        tokens.put("suzhou", login("suzhou", "suzhou-demo"));
        tokens.put("nanjing-equipment-hr", login("nanjing-equipment-hr", "enterprise-demo"));
        tokens.put("suzhou-precision-hr", login("suzhou-precision-hr", "enterprise-demo"));
        tokens.put("wang-applicant", login("wang-applicant", "applicant-demo"));
        tokens.put("li-applicant", login("li-applicant", "applicant-demo"));
        for (String expert : EXPERTS.keySet()) {
            tokens.put(expert, login(expert, "expert-demo"));
        }
    }

    /**
     * A fresh round: both enterprises accepted with approved plans and panels, two endorsed
     * Nanjing applicants, wang's 车工 assessment scored by all five experts and evaluated, a
     * supervision note and a draft proposal list with wang.
     */
    private Scenario build(int year) throws Exception {
        String province = tokens.get("province");
        String nanjingHr = tokens.get("nanjing-equipment-hr");
        String suzhouHr = tokens.get("suzhou-precision-hr");
        long round = json(assertCreated(post("/api/rounds", "{\"year\":" + year + ",\"batch\":1}", province)))
                .get("id")
                .asLong();
        long nanjing = acceptedParticipation(
                round, NANJING_EQUIPMENT, "南京某装备集团", tokens.get("nanjing"), tokens.get("province"));
        long suzhou =
                acceptedParticipation(round, SUZHOU_PRECISION, "苏州某精密制造", tokens.get("suzhou"), tokens.get("province"));
        approvedPlan(nanjing, "\"" + LATHE + "\",\"" + FITTER + "\"", nanjingHr);
        approvedPlan(suzhou, "\"" + LATHE + "\"", suzhouHr);

        long wang = endorsedApplication(nanjing, "王师傅", WANG_ID, LATHE, "wang-applicant");
        long li = endorsedApplication(nanjing, "李师傅", LI_ID, FITTER, "li-applicant");
        // Panels take their members from the expert pool: the cities keep the experts the demo lacks.
        inPool(tokens.get("nanjing"), LATHE, "NJ-EXP-91", "NJ-EXP-92");
        inPool(tokens.get("suzhou"), LATHE, "SZ-EXP-01", "SZ-EXP-02", "SZ-EXP-03", "SZ-EXP-04", "SZ-EXP-05");
        long lathePanel = panel(nanjing, LATHE, members(EXPERTS.values().toArray(String[]::new)), nanjingHr);
        long fitterPanel = panel(
                nanjing, FITTER, members("NJ-EXP-01", "NJ-EXP-02", "NJ-EXP-03", "NJ-EXP-91", "NJ-EXP-92"), nanjingHr);
        long suzhouPanel = panel(
                suzhou, LATHE, members("SZ-EXP-01", "SZ-EXP-02", "SZ-EXP-03", "SZ-EXP-04", "SZ-EXP-05"), suzhouHr);
        long note = json(assertCreated(post(
                        "/api/supervision-notes",
                        "{\"participationId\":" + nanjing + ",\"visitedOn\":\"" + today()
                                + "\",\"findings\":\"评审现场秩序良好\",\"panelId\":" + lathePanel + "}",
                        tokens.get("nanjing"))))
                .get("id")
                .asLong();

        for (String expert : EXPERTS.keySet()) {
            String sheet = "/api/assessments/" + wang + "/sheets/" + ORAL;
            JsonNode draft = ok(putJson(sheet, POINTS, tokens.get(expert)));
            ok(post(sheet + "/submit", "{\"version\":" + draft.get("version").asLong() + "}", tokens.get(expert)));
        }
        JsonNode result = ok(post("/api/assessments/" + wang + "/evaluate", "{}", nanjingHr));
        assertTrue(result.toString(), result.get("passed").asBoolean());
        JsonNode list = json(assertCreated(post(
                "/api/proposal-lists",
                "{\"participationId\":" + nanjing + ",\"applicationIds\":[" + wang + "]}",
                nanjingHr)));
        return new Scenario(round, nanjing, suzhou, wang, li, lathePanel, fitterPanel, suzhouPanel, note, list);
    }

    private void approvedPlan(long participation, String occupations, String hr) throws Exception {
        JsonNode plan = json(assertCreated(post(
                "/api/work-plans",
                "{\"participationId\":" + participation + ",\"occupations\":[" + occupations
                        + "],\"criteria\":\"业绩突出\",\"methods\":[{\"pluginId\":\"" + ORAL
                        + "\",\"configuration\":{\"minExperts\":\"5\"}}],\"scheme\":{\"pluginId\":\"weighted-sum\","
                        + "\"configuration\":{\"weight.oral-defense\":\"100\",\"passLine\":\"60\"}},"
                        + "\"organisation\":\"评审委员会\",\"schedule\":\"1月至2月\"}",
                hr)));
        long id = plan.get("id").asLong();
        plan = ok(post("/api/work-plans/" + id + "/publish", versionBody(plan), hr));
        plan = ok(post("/api/work-plans/" + id + "/submit", versionBody(plan), hr));
        ok(post(
                "/api/work-plans/" + id + "/review",
                "{\"approve\":true,\"version\":" + plan.get("version").asLong() + "}",
                tokens.get("province")));
    }

    private long endorsedApplication(long participation, String name, String idNumber, String occupation, String who)
            throws Exception {
        String applicant = tokens.get(who);
        String form = FORM.replace("NAME", name)
                .replace("IDNUMBER", idNumber)
                .replace("OCCUPATION", occupation)
                .replace("PHOTO", upload("photo.png", "image/png", png(), applicant))
                .replace("EVIDENCE", upload("劳模证书.pdf", "application/pdf", pdf(), applicant));
        JsonNode application = json(assertCreated(post(
                "/api/applications", "{\"participationId\":" + participation + ",\"form\":" + form + "}", applicant)));
        long id = application.get("id").asLong();
        application = ok(post("/api/applications/" + id + "/submit", versionBody(application), applicant));
        JsonNode endorsed = ok(post(
                "/api/applications/" + id + "/review",
                "{\"endorse\":true,\"opinion\":\"同意参加评审\",\"version\":"
                        + application.get("version").asLong() + "}",
                tokens.get("nanjing-equipment-hr")));
        assertEquals(endorsed.toString(), "ENDORSED", endorsed.get("status").asText());
        return id;
    }

    /** An application form for wang, to be sent to the given participation. */
    private String applicationTo(long participation) {
        String form = FORM.replace("NAME", "王师傅")
                .replace("IDNUMBER", WANG_ID)
                .replace("OCCUPATION", LATHE)
                .replace("PHOTO", "1")
                .replace("EVIDENCE", "1");
        return "{\"participationId\":" + participation + ",\"form\":" + form + "}";
    }

    private long panel(long participation, String occupation, String members, String hr) throws Exception {
        return json(assertCreated(post(
                        "/api/panels",
                        "{\"participationId\":" + participation + ",\"occupation\":\"" + occupation + "\",\"members\":"
                                + members + "}",
                        hr)))
                .get("id")
                .asLong();
    }

    /** Panel members with the given expert ids, the first one chairing. */
    private static String members(String... expertIds) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < expertIds.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"expertId\":\"")
                    .append(expertIds[i])
                    .append("\",\"name\":\"评委")
                    .append(i + 1)
                    .append("\",\"organisation\":\"江苏某高校\",\"title\":\"正高级工程师\",\"chair\":")
                    .append(i == 0)
                    .append('}');
        }
        return json.append(']').toString();
    }

    private void expect(String who, String method, String path, String body, int status) {
        probes.add(new Probe(who, method, path, body, status));
    }

    /** Sends every probe collected so far and returns the mismatches, each with its response. */
    private List<String> run() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            String token = "anonymous".equals(probe.who()) ? null : tokens.get(probe.who());
            HttpResponse<String> response =
                    switch (probe.method()) {
                        case "GET" -> token == null ? get(probe.path()) : get(probe.path(), token);
                        case "PUT" -> putJson(probe.path(), probe.body(), token);
                        default -> token == null
                                ? postJson(probe.path(), probe.body())
                                : post(probe.path(), probe.body(), token);
                    };
            if (response.statusCode() != probe.expected()) {
                String body = response.body();
                wrong.add(probe.who() + " " + probe.method() + " " + probe.path() + " → " + response.statusCode()
                        + " (expected " + probe.expected() + "): "
                        + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
            }
        }
        probes.clear();
        return wrong;
    }

    private void assertTotal(String who, String path, int total) throws Exception {
        JsonNode page = ok(get(path, tokens.get(who)));
        assertEquals(
                who + " GET " + path + ": " + page, total, page.get("total").asInt());
    }

    private static List<String> keys(JsonNode statistics) {
        List<String> keys = new ArrayList<>();
        for (JsonNode row : statistics.get("rows")) {
            keys.add(row.get("key").asText());
        }
        return keys;
    }

    private static HttpResponse<String> assertCreated(HttpResponse<String> response) {
        assertEquals(
                response.request().method() + " " + response.uri() + ": " + response.body(),
                201,
                response.statusCode());
        return response;
    }

    /** Today in Jiangsu, as the platform counts days. */
    private static LocalDate today() {
        return LocalDate.now(JIANGSU);
    }
}
