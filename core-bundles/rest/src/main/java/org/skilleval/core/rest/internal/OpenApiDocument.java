package org.skilleval.core.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * Builds the OpenAPI 3.0.3 description of the API from the JAX-RS annotations of the resource
 * classes, so that the published document cannot drift from the code. The result is a plain tree
 * of maps and lists for Jackson to serialise; paths are sorted so that the document is stable.
 */
final class OpenApiDocument {

    static final String PUBLIC_ROLE = "public";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private OpenApiDocument() {}

    static Map<String, Object> describe(String version, List<Class<?>> resourceClasses) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "SkillEval API");
        info.put("version", version);
        info.put(
                "description",
                "职业技能等级评价平台的接口，由代码中的 JAX-RS 注解生成。"
                        + " The SkillEval platform API, generated from the JAX-RS annotations in the code.");
        document.put("info", info);
        document.put("servers", List.of(map("url", "/api")));
        document.put("paths", paths(resourceClasses));
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("securitySchemes", map("bearer", bearerScheme()));
        components.put("schemas", map("Problem", problemSchema()));
        document.put("components", components);
        return document;
    }

    private static Map<String, Object> paths(List<Class<?>> resourceClasses) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Class<?> type : resourceClasses) {
            Method[] methods = type.getMethods();
            // Reflection order is unspecified; sort so that equal documents come out identical.
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method method : methods) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null || !Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                String path = join(type.getAnnotation(Path.class), method.getAnnotation(Path.class));
                paths.computeIfAbsent(path, p -> new TreeMap<>())
                        .put(httpMethod.toLowerCase(Locale.ROOT), operation(type, method));
            }
        }
        return new LinkedHashMap<>(paths);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String join(Path classPath, Path methodPath) {
        StringBuilder path = new StringBuilder();
        for (Path part : new Path[] {classPath, methodPath}) {
            if (part == null) {
                continue;
            }
            // OpenAPI templates carry no regular expression: {format: pdf|xlsx} becomes {format}
            String value =
                    part.value().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("^/+|/+$", "");
            if (!value.isEmpty()) {
                path.append('/').append(value);
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private static Map<String, Object> operation(Class<?> type, Method method) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", type.getSimpleName() + "." + method.getName());
        operation.put("tags", List.of(type.getSimpleName().replaceFirst("Resource$", "")));
        List<Object> parameters = new ArrayList<>();
        Map<String, Object> requestBody = null;
        for (Parameter parameter : method.getParameters()) {
            PathParam pathParam = parameter.getAnnotation(PathParam.class);
            QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
            if (pathParam != null) {
                parameters.add(parameter(pathParam.value(), "path", true));
            } else if (queryParam != null) {
                parameters.add(parameter(queryParam.value(), "query", false));
            } else if (!hasJaxRsAnnotation(parameter)) {
                requestBody = requestBody(type, method, parameter);
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (requestBody != null) {
            operation.put("requestBody", requestBody);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", ok(type, method));
        responses.put(
                "4XX",
                map(
                        "description",
                        "Problem",
                        "content",
                        map(ProblemDetails.MEDIA_TYPE, map("schema", map("$ref", PROBLEM_REF)))));
        operation.put("responses", responses);
        List<String> roles = roles(type, method);
        if (!roles.equals(List.of(PUBLIC_ROLE))) {
            operation.put("security", List.of(map("bearer", List.of())));
        }
        operation.put("x-roles", roles);
        return operation;
    }

    /** 200 OK; a method that produces files (PDF, Excel) names their media types. */
    private static Map<String, Object> ok(Class<?> type, Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = type.getAnnotation(Produces.class);
        }
        List<String> files = produces == null
                ? List.of()
                : Arrays.stream(produces.value())
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::trim)
                        .filter(v -> !v.isEmpty() && !v.endsWith("json"))
                        .toList();
        if (files.isEmpty()) {
            return map("description", "OK");
        }
        Map<String, Object> content = new LinkedHashMap<>();
        for (String mediaType : files) {
            content.put(mediaType, map("schema", map("type", "string", "format", "binary")));
        }
        return map("description", "OK", "content", content);
    }

    /**
     * Who may call the method, with the precedence of {@link RoleCheckFeature}: {@code @PermitAll}
     * on the method, else {@code @RolesAllowed} on the method or else the class, else
     * {@code @PermitAll} on the class. Neither means closed to everyone: no roles.
     */
    static List<String> roles(Class<?> type, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return List.of(PUBLIC_ROLE);
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles == null) {
            return type.isAnnotationPresent(PermitAll.class) ? List.of(PUBLIC_ROLE) : List.of();
        }
        return List.of(roles.value());
    }

    private static boolean hasJaxRsAnnotation(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind == Context.class || kind.getPackageName().startsWith("javax.ws.rs")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> parameter(String name, String in, boolean required) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", required);
        parameter.put("schema", map("type", "string"));
        return parameter;
    }

    private static Map<String, Object> requestBody(Class<?> type, Method method, Parameter parameter) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = type.getAnnotation(Consumes.class);
        }
        List<String> mediaTypes = consumes == null
                ? List.of(MediaType.APPLICATION_JSON)
                : Arrays.stream(consumes.value())
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::trim)
                        .filter(v -> !v.isEmpty())
                        .toList();
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("title", parameter.getType().getSimpleName());
        Map<String, Object> content = new LinkedHashMap<>();
        for (String mediaType : mediaTypes) {
            content.put(mediaType, map("schema", schema));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("required", true);
        body.put("content", content);
        return body;
    }

    /** An insertion-ordered map of alternating keys and values, so that the document is stable. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> bearerScheme() {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("type", "http");
        scheme.put("scheme", "bearer");
        return scheme;
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", map("type", "string"));
        properties.put("title", map("type", "string"));
        properties.put("status", map("type", "integer"));
        properties.put("detail", map("type", "string"));
        properties.put("titleZh", map("type", "string"));
        properties.put("detailZh", map("type", "string"));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "object");
        message.put("properties", map("zh", map("type", "string"), "en", map("type", "string")));
        Map<String, Object> errorProperties = new LinkedHashMap<>();
        errorProperties.put("field", map("type", "string"));
        errorProperties.put("rule", map("type", "string"));
        errorProperties.put("message", message);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "object");
        error.put("properties", errorProperties);
        properties.put("errors", map("type", "array", "items", error));
        properties.put("incidentId", map("type", "string"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        return schema;
    }
}
