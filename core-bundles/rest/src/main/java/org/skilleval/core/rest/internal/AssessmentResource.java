package org.skilleval.core.rest.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.lifecycle.AssessmentService;
import org.skilleval.core.lifecycle.AssessmentView;
import org.skilleval.core.lifecycle.CandidateSummary;
import org.skilleval.core.lifecycle.RecomputeOutcome;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * The assessment of candidates (组织评审): experts fill and submit score sheets, the chair unlocks
 * them, the enterprise evaluates, the province recomputes. An expert sees the candidates of their
 * panels without ID number, phone, e-mail and address, and only their own sheets; of the panel's
 * divergence flags the medians, and the points of their own sheet only. The chair records the
 * outcome of a flagged sheet.
 */
@Component(service = ApiResource.class)
@Path("assessments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise", "expert"})
public class AssessmentResource implements ApiResource {

    record SheetDraft(Long version, Map<String, BigDecimal> points, String comment) {}

    record Transition(Long version) {}

    record Unlock(Long version, String reason) {}

    /** An expert's relation to the candidate (回避申报): one of {@link ExpertRelation.Kind}, and a note. */
    record RelationDeclaration(String relation, String note) {}

    /** The chair's outcome of a flagged sheet: KEPT or REVISED, with a note. */
    record DivergenceOutcome(Long version, String outcome, String note) {}

    /** A candidate in a list; the ID number always masked. */
    record CandidateLine(
            long applicationId,
            long roundId,
            long participationId,
            String creditCode,
            String city,
            String name,
            String idNumber,
            String appliedOccupation,
            String status,
            long panelId,
            int sheetsExpected,
            long sheetsSubmitted) {

        static CandidateLine of(CandidateSummary c) {
            ApplicationSummary a = c.application();
            return new CandidateLine(
                    a.id(),
                    a.roundId(),
                    a.participationId(),
                    a.creditCode(),
                    a.cityCode(),
                    a.name(),
                    ApplicationRecord.mask(a.idNumber()),
                    a.appliedOccupation(),
                    a.status().name(),
                    c.panelId(),
                    c.sheetsExpected(),
                    c.sheetsSubmitted());
        }
    }

    record Sheet(
            long id,
            long version,
            String methodId,
            String expertId,
            Map<String, BigDecimal> points,
            String comment,
            String status,
            Instant submittedAt,
            String unlockReason,
            DivergenceFlag divergence) {

        static Sheet of(ScoreSheetRecord s) {
            return new Sheet(
                    s.id(),
                    s.version(),
                    s.methodId(),
                    s.expertId(),
                    s.points(),
                    s.comment(),
                    s.status().name(),
                    s.submittedAt(),
                    s.unlockReason(),
                    s.divergence());
        }
    }

    record Method(
            String methodId,
            String pinnedVersion,
            LocalizedText name,
            ScoreSheetSchema schema,
            LocalizedText problem,
            List<Sheet> sheets) {

        static Method of(AssessmentView.MethodSheets m) {
            return new Method(
                    m.methodId(),
                    m.pinnedVersion(),
                    m.name(),
                    m.schema(),
                    m.problem(),
                    m.sheets().stream().map(Sheet::of).toList());
        }
    }

    /**
     * A candidate's result. Each of {@code methods} carries {@code expertTotals} (expert id → that
     * expert's own total on the method); an expert calling sees only their own total there, as
     * only their own sheets in {@code inputs}.
     */
    record Result(
            long id,
            long applicationId,
            BigDecimal total,
            boolean passed,
            List<AssessmentResultRecord.Text> reasons,
            List<AssessmentResultRecord.MethodOutcome> methods,
            List<AssessmentResultRecord.Provenance> provenance,
            List<AssessmentResultRecord.SheetInput> inputs,
            String inputsSha256,
            Instant evaluatedAt,
            String evaluatedBy) {

        static Result of(AssessmentResultRecord r) {
            return r == null
                    ? null
                    : new Result(
                            r.id(),
                            r.applicationId(),
                            r.total(),
                            r.passed(),
                            r.reasons(),
                            r.methods(),
                            r.provenance(),
                            r.inputs(),
                            r.inputsSha256(),
                            r.evaluatedAt(),
                            r.evaluatedBy());
        }
    }

    /**
     * One candidate's assessment. {@code form} is the application form; for an expert without the
     * ID number (masked), phone, e-mail and address.
     */
    record Assessment(
            long applicationId,
            long version,
            String status,
            ApplicationForm form,
            PanelResource.Panel panel,
            List<Method> methods,
            Result result,
            List<PanelResource.Conflict> conflicts,
            List<AssessmentView.FlaggedSheet> divergences) {

        static Assessment of(AssessmentView view) {
            ApplicationRecord a = view.application();
            return new Assessment(
                    a.id(),
                    a.version(),
                    a.status().name(),
                    a.form(),
                    PanelResource.Panel.of(view.panel()),
                    view.methods().stream().map(Method::of).toList(),
                    Result.of(view.result()),
                    view.conflicts().stream().map(PanelResource.Conflict::of).toList(),
                    view.divergences());
        }
    }

    record Recompute(boolean identical, List<String> differences, Result stored, Result recomputed) {

        static Recompute of(RecomputeOutcome o) {
            return new Recompute(o.identical(), o.differences(), Result.of(o.stored()), Result.of(o.recomputed()));
        }
    }

    private final AssessmentService assessments;

    @Activate
    public AssessmentResource(@Reference AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GET
    public PageBody<CandidateLine> list(
            @Context SecurityContext security,
            @QueryParam("roundId") String roundId,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        return PageBody.of(
                assessments.candidateSummaries(
                        Requests.caller(security),
                        Requests.requiredId("roundId", roundId),
                        paging.offset(),
                        paging.limit()),
                CandidateLine::of);
    }

    @GET
    @Path("{applicationId}")
    public Assessment get(@Context SecurityContext security, @PathParam("applicationId") String applicationId) {
        return Assessment.of(assessments.view(Requests.caller(security), Requests.id("applicationId", applicationId)));
    }

    @PUT
    @Path("{applicationId}/sheets/{methodId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("expert")
    public Sheet saveDraft(
            @Context SecurityContext security,
            @PathParam("applicationId") String applicationId,
            @PathParam("methodId") String methodId,
            SheetDraft request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "points", request == null ? null : request.points());
        Requests.throwIfAny(errors);
        return Sheet.of(assessments.saveDraft(
                Requests.caller(security),
                Requests.id("applicationId", applicationId),
                methodId,
                request.version(),
                request.points(),
                request.comment()));
    }

    @POST
    @Path("{applicationId}/sheets/{methodId}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("expert")
    public Sheet submit(
            @Context SecurityContext security,
            @PathParam("applicationId") String applicationId,
            @PathParam("methodId") String methodId,
            Transition request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return Sheet.of(assessments.submit(
                Requests.caller(security), Requests.id("applicationId", applicationId), methodId, request.version()));
    }

    @POST
    @Path("{applicationId}/sheets/{methodId}/{expertId}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("expert")
    public Sheet unlock(
            @Context SecurityContext security,
            @PathParam("applicationId") String applicationId,
            @PathParam("methodId") String methodId,
            @PathParam("expertId") String expertId,
            Unlock request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "reason", request == null ? null : request.reason());
        Requests.throwIfAny(errors);
        return Sheet.of(assessments.unlock(
                Requests.caller(security),
                Requests.id("applicationId", applicationId),
                methodId,
                expertId,
                request.version(),
                request.reason()));
    }

    @POST
    @Path("{applicationId}/sheets/{methodId}/{expertId}/divergence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("expert")
    public Sheet decideDivergence(
            @Context SecurityContext security,
            @PathParam("applicationId") String applicationId,
            @PathParam("methodId") String methodId,
            @PathParam("expertId") String expertId,
            DivergenceOutcome request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "outcome", request == null ? null : request.outcome());
        Requests.required(errors, "note", request == null ? null : request.note());
        Requests.throwIfAny(errors);
        return Sheet.of(assessments.decideDivergence(
                Requests.caller(security),
                Requests.id("applicationId", applicationId),
                methodId,
                expertId,
                request.version(),
                Requests.enumValue("outcome", request.outcome(), DivergenceFlag.Outcome.class),
                request.note()));
    }

    /** The calling expert declares a relation to the candidate; the answer is the assessment as it is now. */
    @POST
    @Path("{applicationId}/relations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("expert")
    public Assessment declareRelation(
            @Context SecurityContext security,
            @PathParam("applicationId") String applicationId,
            RelationDeclaration request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "relation", request == null ? null : request.relation());
        Requests.throwIfAny(errors);
        long id = Requests.id("applicationId", applicationId);
        assessments.declareRelation(
                Requests.caller(security),
                id,
                Requests.enumValue("relation", request.relation(), ExpertRelation.Kind.class),
                request.note());
        return Assessment.of(assessments.view(Requests.caller(security), id));
    }

    @POST
    @Path("{applicationId}/evaluate")
    @RolesAllowed("enterprise")
    public Result evaluate(@Context SecurityContext security, @PathParam("applicationId") String applicationId) {
        return Result.of(assessments.evaluate(Requests.caller(security), Requests.id("applicationId", applicationId)));
    }

    @GET
    @Path("{applicationId}/result")
    public Result result(@Context SecurityContext security, @PathParam("applicationId") String applicationId) {
        return Result.of(assessments.result(Requests.caller(security), Requests.id("applicationId", applicationId)));
    }

    @POST
    @Path("{applicationId}/recompute")
    @RolesAllowed("province")
    public Recompute recompute(@Context SecurityContext security, @PathParam("applicationId") String applicationId) {
        return Recompute.of(
                assessments.recompute(Requests.caller(security), Requests.id("applicationId", applicationId)));
    }
}
