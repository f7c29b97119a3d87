package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

/**
 * Who may see which candidate of an assessment and how much of it: the tenancy of the assessment
 * services (the enterprise's own, the city's, the province's, or an expert's panels), the context
 * (panel, approved plan) a candidate is assessed in, and the redaction of what experts see.
 */
@Component(service = AssessmentContexts.class)
public class AssessmentContexts {

    /** The statuses whose candidates the lists show: under assessment, and what follows an assessment. */
    static final Set<ApplicationStatus> LISTED = ApplicationLifecycle.ENTERED_ASSESSMENT;

    private final RoundStore rounds;
    private final ParticipationStore participations;
    private final WorkPlanStore plans;
    private final ApplicationStore applications;
    private final PanelStore panels;
    private final Clock clock;

    @Activate
    public AssessmentContexts(
            @Reference Today today,
            @Reference RoundStore rounds,
            @Reference ParticipationStore participations,
            @Reference WorkPlanStore plans,
            @Reference ApplicationStore applications,
            @Reference PanelStore panels) {
        this(rounds, participations, plans, applications, panels, today.clock());
    }

    AssessmentContexts(
            RoundStore rounds,
            ParticipationStore participations,
            WorkPlanStore plans,
            ApplicationStore applications,
            PanelStore panels,
            Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.plans = plans;
        this.applications = applications;
        this.panels = panels;
        this.clock = clock;
    }

    /** One candidate with the panel and the approved plan that govern the assessment. */
    record Context(ApplicationRecord application, PanelRecord panel, WorkPlanRecord plan) {

        PluginChoice method(String methodId) {
            return plan.methods().stream()
                    .filter(m -> m.pluginId().equals(methodId))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("AssessmentMethod", methodId));
        }
    }

    /** The candidate as the caller may see it: in their tenant scope, or an expert of its panel. */
    Context visible(Caller caller, long applicationId) {
        ApplicationRecord application = applications
                .find(applicationId)
                .filter(a -> LISTED.contains(a.status()))
                .orElseThrow(() -> new NotFoundException("Application", Long.toString(applicationId)));
        if (TenantScope.covers(caller, application.cityCode(), application.creditCode())) {
            return context(application);
        }
        if (caller.has(Role.EXPERT)) {
            return asPanelMember(caller, applicationId);
        }
        throw new NotFoundException("Application", Long.toString(applicationId));
    }

    /** The candidate of a panel the calling expert sits on; any other does not exist for them. */
    Context asPanelMember(Caller caller, long applicationId) {
        NotFoundException outside = new NotFoundException("Application", Long.toString(applicationId));
        ApplicationRecord application = applications
                .find(applicationId)
                .filter(a -> LISTED.contains(a.status()))
                .orElseThrow(() -> outside);
        PanelRecord panel = panels.findFor(application.participationId(), occupation(application))
                .filter(p ->
                        caller.expert() != null && p.member(caller.expert()).isPresent())
                .orElseThrow(() -> outside);
        return new Context(application, panel, plan(application));
    }

    Context context(ApplicationRecord application) {
        PanelRecord panel = panels.findFor(application.participationId(), occupation(application))
                .orElseThrow(() -> new RuleViolationException(
                        "panel",
                        "no-panel",
                        "职业（工种）“" + occupation(application) + "”尚未组建评委会",
                        "No panel has been composed for " + occupation(application)));
        return new Context(application, panel, plan(application));
    }

    WorkPlanRecord plan(ApplicationRecord application) {
        ParticipationRecord participation = participations
                .find(application.participationId())
                .orElseThrow(
                        () -> new NotFoundException("Participation", Long.toString(application.participationId())));
        return PanelServiceImpl.approvedPlan(plans, participation);
    }

    /** Sheets are written and results computed only while the application may still pass or fail, in the evaluation phase. */
    void requireAssessable(Context context) {
        requireStatus(context.application());
        requireEvaluationOpen(context.application());
    }

    void requireEvaluationOpen(ApplicationRecord application) {
        PanelServiceImpl.requireEvaluationOpen(rounds, application.roundId(), clock);
    }

    /** Sheets are filled, unlocked and evaluated only while the application may still pass or fail. */
    static void requireStatus(ApplicationRecord application) {
        ApplicationLifecycle.PASS.target(application.status());
    }

    static String occupation(ApplicationRecord application) {
        return occupation(application.form().appliedOccupation());
    }

    static String occupation(ApplicationSummary application) {
        return occupation(application.appliedOccupation());
    }

    private static String occupation(String applied) {
        return applied == null ? "" : applied.strip();
    }

    /** Callers with none of the tenant roles but the expert role see their panels' candidates. */
    static boolean isOnlyExpert(Caller caller) {
        return !caller.has(Role.PROVINCE)
                && !caller.has(Role.CITY)
                && !caller.has(Role.ENTERPRISE)
                && caller.has(Role.EXPERT);
    }

    /**
     * The application as an expert sees it: the ID number masked; phone, e-mail and address
     * removed; the evidence (work history, achievements, awards, priority claims) kept.
     */
    static ApplicationRecord redacted(ApplicationRecord application) {
        ApplicationForm f = application.form();
        ApplicationForm form = new ApplicationForm(
                f.name(),
                f.idNumber() == null ? null : ResidentIdNumber.mask(f.idNumber()),
                f.photoAttachmentId(),
                f.birthMonth(),
                f.education(),
                f.administrativeOrTechnicalPost(),
                f.professionalTitle(),
                f.qualification(),
                f.employer(),
                f.department(),
                null,
                null,
                null,
                f.fieldOfExpertise(),
                f.educationAndCareer(),
                f.educationAndCareerAttachmentIds(),
                f.achievements(),
                f.achievementsAttachmentIds(),
                f.awards(),
                f.awardsAttachmentIds(),
                f.declaration(),
                f.appliedOccupation(),
                f.basis(),
                f.postSince(),
                f.stillInOccupation(),
                f.professionalTitleRecord(),
                f.priorityConditions());
        return application.withForm(form);
    }

    /** The summary as an expert sees it: the ID number masked (a summary has no contact details). */
    static ApplicationSummary redacted(ApplicationSummary s) {
        return new ApplicationSummary(
                s.id(),
                s.version(),
                s.roundId(),
                s.participationId(),
                s.creditCode(),
                s.cityCode(),
                s.applicantKey(),
                s.name(),
                s.idNumber() == null ? null : ResidentIdNumber.mask(s.idNumber()),
                s.appliedOccupation(),
                s.status(),
                s.eligible());
    }

    /**
     * The result as an expert sees it: of the inputs only the expert's own sheets, and of each
     * method's expert totals only the expert's own total; the panel's combined scores stay.
     */
    static AssessmentResultRecord ownInputsOnly(AssessmentResultRecord result, String expertId) {
        return new AssessmentResultRecord(
                result.id(),
                result.version(),
                result.applicationId(),
                result.roundId(),
                result.participationId(),
                result.creditCode(),
                result.cityCode(),
                result.total(),
                result.passed(),
                result.reasons(),
                result.methods().stream()
                        .map(method -> method.withOwnTotalOnly(expertId))
                        .toList(),
                result.provenance(),
                result.inputs().stream()
                        .filter(input -> input.expertId().equals(expertId))
                        .toList(),
                result.inputsSha256(),
                result.evaluatedAt(),
                result.evaluatedBy());
    }

    static AuditActor actor(Caller caller, Role role) {
        return new AuditActor(caller.username(), role.roleName());
    }
}
