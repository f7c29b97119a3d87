package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.lifecycle.AuditService;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;

class AuditResourceTest {

    private final TokenService tokens = mock(TokenService.class);
    private final AuditService audit = mock(AuditService.class);

    @Test
    void theProvinceSeesTheFirstBrokenLinkInBothLanguages() throws Exception {
        when(tokens.claims("province"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("province", List.of("province"))));
        when(audit.verify(any()))
                .thenReturn(new AuditVerification(
                        false,
                        2,
                        5,
                        "ab",
                        1,
                        Optional.of(new AuditVerification.BrokenLink(3, 17, "edited", "第 3 条被改动", "place 3 edited")),
                        Duration.ofMillis(12)));

        ContainerResponse response = get("province");

        assertEquals(200, response.getStatus());
        AuditResource.Verification body = (AuditResource.Verification) response.getEntity();
        assertFalse(body.intact());
        assertEquals(3, body.firstBroken().seq());
        assertEquals(17, body.firstBroken().eventId());
        assertEquals("edited", body.firstBroken().problem());
        assertEquals("第 3 条被改动", body.firstBroken().message().zh());
        assertEquals(12, body.tookMillis());
    }

    @Test
    void aCityMayNotVerify() throws Exception {
        when(tokens.claims("city"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"))));

        assertEquals(403, get("city").getStatus());
        verifyNoInteractions(audit);
    }

    private ContainerResponse get(String token) throws Exception {
        ApplicationHandler handler =
                new ApplicationHandler(ApiApplication.create(tokens, List.of(new AuditResource(audit))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost/api/audit/verify"),
                "GET",
                null,
                new MapPropertiesDelegate(),
                null);
        request.header("Authorization", "Bearer " + token);
        return handler.apply(request).get();
    }
}
