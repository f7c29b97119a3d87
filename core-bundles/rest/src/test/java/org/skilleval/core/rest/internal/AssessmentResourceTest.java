package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.domain.SupervisionNoteRecord;
import org.skilleval.core.lifecycle.AssessmentService;
import org.skilleval.core.lifecycle.AssessmentView;
import org.skilleval.core.lifecycle.CandidateSummary;
import org.skilleval.core.lifecycle.PanelConflict;
import org.skilleval.core.lifecycle.PanelService;
import org.skilleval.core.lifecycle.RecomputeOutcome;
import org.skilleval.core.lifecycle.SupervisionService;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/** Panels, assessments and supervision notes on the real JAX-RS application in memory. */
class AssessmentResourceTest {

    private static final String CODE = "91320100MA1NJ0001M";
    private static final String ID_NUMBER = "32010219900307123" + ResidentIdNumber.checkCharacter("32010219900307123");
    private static final Caller EXPERT = Caller.fromJaasRoles("e1", List.of("expert", "expert:e1"));

    private final TokenService tokens = mock(TokenService.class);
    private final PanelService panels = mock(PanelService.class);
    private final AssessmentService assessments = mock(AssessmentService.class);
    private final SupervisionService supervision = mock(SupervisionService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("province"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("province", List.of("province"))));
        when(tokens.claims("city"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"))));
        when(tokens.claims("hr"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE))));
        when(tokens.claims("expert")).thenReturn(TestTokens.claims(EXPERT));
        when(tokens.claims("applicant"))
                .thenReturn(TestTokens.claims(
                        Caller.fromJaasRoles("wang", List.of("applicant", "applicant:" + CODE + "-1"))));
    }

    @Test
    void onlyExpertsScoreOnlyTheEnterpriseEvaluatesOnlyTheProvinceRecomputes() throws Exception {
        String sheet = "{\"points\":{\"innovation\":18}}";
        assertEquals(
                403,
                send("PUT", "/api/assessments/31/sheets/oral-defense", sheet, "hr")
                        .getStatus());
        assertEquals(
                403,
                send("POST", "/api/assessments/31/sheets/oral-defense/submit", "{\"version\":1}", "city")
                        .getStatus());
        assertEquals(
                403,
                send("POST", "/api/assessments/31/evaluate", null, "expert").getStatus());
        assertEquals(
                403, send("POST", "/api/assessments/31/recompute", null, "hr").getStatus());
        assertEquals(
                403,
                send("GET", "/api/assessments?roundId=7", null, "applicant").getStatus());
        assertEquals(403, send("POST", "/api/panels", "{}", "expert").getStatus());
        assertEquals(403, send("POST", "/api/supervision-notes", "{}", "hr").getStatus());
        assertEquals(
                403,
                send("GET", "/api/supervision-notes?roundId=7", null, "expert").getStatus());
        assertEquals(401, send("GET", "/api/assessments?roundId=7", null, null).getStatus());
        verifyNoInteractions(panels, assessments, supervision);
    }

    @Test
    void anExpertsDraftReachesTheServiceWithItsPointsAndVersion() throws Exception {
        when(assessments.saveDraft(any(), eq(31L), eq("oral-defense"), eq(2L), any(), eq("稳")))
                .thenReturn(new ScoreSheetRecord(
                        5,
                        3,
                        31,
                        21,
                        "oral-defense",
                        "e1",
                        Map.of("innovation", new BigDecimal("18.5")),
                        "稳",
                        ScoreSheetRecord.Status.DRAFT,
                        null,
                        ""));

        ContainerResponse response = send(
                "PUT",
                "/api/assessments/31/sheets/oral-defense",
                "{\"version\":2,\"points\":{\"innovation\":18.5},\"comment\":\"稳\"}",
                "expert");

        assertEquals(200, response.getStatus());
        AssessmentResource.Sheet body = (AssessmentResource.Sheet) response.getEntity();
        assertEquals(3, body.version());
        assertEquals("DRAFT", body.status());
        verify(assessments)
                .saveDraft(EXPERT, 31, "oral-defense", 2L, Map.of("innovation", new BigDecimal("18.5")), "稳");
    }

    @Test
    void anUnlockNeedsItsVersionAndReasonBeforeTheServiceIsAsked() throws Exception {
        ContainerResponse response = send("POST", "/api/assessments/31/sheets/oral-defense/e3/unlock", "{}", "expert");

        assertEquals(400, response.getStatus());
        assertEquals(
                List.of("version", "reason"),
                ((ProblemDetails) response.getEntity())
                        .errors().stream().map(FieldError::field).toList());
        verifyNoInteractions(assessments);
    }

    @Test
    void aPluginsViolationsAre422AndItsFailureIsA502SayingThePluginFailed() throws Exception {
        when(assessments.submit(any(), anyLong(), any(), anyLong()))
                .thenThrow(new InvalidInputException(
                        "points.innovation", "range", LocalizedText.of("超出 0–20 分", "outside 0–20")));
        when(assessments.evaluate(any(), anyLong()))
                .thenThrow(new PluginFault.Failed(
                        "methods.oral-defense",
                        "插件 oral-defense（org.skilleval.plugin.oraldefense 1.0.0）运行失败",
                        "Plugin oral-defense (org.skilleval.plugin.oraldefense 1.0.0) failed"));

        ContainerResponse invalid =
                send("POST", "/api/assessments/31/sheets/oral-defense/submit", "{\"version\":1}", "expert");
        ContainerResponse failed = send("POST", "/api/assessments/31/evaluate", null, "hr");

        assertEquals(422, invalid.getStatus());
        assertEquals(
                "range", ((ProblemDetails) invalid.getEntity()).errors().get(0).rule());
        assertEquals(502, failed.getStatus());
        ProblemDetails problem = (ProblemDetails) failed.getEntity();
        assertEquals("urn:skilleval:problem:plugin-failed", problem.type());
        assertEquals("Plugin failed", problem.title());
        assertEquals("插件运行失败", problem.titleZh());
        FieldError error = problem.errors().get(0);
        assertEquals("plugin-failed", error.rule());
        assertTrue(error.message().en().contains("1.0.0"));
    }

    @Test
    void theCandidateListMasksIdNumbersAndShowsSheetProgress() throws Exception {
        when(assessments.candidateSummaries(any(), eq(7L), eq(0), eq(Paging.DEFAULT_LIMIT)))
                .thenReturn(new Page<>(
                        List.of(new CandidateSummary(ApplicationSummary.of(application()), 21, 5, 3)),
                        1,
                        0,
                        Paging.DEFAULT_LIMIT));

        ContainerResponse response = send("GET", "/api/assessments?roundId=7", null, "expert");

        assertEquals(200, response.getStatus());
        String json = json(response.getEntity());
        assertFalse(json.contains(ID_NUMBER), json);
        assertTrue(json.contains("\"idNumber\":\"" + ResidentIdNumber.mask(ID_NUMBER) + "\""), json);
        assertTrue(json.contains("\"sheetsExpected\":5") && json.contains("\"sheetsSubmitted\":3"), json);
        assertEquals(400, send("GET", "/api/assessments", null, "expert").getStatus());
    }

    @Test
    void aResultCarriesTheProvenanceOfEveryPluginAndARecomputeSaysWhetherItIsIdentical() throws Exception {
        AssessmentResultRecord result = result();
        when(assessments.evaluate(any(), eq(31L))).thenReturn(result);
        when(assessments.recompute(any(), eq(31L))).thenReturn(new RecomputeOutcome(true, result, result, List.of()));

        String evaluated =
                json(send("POST", "/api/assessments/31/evaluate", null, "hr").getEntity());
        ContainerResponse recomputed = send("POST", "/api/assessments/31/recompute", null, "province");

        assertTrue(evaluated.contains("\"bundleSymbolicName\":\"org.skilleval.plugin.oraldefense\""), evaluated);
        assertTrue(evaluated.contains("\"configurationSha256\":\"" + "ab".repeat(32) + "\""), evaluated);
        assertTrue(evaluated.contains("\"passed\":true"), evaluated);
        assertTrue(evaluated.contains("\"expertTotals\":{\"e1\":90.50,\"e2\":85.50}"), evaluated);
        assertEquals(200, recomputed.getStatus());
        assertTrue(((AssessmentResource.Recompute) recomputed.getEntity()).identical());
    }

    @Test
    void aComposedPanelIs201WithItsLocationAndMissingFieldsAreNamed() throws Exception {
        List<PanelMember> members = List.of(new PanelMember("e1", "李工", "南京工业大学", "教授", true));
        when(panels.compose(any(), eq(3L), eq("车工"), eq(members)))
                .thenReturn(new PanelRecord(21, 0, 7, 3, CODE, "3201", "车工", members, false));

        ContainerResponse created = send(
                "POST",
                "/api/panels",
                "{\"participationId\":3,\"occupation\":\"车工\",\"members\":[{\"expertId\":\"e1\",\"name\":\"李工\","
                        + "\"organisation\":\"南京工业大学\",\"title\":\"教授\",\"chair\":true}]}",
                "hr");
        ContainerResponse missing = send("POST", "/api/panels", "{\"participationId\":3}", "hr");

        assertEquals(201, created.getStatus());
        assertEquals(URI.create("http://localhost/api/panels/21"), created.getLocation());
        assertEquals(400, missing.getStatus());
        assertEquals(
                List.of("occupation", "members"),
                ((ProblemDetails) missing.getEntity())
                        .errors().stream().map(FieldError::field).toList());
    }

    @Test
    void membersDeclareTheirDepartmentAndRelationsAndAnUnknownRelationIsNamed() throws Exception {
        PanelMember declared = new PanelMember(
                "e2",
                "周工",
                "南京某装备集团",
                "",
                true,
                "机加车间",
                List.of(new ExpertRelation(41, ExpertRelation.Kind.MENTOR, "带徒")));
        when(panels.compose(any(), eq(3L), eq("车工"), eq(List.of(declared))))
                .thenReturn(new PanelRecord(21, 0, 7, 3, CODE, "3201", "车工", List.of(declared), false));

        ContainerResponse created = send(
                "POST",
                "/api/panels",
                "{\"participationId\":3,\"occupation\":\"车工\",\"members\":[{\"expertId\":\"e2\",\"name\":\"周工\","
                        + "\"organisation\":\"南京某装备集团\",\"chair\":true,\"department\":\"机加车间\","
                        + "\"relations\":[{\"applicationId\":41,\"relation\":\"MENTOR\",\"note\":\"带徒\"}]}]}",
                "hr");
        ContainerResponse unknown = send(
                "POST",
                "/api/panels",
                "{\"participationId\":3,\"occupation\":\"车工\",\"members\":[{\"expertId\":\"e2\","
                        + "\"relations\":[{\"applicationId\":41,\"relation\":\"FRIEND\"}]}]}",
                "hr");

        assertEquals(201, created.getStatus());
        String body = json(created.getEntity());
        assertTrue(body.contains("\"department\":\"机加车间\""), body);
        assertTrue(
                body.contains("\"relations\":[{\"applicationId\":41,\"relation\":\"MENTOR\",\"note\":\"带徒\"}]"), body);
        assertEquals(400, unknown.getStatus());
        assertEquals(
                List.of("members[0].relations[0].relation"),
                ((ProblemDetails) unknown.getEntity())
                        .errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aPanelsConflictsAreListedAndACompositionWithConflictsIs422() throws Exception {
        PanelConflict conflict = new PanelConflict(
                "e2", "周工", 41, "王师傅", "coi.same-department", LocalizedText.of("同部门", "same department"));
        when(panels.conflicts(any(), eq(21L))).thenReturn(List.of(conflict));
        when(panels.compose(any(), anyLong(), any(), any()))
                .thenThrow(new InvalidInputException(List.of(new Violation(
                        "members[0]", "coi.same-department", LocalizedText.of("须回避", "must stand aside")))));

        String listed = json(send("GET", "/api/panels/21/conflicts", null, "hr").getEntity());
        ContainerResponse refused = send(
                "POST",
                "/api/panels",
                "{\"participationId\":3,\"occupation\":\"车工\",\"members\":[{\"expertId\":\"e2\"}]}",
                "hr");

        assertTrue(
                listed.contains("\"ruleId\":\"coi.same-department\"") && listed.contains("\"applicationId\":41"),
                listed);
        assertEquals(422, refused.getStatus());
        assertEquals(
                "coi.same-department",
                ((ProblemDetails) refused.getEntity()).errors().get(0).rule());
    }

    @Test
    void theAssessmentShowsItsConflictsAndFlaggedSheets() throws Exception {
        DivergenceFlag open = DivergenceFlag.open(
                new BigDecimal("5"),
                Map.of("innovation", new DivergenceFlag.Item(new BigDecimal("8"), new BigDecimal("18"))));
        AssessmentView view = new AssessmentView(
                application(),
                new PanelRecord(
                        21,
                        1,
                        7,
                        3,
                        CODE,
                        "3201",
                        "车工",
                        List.of(new PanelMember("e1", "李工", "南京工业大学", "教授", true)),
                        true),
                List.of(),
                null,
                List.of(new PanelConflict(
                        "e1", "李工", 31, "王师傅", "coi.declared-relation", LocalizedText.of("亲属", "relative"))),
                List.of(new AssessmentView.FlaggedSheet("oral-defense", "e5", 4, open.withoutPoints())));
        when(assessments.view(any(), eq(31L))).thenReturn(view);

        String body = json(send("GET", "/api/assessments/31", null, "expert").getEntity());

        assertTrue(body.contains("\"conflicts\":[{\"expertId\":\"e1\""), body);
        assertTrue(body.contains("\"ruleId\":\"coi.declared-relation\""), body);
        assertTrue(
                body.contains("\"divergences\":[{\"methodId\":\"oral-defense\",\"expertId\":\"e5\",\"sheetVersion\":4"),
                body);
        assertTrue(body.contains("\"innovation\":{\"points\":null,\"median\":18}"), body);
    }

    @Test
    void onlyAnExpertRecordsADivergenceOutcomeAndTheOutcomeReachesTheService() throws Exception {
        DivergenceFlag kept = DivergenceFlag.open(
                        new BigDecimal("5"),
                        Map.of("innovation", new DivergenceFlag.Item(new BigDecimal("8"), new BigDecimal("18"))))
                .decided(DivergenceFlag.Outcome.KEPT, "维持", "e1", Instant.parse("2027-02-01T02:00:00Z"));
        when(assessments.decideDivergence(
                        any(),
                        eq(31L),
                        eq("oral-defense"),
                        eq("e5"),
                        eq(4L),
                        eq(DivergenceFlag.Outcome.KEPT),
                        eq("维持")))
                .thenReturn(new ScoreSheetRecord(
                        5,
                        5,
                        31,
                        21,
                        "oral-defense",
                        "e5",
                        Map.of("innovation", new BigDecimal("8")),
                        "",
                        ScoreSheetRecord.Status.SUBMITTED,
                        Instant.parse("2027-02-01T01:00:00Z"),
                        "",
                        kept));
        String path = "/api/assessments/31/sheets/oral-defense/e5/divergence";

        assertEquals(
                403,
                send("POST", path, "{\"version\":4,\"outcome\":\"KEPT\",\"note\":\"维持\"}", "hr")
                        .getStatus());
        ContainerResponse decided =
                send("POST", path, "{\"version\":4,\"outcome\":\"kept\",\"note\":\"维持\"}", "expert");
        ContainerResponse wrong =
                send("POST", path, "{\"version\":4,\"outcome\":\"IGNORED\",\"note\":\"x\"}", "expert");
        ContainerResponse missing = send("POST", path, "{\"version\":4}", "expert");

        assertEquals(200, decided.getStatus());
        String body = json(decided.getEntity());
        assertTrue(body.contains("\"outcome\":\"KEPT\"") && body.contains("\"median\":18"), body);
        assertFalse(body.contains("undecided"), body);
        assertEquals(400, wrong.getStatus());
        assertEquals(
                List.of("outcome", "note"),
                ((ProblemDetails) missing.getEntity())
                        .errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aCityRecordsASupervisionNoteAndTheListIsFilteredOnTheServer() throws Exception {
        SupervisionNoteRecord note = new SupervisionNoteRecord(
                9,
                7,
                3,
                CODE,
                "3201",
                LocalDate.of(2027, 2, 8),
                "答辩计时不规范",
                21L,
                "车工",
                "nanjing",
                "city",
                Instant.parse("2027-02-10T02:00:00Z"));
        when(supervision.record(any(), eq(3L), eq(LocalDate.of(2027, 2, 8)), eq("答辩计时不规范"), eq(21L), eq(null)))
                .thenReturn(note);
        when(supervision.list(any(), eq(7L), eq(3L), eq(0), eq(10))).thenReturn(new Page<>(List.of(note), 1, 0, 10));

        ContainerResponse created = send(
                "POST",
                "/api/supervision-notes",
                "{\"participationId\":3,\"visitedOn\":\"2027-02-08\",\"findings\":\"答辩计时不规范\",\"panelId\":21}",
                "city");
        ContainerResponse listed =
                send("GET", "/api/supervision-notes?roundId=7&participationId=3&limit=10", null, "hr");

        assertEquals(201, created.getStatus());
        assertEquals(URI.create("http://localhost/api/supervision-notes/9"), created.getLocation());
        assertEquals(200, listed.getStatus());
        assertEquals(1, ((PageBody<?>) listed.getEntity()).total());
    }

    private static AssessmentResultRecord result() {
        return new AssessmentResultRecord(
                41,
                1,
                31,
                7,
                3,
                CODE,
                "3201",
                new BigDecimal("88.00"),
                true,
                List.of(new AssessmentResultRecord.Text("总分 88.00 达到合格线 75 分", "Total 88.00 reaches the pass line 75")),
                List.of(new AssessmentResultRecord.MethodOutcome(
                        "oral-defense",
                        new BigDecimal("88.00"),
                        new BigDecimal("100"),
                        Map.of("innovation", new BigDecimal("18.00")),
                        false,
                        List.of(),
                        Map.of("e1", new BigDecimal("90.50"), "e2", new BigDecimal("85.50")))),
                List.of(new AssessmentResultRecord.Provenance(
                        "ASSESSMENT_METHOD",
                        "oral-defense",
                        "org.skilleval.plugin.oraldefense",
                        "1.0.0",
                        Map.of("minExperts", "5"),
                        "ab".repeat(32))),
                List.of(),
                "cd".repeat(32),
                Instant.parse("2027-02-01T02:00:00Z"),
                "hr");
    }

    private static ApplicationRecord application() {
        ApplicationForm form = new ApplicationForm(
                "王师傅",
                ID_NUMBER,
                null,
                YearMonth.of(1970, 1),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                "车工",
                EligibilityPath.A_SENIOR_TECHNICIAN,
                null,
                true,
                null,
                List.of());
        return new ApplicationRecord(
                31,
                1,
                7,
                3,
                CODE,
                "3201",
                "applicant-1",
                form,
                ApplicationStatus.ENDORSED,
                new EligibilityDecision(true, Set.of(EligibilityPath.A_SENIOR_TECHNICIAN), List.of(), List.of(), null),
                "");
    }

    private static String json(Object entity) throws Exception {
        return new ObjectMapperProvider().getContext(Object.class).writeValueAsString(entity);
    }

    private ContainerResponse send(String method, String path, String json, String token) throws Exception {
        ApplicationHandler handler = new ApplicationHandler(ApiApplication.create(
                tokens,
                List.of(
                        new PanelResource(panels),
                        new AssessmentResource(assessments),
                        new SupervisionNoteResource(supervision))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                method,
                null,
                new MapPropertiesDelegate(),
                null);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        return handler.apply(request).get();
    }
}
