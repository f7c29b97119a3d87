package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.DatabaseUnavailableException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/** Problems are bounded, bilingual and typed: a plugin's fault is the platform's, each kind with its own title. */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void noProblemBodyExceeds64KiBWhateverItCarries() {
        List<Violation> violations = new ArrayList<>();
        String huge = "\u0001\"长".repeat(20_000);
        for (int i = 0; i < 5_000; i++) {
            violations.add(new Violation("points." + huge, "rule-" + huge, LocalizedText.of(huge, huge)));
        }
        ProblemDetails problem = body(mapper.toResponse(new InvalidInputException(violations)));

        assertTrue(ProblemDetails.size(problem) <= ProblemDetails.MAX_BYTES, "size " + ProblemDetails.size(problem));
        assertFalse(problem.errors().isEmpty());

        ProblemDetails rule = body(mapper.toResponse(new RuleViolationException("f", "r", huge, huge)));
        assertTrue(ProblemDetails.size(rule) <= ProblemDetails.MAX_BYTES);
        assertTrue(rule.detail().endsWith("…"));
    }

    @Test
    void anUnexpectedErrorGetsAnIncidentIdAndShowsNothingInternal() {
        Response response = mapper.toResponse(new IllegalStateException("SELECT * FROM SECRET_TABLE failed"));

        assertEquals(500, response.getStatus());
        ProblemDetails problem = body(response);
        assertNotNull(problem.incidentId());
        assertTrue(problem.detail().contains(problem.incidentId()));
        assertTrue(problem.detailZh().contains(problem.incidentId()));
        assertFalse(problem.toString().contains("SECRET_TABLE"));
        assertFalse(problem.toString().contains("IllegalStateException"));
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsA503WithRetryAfterAndNoIncident() {
        Response response = mapper.toResponse(new DatabaseUnavailableException(
                new java.sql.SQLException("Connection to 127.0.0.1:5432 refused", "08001")));

        assertEquals(503, response.getStatus());
        assertEquals(
                Integer.toString(ProblemMapper.DATABASE_RETRY_AFTER_SECONDS), response.getHeaderString("Retry-After"));
        ProblemDetails problem = body(response);
        assertTrue(problem.type().endsWith("database-unavailable"), problem.type());
        assertNull(problem.incidentId());
        assertFalse(problem.detailZh().isBlank());
        assertFalse(problem.toString().contains("5432"));
    }

    @Test
    void twoIncidentsHaveTwoIds() {
        assertFalse(body(mapper.toResponse(new RuntimeException()))
                .incidentId()
                .equals(body(mapper.toResponse(new RuntimeException())).incidentId()));
    }

    @Test
    void notFoundNamesTheKindInEachLanguage() {
        ProblemDetails byId = body(mapper.toResponse(new NotFoundException("Certificate", "17")));
        assertEquals("没有编号为 17 的证书", byId.detailZh());
        assertEquals("No certificate 17", byId.detail());

        ProblemDetails described = body(
                mapper.toResponse(NotFoundException.described("Certificate", "与该编号和姓名相符的", "with this code and name")));
        assertEquals("没有与该编号和姓名相符的证书", described.detailZh());
        assertEquals("No certificate with this code and name", described.detail());

        ProblemDetails participation = body(mapper.toResponse(new NotFoundException("Participation", "11")));
        assertEquals("没有编号为 11 的试点企业", participation.detailZh());
    }

    @Test
    void aNotFoundIdTypedByTheClientIsEchoedOnlyAsAShortPrefix() {
        ProblemDetails problem = body(mapper.toResponse(new NotFoundException("Plugin", "x".repeat(100_000))));
        assertTrue(problem.detail().length() < 100, problem.detail());
    }

    @Test
    void aDuplicateSaysWhatInEachLanguage() {
        ProblemDetails problem = body(mapper.toResponse(new ConflictException(
                ConflictException.Kind.DUPLICATE, "该试点企业已有工作方案", "Pilot enterprise 11 already has a work plan")));
        assertEquals("该试点企业已有工作方案；未做任何更改", problem.detailZh());
        assertEquals("Pilot enterprise 11 already has a work plan. Nothing was changed", problem.detail());
    }

    private static ProblemDetails body(Response response) {
        return (ProblemDetails) response.getEntity();
    }

    @Test
    void aFailedPluginIsA502TitledForThePluginNotARuleOfTheProgramme() {
        ProblemDetails problem =
                assertProblem(502, "plugin-failed", new PluginFault.Failed("methods.oral-defense", "失败了", "it failed"));

        assertEquals("Plugin failed", problem.title());
        assertEquals("插件运行失败", problem.titleZh());
        assertEquals("it failed", problem.detail());
        assertEquals("methods.oral-defense", problem.errors().get(0).field());
        assertEquals("plugin-failed", problem.errors().get(0).rule());
    }

    @Test
    void aTimedOutPluginIsA504() {
        ProblemDetails problem = assertProblem(504, "plugin-timeout", new PluginFault.Timeout("scheme", "超时", "late"));

        assertEquals("Plugin timed out", problem.title());
        assertEquals("插件超时", problem.titleZh());
    }

    @Test
    void anUnavailablePluginVersionIsA503WithoutRetryAfter() {
        ProblemDetails problem =
                assertProblem(503, "plugin-unavailable", new PluginFault.Unavailable("plugin", "未安装", "not installed"));

        assertEquals("Plugin unavailable", problem.title());
        assertEquals("插件不可用", problem.titleZh());
    }

    @Test
    void onlyABusyPluginInvitesARetryShortly() {
        Response busy = mapper.toResponse(new PluginFault.Busy("scheme", "繁忙", "busy"));

        assertEquals(503, busy.getStatus());
        assertEquals("1", busy.getHeaderString("Retry-After"));
        assertEquals("urn:skilleval:problem:plugin-busy", ((ProblemDetails) busy.getEntity()).type());
        assertEquals("插件繁忙", ((ProblemDetails) busy.getEntity()).titleZh());
    }

    @Test
    void aStuckPluginIsA503WithoutRetryAfterThatSendsTheCallerToAnOperator() {
        ProblemDetails problem = assertProblem(
                503, "plugin-stuck", new PluginFault.Stuck("scheme", "请运维人员重启", "An operator must restart it"));

        assertTrue(problem.title().contains("operator"), problem.title());
        assertTrue(problem.titleZh().contains("运维"), problem.titleZh());
    }

    @Test
    void theKindIsTakenFromTheTypeNeverFromTheRuleString() {
        // A rule that merely spells a plugin rule is the programme's rule: 422, no retry.
        Response spelled = mapper.toResponse(new RuleViolationException("x", "plugin-busy", "繁忙", "busy"));

        assertEquals(422, spelled.getStatus());
        assertNull(spelled.getHeaderString("Retry-After"));
        assertEquals("urn:skilleval:problem:rule-violation", ((ProblemDetails) spelled.getEntity()).type());
    }

    private ProblemDetails assertProblem(int status, String type, PluginFault fault) {
        Response response = mapper.toResponse(fault);
        assertEquals(status, response.getStatus());
        assertEquals(ProblemDetails.MEDIA_TYPE, response.getMediaType().toString());
        assertNull(response.getHeaderString("Retry-After"), "only a busy plugin invites a retry");
        ProblemDetails problem = (ProblemDetails) response.getEntity();
        assertEquals("urn:skilleval:problem:" + type, problem.type());
        assertEquals(status, problem.status());
        return problem;
    }
}
