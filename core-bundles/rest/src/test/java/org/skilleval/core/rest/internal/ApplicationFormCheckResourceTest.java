package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/** The as-you-type check of the 申报表 answers with the core's rules of submission. */
class ApplicationFormCheckResourceTest {

    private final TokenService tokens = mock(TokenService.class);
    private final ApplicationService applications = mock(ApplicationService.class);

    @Test
    void theCoresViolationsAreNamedOnTheirFields() throws Exception {
        when(applications.checkForm(any(), argThat(form -> "320102197203150038".equals(form.idNumber()))))
                .thenReturn(List.of(new Violation(
                        "form.idNumber", "check-digit", LocalizedText.of("身份证号码校验位错误", "wrong check digit"))));
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
    void aFormWithoutViolationsIsComplete() throws Exception {
        when(applications.checkForm(any(), any())).thenReturn(List.of());

        ContainerResponse response = check("enterprise", "{\"form\":{\"name\":\"王建国\"}}");

        assertTrue(((ApplicationFormCheckResource.Outcome) response.getEntity()).complete());
    }

    @Test
    void expertsMayNotUseIt() throws Exception {
        assertEquals(403, check("expert", "{\"form\":{}}").getStatus());
    }

    private ContainerResponse check(String role, String json) throws Exception {
        Caller caller = Caller.fromJaasRoles("someone", List.of(role, role + ":X-1"));
        when(tokens.claims("t")).thenReturn(TestTokens.claims(caller));
        ApplicationHandler handler = new ApplicationHandler(
                ApiApplication.create(tokens, List.of(new ApplicationFormCheckResource(applications))));
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
