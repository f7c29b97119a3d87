package org.skilleval.core.rest.internal;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every endpoint declares who may call it: {@code @PermitAll} or {@code @RolesAllowed} on the
 * method or its class. An endpoint that declares neither is closed to everyone, so a forgotten
 * annotation fails safe. Anonymous callers get 401, callers without a listed role 403.
 */
class RoleCheckFeature implements DynamicFeature {

    private static final Logger LOG = LoggerFactory.getLogger(RoleCheckFeature.class);
    private static final String OUR_PACKAGES = "org.skilleval.";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        AnnotatedElement method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (!type.getPackageName().startsWith(OUR_PACKAGES)) {
            // Jersey's own handlers, such as the automatic OPTIONS answers, carry no roles.
            return;
        }
        RolesAllowed roles = declared(method, type, RolesAllowed.class);
        if (method.isAnnotationPresent(PermitAll.class)
                || (roles == null && type.isAnnotationPresent(PermitAll.class))) {
            return;
        }
        if (roles == null) {
            LOG.error("{} declares no roles; it is closed to everyone", resource.getResourceMethod());
            context.register(new Check(List.of()));
            return;
        }
        context.register(new Check(Arrays.asList(roles.value())));
    }

    private static <A extends java.lang.annotation.Annotation> A declared(
            AnnotatedElement method, AnnotatedElement type, Class<A> annotation) {
        A onMethod = method.getAnnotation(annotation);
        return onMethod != null ? onMethod : type.getAnnotation(annotation);
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Check implements ContainerRequestFilter {

        private final List<String> roles;

        Check(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(javax.ws.rs.container.ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw TokenAuthenticationFilter.unauthorized();
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ApiException(
                        403,
                        "forbidden",
                        LocalizedMessage.of("无权访问", "Forbidden"),
                        LocalizedMessage.of(
                                "需要以下角色之一："
                                        + String.join(
                                                "、",
                                                roles.stream()
                                                        .map(RoleCheckFeature::roleZh)
                                                        .toList()),
                                "Needs one of the roles: " + String.join(", ", roles)),
                        List.of());
            }
        }
    }

    /** A role as the people holding it call it, for Chinese messages. */
    static String roleZh(String role) {
        return switch (role) {
            case "province" -> "省职业技能鉴定中心";
            case "city" -> "设区市";
            case "enterprise" -> "试点企业";
            case "expert" -> "评委";
            case "applicant" -> "申报人";
            case "plugin_developer" -> "插件开发人员";
            default -> "其他角色";
        };
    }
}
