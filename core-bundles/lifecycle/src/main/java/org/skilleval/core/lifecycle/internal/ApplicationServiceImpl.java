package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.OccupationCatalogService;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AttachmentStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationFormRules;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityRules;
import org.skilleval.core.rules.ParticipationLifecycle;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.SanctionStatus;
import org.skilleval.core.rules.StateMachine;
import org.skilleval.core.rules.TextRules;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

@Component(service = ApplicationService.class)
public class ApplicationServiceImpl implements ApplicationService {

    private static final String OBJECT_TYPE = "Application";

    private final RoundStore rounds;
    private final ParticipationStore participations;
    private final WorkPlanStore plans;
    private final ApplicationStore applications;
    private final SanctionService sanctions;
    private final OccupationCatalogService occupations;
    private final FormAttachments attachments;
    private final Clock clock;

    @Activate
    public ApplicationServiceImpl(
            @Reference Today today,
            @Reference RoundStore rounds,
            @Reference ParticipationStore participations,
            @Reference WorkPlanStore plans,
            @Reference ApplicationStore applications,
            @Reference SanctionService sanctions,
            @Reference OccupationCatalogService occupations,
            @Reference AttachmentStore attachments) {
        this(rounds, participations, plans, applications, sanctions, occupations, attachments, today.clock());
    }

    ApplicationServiceImpl(
            RoundStore rounds,
            ParticipationStore participations,
            WorkPlanStore plans,
            ApplicationStore applications,
            SanctionService sanctions,
            OccupationCatalogService occupations,
            AttachmentStore attachments,
            Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.plans = plans;
        this.applications = applications;
        this.sanctions = sanctions;
        this.occupations = occupations;
        this.attachments = new FormAttachments(attachments);
        this.clock = clock;
    }

    @Override
    public ApplicationRecord save(Caller caller, long participationId, Long version, ApplicationForm form) {
        Transitions.requireActor(caller, version == null ? ApplicationLifecycle.CREATE : ApplicationLifecycle.REVISE);
        Objects.requireNonNull(form, "form");
        ParticipationRecord participation = participations
                .find(participationId)
                .filter(p -> p.creditCode().equals(TenantScope.enterpriseOfApplicant(caller)))
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(participationId)));
        approvedPlan(participation);
        Transitions.requirePhaseOpen(
                rounds, participation.roundId(), ApplicationLifecycle.REVISE, LocalDate.now(clock));
        AuditActor actor = actor(caller);
        if (version == null) {
            return applications.create(participation, caller.applicant(), form, actor);
        }
        ApplicationRecord own = ownApplication(caller, participation);
        return applications.update(own.id(), version, "revise", "", actor, current -> {
            ApplicationLifecycle.REVISE.target(current.status());
            return current.withForm(form);
        });
    }

    @Override
    public List<Violation> checkForm(Caller caller, ApplicationForm form) {
        caller.requireAny(Role.APPLICANT, Role.ENTERPRISE);
        return formViolations(form, LocalDate.now(clock));
    }

    private static List<Violation> formViolations(ApplicationForm form, LocalDate today) {
        return ApplicationFormRules.validate(form, today).stream()
                .map(p -> new Violation("form." + p.field(), p.rule(), LocalizedText.of(p.messageZh(), p.messageEn())))
                .toList();
    }

    @Override
    public ApplicationRecord submit(Caller caller, long applicationId, long version) {
        Transitions.requireActor(caller, ApplicationLifecycle.SUBMIT);
        ApplicationRecord application = find(caller, applicationId);
        LocalDate today = LocalDate.now(clock);
        RoundRecord round =
                Transitions.requirePhaseOpen(rounds, application.roundId(), ApplicationLifecycle.SUBMIT, today);
        ParticipationRecord participation = participations
                .find(application.participationId())
                .orElseThrow(
                        () -> new NotFoundException("Participation", Long.toString(application.participationId())));
        WorkPlanRecord plan = approvedPlan(participation);
        ApplicationForm form = application.form();
        List<Violation> problems = new ArrayList<>(formViolations(form, today));
        problems.addAll(attachments.check(form, application.creditCode()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String occupation = form.appliedOccupation().strip();
        if (plan.occupations().stream().noneMatch(o -> o.strip().equals(occupation))) {
            throw new RuleViolationException(
                    "form.appliedOccupation",
                    "occupation-not-in-plan",
                    "本企业工作方案未包含职业（工种）“" + TextRules.excerpt(occupation) + "”，可申报："
                            + String.join("、", plan.occupations()),
                    "The enterprise's work plan does not evaluate " + TextRules.excerpt(occupation) + "; it evaluates: "
                            + String.join(", ", plan.occupations()));
        }
        SanctionStatus sanction =
                sanctions.activeFor(SubjectType.PERSON, form.idNumber(), today).orElse(null);
        if (sanction != null) {
            // 五年内不得申请: the person cannot apply at all, not merely be found ineligible.
            throw new RuleViolationException(
                    "form.idNumber",
                    "sanctioned",
                    sanction.period().reason().zh(),
                    sanction.period().reason().en());
        }
        LocalDate referenceDate = round.schedule().deadline(RoundPhase.EVALUATION);
        EligibilityDecision decision = EligibilityRules.decide(ApplicationFormRules.toEligibilityInput(
                form, referenceDate, occupations.hasSeniorTechnicianStandard(occupation), null));
        return applications.update(applicationId, version, "submit", "", actor(caller), current -> {
            ApplicationLifecycle.SUBMIT.target(current.status());
            return current.submitted(decision);
        });
    }

    @Override
    public ApplicationRecord review(Caller caller, long applicationId, long version, boolean endorse, String opinion) {
        StateMachine.Transition<ApplicationStatus> transition =
                endorse ? ApplicationLifecycle.ENDORSE : ApplicationLifecycle.RETURN;
        Role role = Transitions.requireActor(caller, transition);
        ApplicationRecord application = find(caller, applicationId);
        Transitions.requirePhaseOpen(rounds, application.roundId(), transition, LocalDate.now(clock));
        String text = opinion == null ? "" : opinion.strip();
        ApplicationLifecycle.RETURN.requireGuards(guard -> endorse || !text.isEmpty());
        return applications.update(
                applicationId,
                version,
                transition.name(),
                text,
                new AuditActor(caller.username(), role.roleName()),
                current -> {
                    ApplicationStatus next = transition.target(current.status());
                    transition.requireGuards(guard -> guard != ApplicationLifecycle.ELIGIBLE
                            || (current.eligibility() != null
                                    && current.eligibility().eligible()));
                    return current.withStatus(next, text);
                });
    }

    @Override
    public ApplicationRecord find(Caller caller, long applicationId) {
        return applications
                .find(applicationId)
                .filter(application -> covers(caller, application))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(applicationId)));
    }

    @Override
    public Page<ApplicationRecord> list(
            Caller caller,
            long roundId,
            String cityCode,
            ApplicationStatus status,
            Boolean eligible,
            int offset,
            int limit) {
        return scoped(
                        caller,
                        cityCode,
                        (city, enterprise, applicant) -> applications.list(
                                roundId, city, enterprise, applicant, status, eligible, offset, limit))
                .orElseGet(() -> new Page<>(List.of(), 0, offset, limit));
    }

    @Override
    public Page<ApplicationSummary> summaries(
            Caller caller,
            long roundId,
            String cityCode,
            ApplicationStatus status,
            Boolean eligible,
            int offset,
            int limit) {
        return scoped(
                        caller,
                        cityCode,
                        (city, enterprise, applicant) -> applications.summaries(
                                roundId, city, enterprise, applicant, status, eligible, offset, limit))
                .orElseGet(() -> new Page<>(List.of(), 0, offset, limit));
    }

    /** A list query of the applications the caller may see (an applicant: their own). */
    private interface ScopedList<T> {
        Page<T> list(String city, String enterprise, String applicant);
    }

    /** Runs the query within the caller's scope; empty when the scope holds nothing. */
    private static <T> Optional<Page<T>> scoped(Caller caller, String cityCode, ScopedList<T> query) {
        if (!caller.has(Role.PROVINCE) && !caller.has(Role.CITY) && !caller.has(Role.ENTERPRISE)) {
            if (!caller.has(Role.APPLICANT)) {
                throw new AccessDeniedException(caller.username() + " may not list applications");
            }
            return Optional.of(query.list(null, null, caller.applicant()));
        }
        TenantScope scope = TenantScope.forList(caller, cityCode, "applications");
        if (scope.nothing()) {
            return Optional.empty();
        }
        return Optional.of(query.list(scope.city(), scope.enterprise(), null));
    }

    private static boolean covers(Caller caller, ApplicationRecord application) {
        return TenantScope.covers(caller, application.cityCode(), application.creditCode())
                || (caller.has(Role.APPLICANT) && Objects.equals(caller.applicant(), application.applicantKey()));
    }

    private ApplicationRecord ownApplication(Caller caller, ParticipationRecord participation) {
        return applications
                .list(participation.roundId(), null, null, caller.applicant(), null, null, 0, 1)
                .items()
                .stream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.described(OBJECT_TYPE, "您在本评聘批次的", "of yours in this round"));
    }

    private WorkPlanRecord approvedPlan(ParticipationRecord participation) {
        if (!ParticipationLifecycle.TAKING_PART.contains(participation.status())) {
            throw ApplicationLifecycle.PARTICIPATION_ACCEPTED.refusal();
        }
        return plans.findByParticipation(participation.id())
                .filter(plan -> plan.status() == WorkPlanStatus.APPROVED)
                .orElseThrow(ApplicationLifecycle.PLAN_APPROVED::refusal);
    }

    private static AuditActor actor(Caller caller) {
        return new AuditActor(caller.username(), Role.APPLICANT.roleName());
    }
}
