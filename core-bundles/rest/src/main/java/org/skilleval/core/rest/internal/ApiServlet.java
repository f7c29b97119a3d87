package org.skilleval.core.rest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.AssessmentService;
import org.skilleval.core.lifecycle.AttachmentService;
import org.skilleval.core.lifecycle.AuditService;
import org.skilleval.core.lifecycle.CalendarService;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.CityExtensionService;
import org.skilleval.core.lifecycle.ObjectionService;
import org.skilleval.core.lifecycle.OccupationCatalogService;
import org.skilleval.core.lifecycle.PanelService;
import org.skilleval.core.lifecycle.PilotEnterpriseService;
import org.skilleval.core.lifecycle.PluginMigrationService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.lifecycle.StatisticsService;
import org.skilleval.core.lifecycle.SupervisionService;
import org.skilleval.core.lifecycle.WorkPlanService;
import org.skilleval.core.persistence.DatabaseHealth;
import org.skilleval.core.persistence.PluginEventLog;
import org.skilleval.core.registry.PluginRegistry;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.TokenService;

/**
 * Publishes the JAX-RS application at {@code /api/*} through the Servlet whiteboard. It wraps
 * Jersey's container rather than extending it so that the resources can reach the dynamic
 * references of this component. Plugins come and go inside the registry: this servlet, and so
 * the API, stays registered while they do.
 */
@Component(
        service = Servlet.class,
        property = {"osgi.http.whiteboard.servlet.pattern=/api/*", "osgi.http.whiteboard.servlet.name=skilleval-api"})
public class ApiServlet implements Servlet {

    /** Manifest header carrying the SkillEval release, set by the build for every bundle. */
    static final String VERSION_HEADER = "SkillEval-Version";

    private final ServletContainer container;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PluginEventLog eventLog;

    @Activate
    public ApiServlet(
            @Reference PluginRegistry registry,
            @Reference DatabaseHealth databaseHealth,
            @Reference Authenticator authenticator,
            @Reference TokenService tokens,
            @Reference RoundService rounds,
            @Reference PilotEnterpriseService enterprises,
            @Reference SanctionService sanctions,
            @Reference WorkPlanService workPlans,
            @Reference PluginMigrationService pluginMigrations,
            @Reference ApplicationService applications,
            @Reference OccupationCatalogService occupations,
            @Reference AttachmentService attachments,
            @Reference CalendarService calendar,
            @Reference StatisticsService statistics,
            @Reference AuditService audit,
            @Reference PanelService panels,
            @Reference AssessmentService assessments,
            @Reference SupervisionService supervision,
            @Reference ProposalListService proposalLists,
            @Reference ObjectionService objections,
            @Reference CertificateService certificates,
            @Reference CityExtensionService cityExtensions,
            BundleContext bundleContext) {
        String version = bundleContext.getBundle().getHeaders().get(VERSION_HEADER);
        String release =
                version == null ? bundleContext.getBundle().getVersion().toString() : version;
        List<Object> resources = List.of(
                new HealthResource(release, databaseHealth, registry),
                new PluginResource(registry, () -> eventLog, cityExtensions),
                new AuthResource(authenticator, tokens),
                new SessionResource(authenticator, tokens),
                new RoundResource(rounds),
                new ParticipationResource(enterprises),
                new SanctionResource(sanctions),
                new WorkPlanResource(workPlans),
                new PluginMigrationResource(pluginMigrations),
                new ApplicationResource(applications),
                new ApplicationFormCheckResource(),
                new OccupationResource(occupations),
                new AttachmentResource(attachments),
                new CalendarResource(calendar),
                new StatisticsResource(statistics),
                new AuditResource(audit),
                new PanelResource(panels),
                new AssessmentResource(assessments),
                new SupervisionNoteResource(supervision),
                new ProposalListResource(proposalLists, objections, certificates),
                new ObjectionResource(objections),
                new CertificateResource(certificates),
                new PublicResource(proposalLists, objections, certificates),
                new CityExtensionResource(cityExtensions));
        List<Object> published = new ArrayList<>(resources);
        published.add(new OpenApiResource(
                release, resources.stream().<Class<?>>map(Object::getClass).toList()));
        this.container = new ServletContainer(ApiApplication.create(tokens, published));
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        container.init(config);
    }

    @Override
    public ServletConfig getServletConfig() {
        return container.getServletConfig();
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        container.service(request, response);
    }

    @Override
    public String getServletInfo() {
        return "SkillEval API";
    }

    @Override
    public void destroy() {
        container.destroy();
    }
}
