package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.lifecycle.OccupationCatalogService;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;

/** The occupation catalogue endpoints on the real JAX-RS application in memory, without a servlet container. */
class OccupationResourceTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller APPLICANT = Caller.fromJaasRoles("zhang", List.of("applicant", "applicant:42"));
    private static final String BASIS = "国家职业技能标准《车工》，设高级技师（一级）";
    private static final OccupationRecord LATHE = new OccupationRecord(5, 0, "6-18-01-01", "车工", true, BASIS, true);

    private final TokenService tokens = mock(TokenService.class);
    private final OccupationCatalogService catalog = mock(OccupationCatalogService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("province")).thenReturn(TestTokens.claims(PROVINCE));
        when(tokens.claims("city")).thenReturn(TestTokens.claims(NANJING));
        when(tokens.claims("applicant")).thenReturn(TestTokens.claims(APPLICANT));
    }

    @Test
    void aCityCannotAddOrChangeOccupations() throws Exception {
        assertEquals(
                403,
                send("POST", "/api/occupations", latheJson(), "Bearer city").getStatus());
        assertEquals(
                403,
                send("POST", "/api/occupations/5", "{\"version\":0,\"active\":false}", "Bearer city")
                        .getStatus());
        verifyNoInteractions(catalog);
    }

    @Test
    void anAnonymousCallerIs401() throws Exception {
        assertEquals(401, send("GET", "/api/occupations", null, null).getStatus());
        assertEquals(401, send("POST", "/api/occupations", latheJson(), null).getStatus());
        verifyNoInteractions(catalog);
    }

    @Test
    void missingFieldsAreNamedBeforeTheCatalogueIsAsked() throws Exception {
        ContainerResponse response = send("POST", "/api/occupations", "{\"code\":\"6-18-01-01\"}", "Bearer province");

        assertEquals(400, response.getStatus());
        assertEquals(
                List.of("name", "hasSeniorTechnicianStandard"),
                ((ProblemDetails) response.getEntity())
                        .errors().stream().map(FieldError::field).toList());
        verifyNoInteractions(catalog);
    }

    @Test
    void anAddedOccupationIs201WithItsLocation() throws Exception {
        when(catalog.add(any(), eq("6-18-01-01"), eq("车工"), eq(true), eq(BASIS)))
                .thenReturn(LATHE);

        ContainerResponse response = send("POST", "/api/occupations", latheJson(), "Bearer province");

        assertEquals(201, response.getStatus());
        assertEquals(URI.create("http://localhost/api/occupations/5"), response.getLocation());
        OccupationResource.Occupation body = (OccupationResource.Occupation) response.getEntity();
        assertEquals("车工", body.name());
        assertEquals(true, body.hasSeniorTechnicianStandard());
        verify(catalog).add(PROVINCE, "6-18-01-01", "车工", true, BASIS);
    }

    @Test
    void aBadCodeIs422NamingTheFieldAndRule() throws Exception {
        when(catalog.add(any(), any(), any(), anyBoolean(), any()))
                .thenThrow(new RuleViolationException(
                        "code", "code", "职业编码须为国家职业分类大典的编码", "the code must be a classification code"));

        ContainerResponse response =
                send("POST", "/api/occupations", latheJson().replace("6-18-01-01", "6181"), "Bearer province");

        assertEquals(422, response.getStatus());
        FieldError error = ((ProblemDetails) response.getEntity()).errors().get(0);
        assertEquals("code", error.field());
        assertEquals("code", error.rule());
    }

    @Test
    void aNameAlreadyInTheCatalogueIs409() throws Exception {
        when(catalog.add(any(), any(), any(), anyBoolean(), any()))
                .thenThrow(new ConflictException(
                        ConflictException.Kind.DUPLICATE, "职业（工种）目录中已有“车工”", "The catalogue already has 车工"));

        assertEquals(
                409,
                send("POST", "/api/occupations", latheJson(), "Bearer province").getStatus());
    }

    @Test
    void theListFiltersArePassedToTheCatalogueAndAnyRoleMayRead() throws Exception {
        when(catalog.list(any(), eq("钳工"), eq(true), eq(20), eq(10)))
                .thenReturn(new Page<>(List.of(LATHE), 21, 20, 10));

        ContainerResponse response = send(
                "GET",
                "/api/occupations?q=%E9%92%B3%E5%B7%A5&hasStandard=true&offset=20&limit=10",
                null,
                "Bearer applicant");

        assertEquals(200, response.getStatus());
        @SuppressWarnings("unchecked")
        PageBody<OccupationResource.Occupation> page = (PageBody<OccupationResource.Occupation>) response.getEntity();
        assertEquals(21, page.total());
        assertEquals(
                List.of("车工"),
                page.items().stream().map(OccupationResource.Occupation::name).toList());
        verify(catalog).list(APPLICANT, "钳工", true, 20, 10);
    }

    @Test
    void withoutFiltersTheWholeCatalogueIsListedInPages() throws Exception {
        when(catalog.list(any(), any(), any(), eq(0), eq(Paging.DEFAULT_LIMIT)))
                .thenReturn(new Page<>(List.of(), 0, 0, Paging.DEFAULT_LIMIT));

        assertEquals(200, send("GET", "/api/occupations", null, "Bearer city").getStatus());

        verify(catalog).list(NANJING, null, null, 0, Paging.DEFAULT_LIMIT);
    }

    @Test
    void aHasStandardThatIsNotABooleanIsRefused() throws Exception {
        ContainerResponse response = send("GET", "/api/occupations?hasStandard=yes", null, "Bearer province");

        assertEquals(400, response.getStatus());
        assertEquals(
                "hasStandard",
                ((ProblemDetails) response.getEntity()).errors().get(0).field());
        verifyNoInteractions(catalog);
    }

    @Test
    void aChangePassesOnlyWhatWasSentWithTheVersionRead() throws Exception {
        when(catalog.change(any(), eq(5L), eq(3L), eq(null), eq(null), eq(false)))
                .thenReturn(LATHE.withActive(false));

        ContainerResponse response =
                send("POST", "/api/occupations/5", "{\"version\":3,\"active\":false}", "Bearer province");

        assertEquals(200, response.getStatus());
        assertEquals(false, ((OccupationResource.Occupation) response.getEntity()).active());
        verify(catalog).change(PROVINCE, 5L, 3L, null, null, false);
    }

    @Test
    void aChangeWithoutTheVersionReadIsRefused() throws Exception {
        ContainerResponse response = send("POST", "/api/occupations/5", "{\"active\":false}", "Bearer province");

        assertEquals(400, response.getStatus());
        assertEquals(
                "version",
                ((ProblemDetails) response.getEntity()).errors().get(0).field());
        verifyNoInteractions(catalog);
    }

    private static String latheJson() {
        return "{\"code\":\"6-18-01-01\",\"name\":\"车工\",\"hasSeniorTechnicianStandard\":true,\"basis\":\"" + BASIS
                + "\"}";
    }

    private ContainerResponse send(String method, String path, String json, String authorization) throws Exception {
        ApplicationHandler handler =
                new ApplicationHandler(ApiApplication.create(tokens, List.of(new OccupationResource(catalog))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                method,
                null,
                new MapPropertiesDelegate(),
                null);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        return handler.apply(request).get();
    }
}
