package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.skilleval.core.persistence.ConflictException;
import org.skilleval.core.persistence.NotFoundException;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

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
}
