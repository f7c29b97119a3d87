package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.skilleval.core.security.Role;

/**
 * A plugin developer (often a contractor of the enterprise) reaches the enterprise's plugins and
 * their own account, nothing of the programme's data. Read from every declared resource, so that a
 * role list copied onto a new endpoint cannot quietly let developers in.
 */
class PluginDeveloperReachTest {

    private static final String DEVELOPER = Role.PLUGIN_DEVELOPER.roleName();

    @Test
    void aPluginDeveloperReachesOnlyPluginsAndTheirOwnAccount() {
        Set<String> reached = new TreeSet<>();
        for (Class<?> resource : DeclaredResources.classes()) {
            RolesAllowed onClass = resource.getAnnotation(RolesAllowed.class);
            String base = resource.isAnnotationPresent(Path.class)
                    ? resource.getAnnotation(Path.class).value()
                    : "";
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class)
                        : onClass;
                if (allowed != null && Arrays.asList(allowed.value()).contains(DEVELOPER)) {
                    String path = method.isAnnotationPresent(Path.class)
                            ? "/" + method.getAnnotation(Path.class).value()
                            : "";
                    reached.add(verb + " " + base + path);
                }
            }
        }
        assertEquals(
                new TreeSet<>(Set.of(
                        "GET auth/me",
                        "POST auth/logout",
                        "POST me/password",
                        "GET plugin-uploads",
                        "GET plugin-uploads/{id}",
                        "POST plugin-uploads",
                        "POST plugin-uploads/{id}/removal",
                        "POST plugins/{id}/trial")),
                reached);
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }
}
