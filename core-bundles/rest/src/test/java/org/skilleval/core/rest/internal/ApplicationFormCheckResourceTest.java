package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;

/** The as-you-type check of the 申报表 answers with the rules of submission and stores nothing. */
class ApplicationFormCheckResourceTest {

    private final TokenService tokens = mock(TokenService.class);

    @Test
    void aWrongCheckDigitIsNamedOnTheIdNumberField() throws Exception {
        ContainerResponse response =
                check("applicant", "{\"form\":{\"name\":\"王建国\",\"idNumber\":\"320102197203150038\"}}");

        assertEquals(200, response.getStatus());
        ApplicationFormCheckResource.Outcome outcome = (ApplicationFormCheckResource.Outcome) response.getEntity();
        assertFalse(outcome.complete());
        FieldError id = outcome.violations().stream()
                .filter(v -> v.field().equals("form.idNumber"))
                .findFirst()
                .orElseThrow();
        assertTrue(id.message().zh().contains("校验"), id.toString());
        assertTrue(
                outcome.violations().stream().noneMatch(v -> v.field().equals("form.name")),
                "a good name is not reported: " + outcome.violations());
    }

    @Test
    void expertsMayNotUseIt() throws Exception {
        assertEquals(403, check("expert", "{\"form\":{}}").getStatus());
    }

    private ContainerResponse check(String role, String json) throws Exception {
        Caller caller = Caller.fromJaasRoles("someone", List.of(role, role + ":X-1"));
        when(tokens.verify("t")).thenReturn(caller);
        ApplicationHandler handler = new ApplicationHandler(ApiApplication.create(
                tokens,
                List.of(new ApplicationFormCheckResource(
                        Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"))))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost/api/applications/form-check"),
                "POST",
                null,
                new MapPropertiesDelegate(),
                null);
        request.header("Authorization", "Bearer t");
        request.header("Content-Type", "application/json");
        request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return handler.apply(request).get();
    }
}
