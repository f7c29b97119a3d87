package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.skilleval.core.lifecycle.PluginFault;
import org.skilleval.core.rules.RuleViolationException;

/** A plugin's fault is answered as the platform's, each kind with its own problem type and title. */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

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
