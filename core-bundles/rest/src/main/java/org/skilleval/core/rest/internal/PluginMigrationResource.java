package org.skilleval.core.rest.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.lifecycle.PluginMigrationService;
import org.skilleval.core.pluginhost.ShadowEvaluation;

/**
 * Moving an approved work plan to another version of one of its plugins, and the shadow
 * evaluation that shows beforehand what the move would do to the round's candidates.
 */
@Component(service = ApiResource.class)
@Path("work-plans/{id}/migrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise"})
public class PluginMigrationResource implements ApiResource {

    record Migration(Long version, String pluginId, String toVersion, String note) {}

    record Outcome(BigDecimal total, Boolean passed, String rule, LocalizedMessage error) {

        static Outcome of(ShadowEvaluation.Outcome o) {
            return new Outcome(
                    o.total(),
                    o.passed(),
                    o.rule(),
                    o.error() == null
                            ? null
                            : LocalizedMessage.of(o.error().zh(), o.error().en()));
        }
    }

    record Row(
            long applicationId,
            String name,
            String idNumber,
            String occupation,
            String inputs,
            Outcome before,
            Outcome after,
            Integer rankBefore,
            Integer rankAfter,
            Integer rankMovement,
            List<LocalizedMessage> why) {

        static Row of(ShadowEvaluation.CandidateShadow c) {
            return new Row(
                    c.applicationId(),
                    c.name(),
                    c.maskedIdNumber(),
                    c.occupation(),
                    c.inputs().name(),
                    Outcome.of(c.before()),
                    Outcome.of(c.after()),
                    c.rankBefore(),
                    c.rankAfter(),
                    c.rankMovement(),
                    c.why().stream()
                            .map(w -> LocalizedMessage.of(w.zh(), w.en()))
                            .toList());
        }
    }

    record Shadow(
            long planId,
            String pluginId,
            String fromVersion,
            String toVersion,
            List<Row> candidates,
            ShadowEvaluation.Summary summary) {

        static Shadow of(ShadowEvaluation s) {
            return new Shadow(
                    s.planId(),
                    s.pluginId(),
                    s.fromVersion(),
                    s.toVersion(),
                    s.candidates().stream().map(Row::of).toList(),
                    s.summary());
        }
    }

    private final PluginMigrationService migrations;

    @Activate
    public PluginMigrationResource(@Reference PluginMigrationService migrations) {
        this.migrations = migrations;
    }

    /** Pins the plan's plugin to another active version; answers the plan as it is now. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public WorkPlanResource.Plan migrate(
            @Context SecurityContext security, @PathParam("id") String id, Migration request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "pluginId", request == null ? null : request.pluginId());
        Requests.required(errors, "toVersion", request == null ? null : request.toVersion());
        Requests.throwIfAny(errors);
        return WorkPlanResource.Plan.of(migrations.migrate(
                Requests.caller(security),
                Requests.id("id", id),
                request.version(),
                request.pluginId(),
                request.toVersion(),
                request.note()));
    }

    /** Every candidate's result under the plan's pins and with the plugin at {@code toVersion}. */
    @GET
    @Path("shadow")
    public Shadow shadow(
            @Context SecurityContext security,
            @PathParam("id") String id,
            @QueryParam("pluginId") String pluginId,
            @QueryParam("toVersion") String toVersion) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "pluginId", blankToNull(pluginId));
        Requests.required(errors, "toVersion", blankToNull(toVersion));
        Requests.throwIfAny(errors);
        return Shadow.of(migrations.shadow(Requests.caller(security), Requests.id("id", id), pluginId, toVersion));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
