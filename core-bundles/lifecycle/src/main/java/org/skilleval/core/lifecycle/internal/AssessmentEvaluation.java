package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AssessmentResultStore;
import org.skilleval.core.persistence.ScoreSheetStore;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.pluginhost.PluginComputation;
import org.skilleval.core.pluginhost.PluginFingerprints;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.StateMachine;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

/**
 * The evaluation of a candidate: every submitted sheet through the plan's pinned methods and
 * scheme, the result stored with its provenance, and the application passed or failed by the table.
 */
@Component(service = AssessmentEvaluation.class)
public class AssessmentEvaluation {

    private final AssessmentContexts contexts;
    private final ApplicationStore applications;
    private final ScoreSheetStore sheets;
    private final AssessmentResultStore results;
    private final PluginCalls plugins;
    private final PanelChecks checks;
    private final Clock clock;

    @Activate
    public AssessmentEvaluation(
            @Reference Today today,
            @Reference AssessmentContexts contexts,
            @Reference ApplicationStore applications,
            @Reference ScoreSheetStore sheets,
            @Reference AssessmentResultStore results,
            @Reference PluginCalls plugins,
            @Reference PanelChecks checks) {
        this(contexts, applications, sheets, results, plugins, checks, today.clock());
    }

    AssessmentEvaluation(
            AssessmentContexts contexts,
            ApplicationStore applications,
            ScoreSheetStore sheets,
            AssessmentResultStore results,
            PluginCalls plugins,
            PanelChecks checks,
            Clock clock) {
        this.contexts = contexts;
        this.applications = applications;
        this.sheets = sheets;
        this.results = results;
        this.plugins = plugins;
        this.checks = checks;
        this.clock = clock;
    }

    public AssessmentResultRecord evaluate(Caller caller, long applicationId) {
        Transitions.requireActor(caller, ApplicationLifecycle.PASS);
        ApplicationRecord application = applications
                .find(applicationId)
                .filter(a -> Objects.equals(a.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException("Application", Long.toString(applicationId)));
        AssessmentContexts.requireStatus(application);
        AssessmentContexts.Context context = contexts.context(application);
        contexts.requireEvaluationOpen(application);

        List<ScoreSheetRecord> stored = sheets.ofApplication(applicationId);
        List<SheetInput> inputs = new ArrayList<>();
        List<String> missingZh = new ArrayList<>();
        List<String> missingEn = new ArrayList<>();
        for (PluginChoice method : context.plan().methods()) {
            for (PanelMember member : context.panel().members()) {
                Optional<ScoreSheetRecord> sheet = stored.stream()
                        .filter(s -> s.methodId().equals(method.pluginId())
                                && s.expertId().equals(member.expertId())
                                && s.status() == ScoreSheetRecord.Status.SUBMITTED)
                        .findFirst();
                if (sheet.isPresent()) {
                    inputs.add(new SheetInput(
                            method.pluginId(),
                            member.expertId(),
                            sheet.get().points(),
                            sheet.get().comment()));
                } else {
                    missingZh.add(member.name() + "（" + member.expertId() + "）的 " + method.pluginId());
                    missingEn.add(member.name() + " (" + member.expertId() + "): " + method.pluginId());
                }
            }
        }
        if (!missingEn.isEmpty()) {
            throw new RuleViolationException(
                    "sheets",
                    "sheets-missing",
                    "以下评分表尚未提交：" + String.join("；", missingZh),
                    "These score sheets are not submitted yet: " + String.join("; ", missingEn));
        }
        requireDivergencesDecided(caller, context);
        PluginComputation computed =
                plugins.compute(context.plan().methods(), context.plan().scheme(), inputs);
        AssessmentResultRecord result = new AssessmentResultRecord(
                0,
                0,
                applicationId,
                application.roundId(),
                application.participationId(),
                application.creditCode(),
                application.cityCode(),
                computed.total(),
                computed.passed(),
                computed.reasons(),
                computed.methods(),
                computed.provenance(),
                inputs,
                PluginFingerprints.inputsSha256(inputs),
                clock.instant(),
                caller.username());
        StateMachine.Transition<ApplicationStatus> verdict =
                computed.passed() ? ApplicationLifecycle.PASS : ApplicationLifecycle.FAIL;
        return results.record(
                result,
                current -> Transitions.move(current, verdict),
                AssessmentContexts.actor(caller, Role.ENTERPRISE));
    }

    public AssessmentResultRecord result(Caller caller, long applicationId) {
        AssessmentContexts.Context context = contexts.visible(caller, applicationId);
        boolean expert = !TenantScope.covers(
                caller, context.application().cityCode(), context.application().creditCode());
        return results.findByApplication(applicationId)
                .map(r -> expert ? AssessmentContexts.ownInputsOnly(r, caller.expert()) : r)
                .orElseThrow(() -> NotFoundException.described(
                        "AssessmentResult", "申报表 " + applicationId + " 的", "of application " + applicationId));
    }

    /**
     * Flags the candidate's sheets once more (a flag may be missing if a submission's flagging
     * failed, or the gap changed) and refuses while a flag waits for the chair's outcome.
     */
    private void requireDivergencesDecided(Caller caller, AssessmentContexts.Context context) {
        List<String> openZh = new ArrayList<>();
        List<String> openEn = new ArrayList<>();
        long applicationId = context.application().id();
        for (PluginChoice method : context.plan().methods()) {
            sheets
                    .reflag(
                            applicationId,
                            method.pluginId(),
                            all -> checks.divergence(all, context.panel().members()),
                            AssessmentContexts.actor(caller, Role.ENTERPRISE))
                    .stream()
                    .filter(s -> s.divergence() != null && s.divergence().undecided())
                    .forEach(s -> context.panel().member(s.expertId()).ifPresent(member -> {
                        openZh.add(member.name() + "（" + member.expertId() + "）的 " + s.methodId() + "："
                                + String.join("、", s.divergence().items().keySet()));
                        openEn.add(member.name() + " (" + member.expertId() + "): " + s.methodId() + " on "
                                + String.join(", ", s.divergence().items().keySet()));
                    }));
        }
        if (!openEn.isEmpty()) {
            throw new RuleViolationException(
                    "sheets",
                    "divergence-open",
                    "以下评分表与评委会中位数分歧过大，须经评委会复议、由主任委员记录处理结果后方可计算结果：" + String.join("；", openZh),
                    "These sheets diverge from the panel's medians; the panel discusses them and the chair records"
                            + " the outcome before the evaluation: " + String.join("; ", openEn));
        }
    }
}
