package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.skilleval.core.security.TokenService;

/** The OpenAPI document is generated from the resources' annotations and covers all of them. */
class OpenApiDocumentTest {

    /** Every resource component of the bundle, as {@link ApiServlet} publishes them when all are present. */
    private static final List<Class<?>> RESOURCES = DeclaredResources.classes();

    private final Map<String, Object> document = OpenApiDocument.describe("1.2.3", RESOURCES);

    @Test
    void theHeaderNamesTheVersionTheServerAndTheBearerScheme() {
        assertEquals("3.0.3", document.get("openapi"));
        assertEquals("1.2.3", map(document, "info").get("version"));
        assertEquals("SkillEval API", map(document, "info").get("title"));
        assertEquals(List.of(Map.of("url", "/api")), document.get("servers"));
        Map<String, Object> bearer = map(map(map(document, "components"), "securitySchemes"), "bearer");
        assertEquals("http", bearer.get("type"));
        assertEquals("bearer", bearer.get("scheme"));
        Map<String, Object> problem = map(map(map(document, "components"), "schemas"), "Problem");
        assertTrue(map(problem, "properties")
                .keySet()
                .containsAll(List.of("type", "title", "status", "detail", "titleZh", "detailZh", "errors")));
    }

    @Test
    void everyResourceMethodAppearsAsAnOperation() {
        Set<String> expected = new HashSet<>();
        for (Class<?> type : RESOURCES) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GET.class)
                        || method.isAnnotationPresent(POST.class)
                        || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(DELETE.class)
                        || method.isAnnotationPresent(HEAD.class)) {
                    expected.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        List<String> documented = new ArrayList<>();
        for (Object operations : map(document, "paths").values()) {
            for (Object operation : ((Map<?, ?>) operations).values()) {
                documented.add((String) ((Map<?, ?>) operation).get("operationId"));
            }
        }
        // The 86 operations of the 28 resources of 2026-12 at least: the resources were all found.
        assertTrue(expected.size() >= 86, expected.toString());
        assertEquals(expected.size(), documented.size());
        assertEquals(expected, new HashSet<>(documented));
    }

    @Test
    void pathsJoinClassAndMethodPathsKeepingTemplates() {
        Map<String, Object> paths = map(document, "paths");
        assertTrue(map(paths, "/rounds/{id}/extensions").containsKey("post"));
        assertEquals(Set.of("get", "post"), map(paths, "/applications").keySet());
        assertEquals(Set.of("get", "put"), map(paths, "/applications/{id}").keySet());
        assertTrue(paths.containsKey("/health"));
        assertTrue(paths.containsKey("/participations/quota-overrides"));
        assertEquals(List.copyOf(new java.util.TreeSet<>(paths.keySet())), List.copyOf(paths.keySet()));
        for (String path : paths.keySet()) {
            assertTrue(path.startsWith("/") && !path.endsWith("/"), path);
        }
    }

    @Test
    void documentEndpointsNameTheirFileTypesRolesAndPlainTemplates() {
        Map<String, Object> publicity = operation("/proposal-lists/{id}/publicity.{format}", "get");
        assertEquals(List.of("province", "city", "enterprise"), publicity.get("x-roles"));
        assertEquals(
                Set.of("application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                map(map(map(publicity, "responses"), "200"), "content").keySet());
        Map<String, Object> publicList = operation("/public/publicities/{id}/list.{format}", "get");
        assertEquals(List.of("public"), publicList.get("x-roles"));
        assertFalse(publicList.containsKey("security"));
        assertEquals(
                List.of("province", "city", "enterprise", "applicant"),
                operation("/applications/{id}/form.pdf", "get").get("x-roles"));
        assertEquals(
                List.of("province", "city", "enterprise"),
                operation("/certificates/{id}/certificate.pdf", "get").get("x-roles"));
        assertEquals(
                List.of("province", "city"),
                operation("/statistics/export.xlsx", "get").get("x-roles"));
        assertFalse(map(map(operation("/rounds", "get"), "responses"), "200").containsKey("content"));
    }

    @Test
    void loginIsPublicAndNeedsNoToken() {
        Map<String, Object> login = operation("/auth/login", "post");
        assertEquals(List.of("public"), login.get("x-roles"));
        assertFalse(login.containsKey("security"));
        assertEquals("AuthResource.login", login.get("operationId"));
        assertEquals(List.of("Auth"), login.get("tags"));
        Map<String, Object> schema = map(map(map(map(login, "requestBody"), "content"), "application/json"), "schema");
        assertEquals("Credentials", schema.get("title"));
    }

    @Test
    void methodRolesOverrideClassRolesAndProtectedOperationsNeedTheBearer() {
        Map<String, Object> open = operation("/rounds", "post");
        assertEquals(List.of("province"), open.get("x-roles"));
        assertEquals(List.of(Map.of("bearer", List.of())), open.get("security"));
        assertEquals(
                List.of("province", "city", "enterprise", "expert", "applicant"),
                operation("/rounds", "get").get("x-roles"));
        assertEquals(List.of("public"), operation("/health", "get").get("x-roles"));
    }

    @Test
    void pathParametersAreRequiredAndQueryParametersAreNot() {
        List<?> parameters = (List<?>) operation("/rounds/{id}/audit", "get").get("parameters");
        Map<?, ?> id = (Map<?, ?>) parameters.get(0);
        assertEquals("id", id.get("name"));
        assertEquals("path", id.get("in"));
        assertEquals(true, id.get("required"));
        Map<?, ?> offset = (Map<?, ?>) parameters.get(1);
        assertEquals("query", offset.get("in"));
        assertEquals(false, offset.get("required"));
        assertEquals(Map.of("type", "string"), offset.get("schema"));
        assertFalse(operation("/rounds/{id}/audit", "get").containsKey("requestBody"));
    }

    @Test
    void theBodyTakesItsMediaTypesFromConsumesAndErrorsReferToTheProblem() {
        Map<String, Object> upload = operation("/attachments", "post");
        assertEquals(
                Set.of("image/jpeg", "image/png", "application/pdf"),
                map(map(upload, "requestBody"), "content").keySet());
        Map<String, Object> problem =
                map(map(map(map(upload, "responses"), "4XX"), "content"), ProblemDetails.MEDIA_TYPE);
        assertEquals("#/components/schemas/Problem", map(problem, "schema").get("$ref"));
        assertEquals("OK", map(map(upload, "responses"), "200").get("description"));
    }

    @Test
    void theDocumentSerialisesWithJacksonTheSameWayEveryTime() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(document);
        assertTrue(json.contains("\"openapi\":\"3.0.3\""));
        assertEquals(json, mapper.writeValueAsString(OpenApiDocument.describe("1.2.3", RESOURCES)));
        assertNotNull(mapper.readTree(json).get("paths").get("/rounds/{id}/extensions"));
    }

    @Test
    void theDocumentIsServedPubliclyAtOpenapiJson() throws Exception {
        ApplicationHandler handler = new ApplicationHandler(
                ApiApplication.create(mock(TokenService.class), List.of(new OpenApiResource("1.2.3", RESOURCES))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost/api/openapi.json"),
                "GET",
                null,
                new MapPropertiesDelegate(),
                null);

        ContainerResponse response = handler.apply(request).get();

        assertEquals(200, response.getStatus());
        Map<?, ?> entity = assertInstanceOf(Map.class, response.getEntity());
        assertEquals("3.0.3", entity.get("openapi"));
    }

    private Map<String, Object> operation(String path, String method) {
        return map(map(map(document, "paths"), path), method);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        assertNotNull(child, key);
        return (Map<String, Object>) child;
    }
}
