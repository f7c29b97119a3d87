package org.skilleval.core.lifecycle.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AssessmentResultRecord.MethodOutcome;
import org.skilleval.core.domain.AssessmentResultRecord.Provenance;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.AssessmentService;
import org.skilleval.core.lifecycle.AssessmentView;
import org.skilleval.core.lifecycle.Candidate;
import org.skilleval.core.lifecycle.PanelConflict;
import org.skilleval.core.lifecycle.RecomputeOutcome;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AssessmentResultStore;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.ScoreSheetStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.registry.PluginKind;
import org.skilleval.core.registry.PluginRegistry;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

@Component(service = AssessmentService.class)
public class AssessmentServiceImpl implements AssessmentService {

    static final int MAX_ITEMS = 100;
    static final int MAX_ITEM_ID = 64;
    static final int MAX_COMMENT = 2000;
    static final int MAX_REASON = 2000;

    /** The statuses in which sheets are filled, unlocked and evaluated. */
    private static final Set<ApplicationStatus> UNDER_ASSESSMENT =
            EnumSet.of(ApplicationStatus.ENDORSED, ApplicationStatus.PASSED, ApplicationStatus.FAILED);

    /** The statuses whose candidates the lists show: under assessment, and what follows an assessment. */
    private static final Set<ApplicationStatus> LISTED = EnumSet.of(
            ApplicationStatus.ENDORSED,
            ApplicationStatus.PASSED,
            ApplicationStatus.FAILED,
            ApplicationStatus.PROPOSED,
            ApplicationStatus.REMOVED,
            ApplicationStatus.CERTIFIED);

    private final RoundStore rounds;
    private final ParticipationStore participations;
    private final WorkPlanStore plans;
    private final ApplicationStore applications;
    private final PanelStore panels;
    private final ScoreSheetStore sheets;
    private final AssessmentResultStore results;
    private final PluginRuns plugins;
    private final PanelChecks checks;
    private final Clock clock;

    @Activate
    public AssessmentServiceImpl(
            @Reference Today today,
            @Reference RoundStore rounds,
            @Reference ParticipationStore participations,
            @Reference WorkPlanStore plans,
            @Reference ApplicationStore applications,
            @Reference PanelStore panels,
            @Reference ScoreSheetStore sheets,
            @Reference AssessmentResultStore results,
            @Reference PluginRegistry registry,
            @Reference PanelChecks checks,
            @Reference PluginExecutor executor) {
        this(
                rounds,
                participations,
                plans,
                applications,
                panels,
                sheets,
                results,
                registry,
                checks,
                executor,
                today.clock());
    }

    AssessmentServiceImpl(
            RoundStore rounds,
            ParticipationStore participations,
            WorkPlanStore plans,
            ApplicationStore applications,
            PanelStore panels,
            ScoreSheetStore sheets,
            AssessmentResultStore results,
            PluginRegistry registry,
            PanelChecks checks,
            PluginExecutor executor,
            Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.plans = plans;
        this.applications = applications;
        this.panels = panels;
        this.sheets = sheets;
        this.results = results;
        this.plugins = new PluginRuns(registry, executor);
        this.checks = checks;
        this.clock = clock;
    }

    /** One candidate with the panel and the approved plan that govern the assessment. */
    private record Context(ApplicationRecord application, PanelRecord panel, WorkPlanRecord plan) {

        PluginChoice method(String methodId) {
            return plan.methods().stream()
                    .filter(m -> m.pluginId().equals(methodId))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("AssessmentMethod", methodId));
        }
    }

    @Override
    public Page<Candidate> candidates(Caller caller, long roundId, int offset, int limit) {
        Page<ApplicationRecord> page;
        boolean expert = isOnlyExpert(caller);
        if (expert) {
            page = panels.candidates(roundId, null, null, caller.expert(), LISTED, offset, limit);
        } else {
            TenantScope scope = TenantScope.forList(caller, null, "candidates");
            if (scope.nothing()) {
                return new Page<>(List.of(), 0, offset, limit);
            }
            page = panels.candidates(roundId, scope.city(), scope.enterprise(), null, LISTED, offset, limit);
        }
        Map<Long, Long> submitted = sheets.submittedCounts(
                page.items().stream().map(ApplicationRecord::id).toList());
        Map<String, Optional<PanelRecord>> panelCache = new HashMap<>();
        Map<Long, Integer> methodCounts = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ApplicationRecord application : page.items()) {
            String occupation = occupation(application);
            Optional<PanelRecord> panel = panelCache.computeIfAbsent(
                    application.participationId() + "\n" + occupation,
                    key -> panels.findFor(application.participationId(), occupation));
            if (panel.isEmpty()) {
                continue; // removed between the two reads; it is no candidate any more
            }
            int methods = methodCounts.computeIfAbsent(
                    application.participationId(), participation -> plans.findByParticipation(participation)
                            .map(plan -> plan.methods().size())
                            .orElse(0));
            candidates.add(new Candidate(
                    expert ? redacted(application) : application,
                    panel.get().id(),
                    panel.get().members().size() * methods,
                    submitted.getOrDefault(application.id(), 0L)));
        }
        return new Page<>(candidates, page.total(), offset, limit);
    }

    @Override
    public AssessmentView view(Caller caller, long applicationId) {
        Context context = visible(caller, applicationId);
        boolean expert = !TenantScope.covers(
                caller, context.application().cityCode(), context.application().creditCode());
        List<ScoreSheetRecord> all = sheets.ofApplication(applicationId);
        List<AssessmentView.MethodSheets> methods = new ArrayList<>();
        for (PluginChoice choice : context.plan().methods()) {
            List<ScoreSheetRecord> shown = all.stream()
                    .filter(s -> s.methodId().equals(choice.pluginId()))
                    .filter(s -> !expert || s.expertId().equals(caller.expert()))
                    .toList();
            LocalizedText name = null;
            ScoreSheetSchema schema = null;
            LocalizedText problem = null;
            try {
                PluginRuns.Pinned<AssessmentMethod> method = plugins.method(choice);
                name = PluginRuns.guarded(method, "methods." + choice.pluginId(), () -> method.plugin()
                        .name());
                schema = PluginRuns.guarded(method, "methods." + choice.pluginId(), () -> method.plugin()
                        .scoreSheet(method.parameters()));
            } catch (RuleViolationException unavailable) {
                problem = LocalizedText.of(unavailable.messageZh(), unavailable.messageEn());
            }
            methods.add(new AssessmentView.MethodSheets(
                    choice.pluginId(), choice.pinnedVersion(), name, schema, problem, shown));
        }
        AssessmentResultRecord result = results.findByApplication(applicationId)
                .map(r -> expert ? ownInputsOnly(r, caller.expert()) : r)
                .orElse(null);
        ApplicationRecord application = expert ? redacted(context.application()) : context.application();
        List<PanelMember> judged = expert
                ? context.panel().member(caller.expert()).stream().toList()
                : context.panel().members();
        List<PanelConflict> conflicts =
                checks.conflicts(context.panel().cityCode(), judged, List.of(context.application()));
        List<AssessmentView.FlaggedSheet> divergences = all.stream()
                .filter(s -> s.divergence() != null
                        && context.panel().member(s.expertId()).isPresent())
                .map(s -> new AssessmentView.FlaggedSheet(
                        s.methodId(),
                        s.expertId(),
                        s.version(),
                        !expert || s.expertId().equals(caller.expert())
                                ? s.divergence()
                                : s.divergence().withoutPoints()))
                .toList();
        return new AssessmentView(application, context.panel(), methods, result, conflicts, divergences);
    }

    @Override
    public ScoreSheetRecord saveDraft(
            Caller caller,
            long applicationId,
            String methodId,
            Long version,
            Map<String, BigDecimal> points,
            String comment) {
        caller.requireAny(Role.EXPERT);
        Context context = asPanelMember(caller, applicationId);
        context.method(methodId);
        requireAssessable(context);
        requireNoConflict(caller, context);
        Map<String, BigDecimal> checkedPoints = checkPoints(points);
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw new RuleViolationException(
                    "comment",
                    "length",
                    "评语最多 " + MAX_COMMENT + " 字",
                    "The comment is at most " + MAX_COMMENT + " characters");
        }
        AuditActor actor = actor(caller, Role.EXPERT);
        if (version == null) {
            return sheets.create(
                    applicationId, context.panel().id(), methodId, caller.expert(), checkedPoints, text, actor);
        }
        ScoreSheetRecord sheet = ownSheet(caller, applicationId, methodId);
        return sheets.update(sheet.id(), version, "revise", "", actor, current -> {
            requireDraft(current);
            return current.withDraft(checkedPoints, text);
        });
    }

    @Override
    public ScoreSheetRecord submit(Caller caller, long applicationId, String methodId, long version) {
        caller.requireAny(Role.EXPERT);
        Context context = asPanelMember(caller, applicationId);
        PluginChoice choice = context.method(methodId);
        requireAssessable(context);
        requireNoConflict(caller, context);
        ScoreSheetRecord sheet = ownSheet(caller, applicationId, methodId);
        if (sheet.version() != version) {
            throw org.skilleval.core.domain.ConflictException.stale("ScoreSheet", sheet.id(), version);
        }
        requireDraft(sheet);
        PluginRuns.Pinned<AssessmentMethod> method = plugins.method(choice);
        ScoreSheet filled = new ScoreSheet(sheet.expertId(), sheet.points(), sheet.comment());
        List<Violation> violations = PluginRuns.guarded(
                method, "methods." + methodId, () -> method.plugin().validate(filled, method.parameters()));
        InvalidInputException.throwIfAny(violations);
        AuditActor actor = actor(caller, Role.EXPERT);
        ScoreSheetRecord submitted = sheets.update(sheet.id(), version, "submit", "", actor, current -> {
            requireDraft(current);
            return current.submitted(clock.instant());
        });
        // Once the method's last sheet is in, every sheet of it is compared with the panel's medians.
        return sheets
                .reflag(
                        applicationId,
                        methodId,
                        all -> checks.divergence(all, context.panel().members()),
                        actor)
                .stream()
                .filter(s -> s.id() == submitted.id())
                .findFirst()
                .orElse(submitted);
    }

    @Override
    public ScoreSheetRecord decideDivergence(
            Caller caller,
            long applicationId,
            String methodId,
            String expertId,
            long version,
            DivergenceFlag.Outcome outcome,
            String note) {
        caller.requireAny(Role.EXPERT);
        Context context = asPanelMember(caller, applicationId);
        requireChair(caller, context);
        context.method(methodId);
        requireAssessable(context);
        if (outcome == null) {
            throw new RuleViolationException(
                    "outcome", "required", "请选择处理结果：KEPT 或 REVISED", "The outcome is KEPT or REVISED");
        }
        String why = reason(note, "note", "记录评分分歧的处理结果须说明", "Recording the outcome of a divergence needs a note");
        ScoreSheetRecord sheet = sheets.find(applicationId, methodId, expertId)
                .orElseThrow(() -> NotFoundException.described(
                        "ScoreSheet",
                        "评委 " + expertId + " 按评审方式 " + methodId + " 填写的",
                        "of expert " + expertId + " for method " + methodId));
        return sheets.update(
                sheet.id(),
                version,
                "divergence-" + outcome.name().toLowerCase(java.util.Locale.ROOT),
                why,
                actor(caller, Role.EXPERT),
                current -> {
                    if (current.divergence() == null || !current.divergence().undecided()) {
                        throw new RuleViolationException(
                                "outcome",
                                "state",
                                "该评分表没有待处理的评分分歧",
                                "The sheet has no divergence waiting for an outcome");
                    }
                    if (current.status() != ScoreSheetRecord.Status.SUBMITTED) {
                        throw new RuleViolationException(
                                "status",
                                "state",
                                "评分表须为" + StatusNames.zh(ScoreSheetRecord.Status.SUBMITTED) + "，当前为"
                                        + StatusNames.zh(current.status()),
                                "The sheet must be SUBMITTED; it is " + current.status());
                    }
                    DivergenceFlag decided =
                            current.divergence().decided(outcome, why, caller.username(), clock.instant());
                    ScoreSheetRecord base = outcome == DivergenceFlag.Outcome.REVISED ? current.unlocked(why) : current;
                    return base.withDivergence(decided);
                });
    }

    @Override
    public ScoreSheetRecord unlock(
            Caller caller, long applicationId, String methodId, String expertId, long version, String reason) {
        caller.requireAny(Role.EXPERT);
        Context context = asPanelMember(caller, applicationId);
        requireChair(caller, context);
        context.method(methodId);
        requireAssessable(context);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolationException("reason", "required", "解锁评分表须说明理由", "Unlocking a sheet needs a reason");
        }
        if (why.length() > MAX_REASON) {
            throw new RuleViolationException(
                    "reason",
                    "length",
                    "理由最多 " + MAX_REASON + " 字",
                    "The reason is at most " + MAX_REASON + " characters");
        }
        ScoreSheetRecord sheet = sheets.find(applicationId, methodId, expertId)
                .orElseThrow(() -> NotFoundException.described(
                        "ScoreSheet",
                        "评委 " + expertId + " 按评审方式 " + methodId + " 填写的",
                        "of expert " + expertId + " for method " + methodId));
        return sheets.update(sheet.id(), version, "unlock", why, actor(caller, Role.EXPERT), current -> {
            if (current.status() != ScoreSheetRecord.Status.SUBMITTED) {
                throw new RuleViolationException(
                        "status",
                        "state",
                        "只能解锁" + StatusNames.zh(ScoreSheetRecord.Status.SUBMITTED) + "的评分表，该评分表为"
                                + StatusNames.zh(current.status()),
                        "Only a submitted sheet can be unlocked; this one is " + current.status());
            }
            return current.unlocked(why);
        });
    }

    @Override
    public AssessmentResultRecord evaluate(Caller caller, long applicationId) {
        caller.requireAny(Role.ENTERPRISE);
        ApplicationRecord application = applications
                .find(applicationId)
                .filter(a -> Objects.equals(a.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException("Application", Long.toString(applicationId)));
        requireStatus(application);
        Context context = context(application);
        PanelServiceImpl.requireEvaluationOpen(rounds, application.roundId(), clock);

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
        PluginRuns.Computation computed =
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
                PluginRuns.inputsSha256(inputs),
                clock.instant(),
                caller.username());
        ApplicationStatus verdict = computed.passed() ? ApplicationStatus.PASSED : ApplicationStatus.FAILED;
        return results.record(
                result,
                current -> {
                    requireStatus(current);
                    return current.withStatus(verdict, current.enterpriseOpinion());
                },
                actor(caller, Role.ENTERPRISE));
    }

    @Override
    public AssessmentResultRecord result(Caller caller, long applicationId) {
        Context context = visible(caller, applicationId);
        boolean expert = !TenantScope.covers(
                caller, context.application().cityCode(), context.application().creditCode());
        return results.findByApplication(applicationId)
                .map(r -> expert ? ownInputsOnly(r, caller.expert()) : r)
                .orElseThrow(() -> NotFoundException.described(
                        "AssessmentResult", "申报表 " + applicationId + " 的", "of application " + applicationId));
    }

    @Override
    public RecomputeOutcome recompute(Caller caller, long applicationId) {
        caller.requireAny(Role.PROVINCE);
        AssessmentResultRecord stored = results.findByApplication(applicationId)
                .orElseThrow(() -> NotFoundException.described(
                        "AssessmentResult", "申报表 " + applicationId + " 的", "of application " + applicationId));
        List<String> differences = new ArrayList<>();
        if (!PluginRuns.inputsSha256(stored.inputs()).equals(stored.inputsSha256())) {
            differences.add("stored inputs no longer match their SHA-256");
        }
        List<PluginChoice> methods = new ArrayList<>();
        PluginChoice scheme = null;
        for (Provenance p : stored.provenance()) {
            if (!PluginRuns.configurationSha256(p.configuration()).equals(p.configurationSha256())) {
                differences.add("stored configuration of " + p.pluginId() + " no longer matches its SHA-256");
            }
            PluginChoice choice = new PluginChoice(p.pluginId(), p.configuration(), p.bundleVersion());
            if (PluginKind.SCORING_SCHEME.name().equals(p.kind())) {
                scheme = choice;
            } else {
                methods.add(choice);
            }
        }
        if (scheme == null) {
            throw new IllegalStateException("Result " + stored.id() + " records no scoring scheme");
        }
        PluginRuns.Computation computed = plugins.compute(methods, scheme, stored.inputs());
        AssessmentResultRecord recomputed = new AssessmentResultRecord(
                stored.id(),
                stored.version(),
                stored.applicationId(),
                stored.roundId(),
                stored.participationId(),
                stored.creditCode(),
                stored.cityCode(),
                computed.total(),
                computed.passed(),
                computed.reasons(),
                computed.methods(),
                computed.provenance(),
                stored.inputs(),
                PluginRuns.inputsSha256(stored.inputs()),
                clock.instant(),
                caller.username());
        differences.addAll(differences(stored, recomputed));
        boolean identical = differences.isEmpty();
        results.recordRecompute(
                stored.id(),
                identical ? "identical" : "differs: " + String.join("; ", differences),
                actor(caller, Role.PROVINCE));
        return new RecomputeOutcome(identical, stored, recomputed, differences);
    }

    /**
     * The result as an expert sees it: of the inputs only the expert's own sheets, and of each
     * method's expert totals only the expert's own total; the panel's combined scores stay.
     */
    private static AssessmentResultRecord ownInputsOnly(AssessmentResultRecord result, String expertId) {
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

    private static List<String> differences(AssessmentResultRecord stored, AssessmentResultRecord recomputed) {
        List<String> differences = new ArrayList<>();
        if (stored.total().compareTo(recomputed.total()) != 0) {
            differences.add(
                    "total " + PluginRuns.plain(stored.total()) + " -> " + PluginRuns.plain(recomputed.total()));
        }
        if (stored.passed() != recomputed.passed()) {
            differences.add("passed " + stored.passed() + " -> " + recomputed.passed());
        }
        if (!stored.reasons().equals(recomputed.reasons())) {
            differences.add("reasons");
        }
        if (!canonical(stored.methods()).equals(canonical(recomputed.methods()))) {
            differences.add("method results");
        }
        // Named per method, so that a result stored before expert totals were recorded reads as
        // such and not as a changed score.
        Map<String, Map<String, BigDecimal>> storedTotals = new HashMap<>();
        stored.methods().forEach(m -> storedTotals.put(m.methodId(), m.expertTotals()));
        for (MethodOutcome method : recomputed.methods()) {
            Map<String, BigDecimal> before = storedTotals.getOrDefault(method.methodId(), Map.of());
            if (!plainTotals(before).equals(plainTotals(method.expertTotals()))) {
                differences.add("expert totals of " + method.methodId()
                        + (before.isEmpty() ? " (none stored)" : "")
                        + (method.expertTotals().isEmpty() ? " (none recomputed)" : ""));
            }
        }
        if (!stored.provenance().equals(recomputed.provenance())) {
            differences.add("provenance");
        }
        return differences;
    }

    private static Map<String, String> plainTotals(Map<String, BigDecimal> totals) {
        Map<String, String> plain = new TreeMap<>();
        totals.forEach((expert, total) -> plain.put(expert, PluginRuns.plain(total)));
        return plain;
    }

    private static List<String> canonical(List<MethodOutcome> outcomes) {
        return outcomes.stream()
                .map(o -> o.methodId() + "|" + PluginRuns.plain(o.score()) + "|" + PluginRuns.plain(o.maxScore()) + "|"
                        + o.itemScores().entrySet().stream()
                                .map(e -> e.getKey() + "=" + PluginRuns.plain(e.getValue()))
                                .collect(Collectors.joining(","))
                        + "|" + o.vetoed() + "|" + o.reasons())
                .toList();
    }

    /** The candidate as the caller may see it: in their tenant scope, or an expert of its panel. */
    private Context visible(Caller caller, long applicationId) {
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
    private Context asPanelMember(Caller caller, long applicationId) {
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

    private Context context(ApplicationRecord application) {
        PanelRecord panel = panels.findFor(application.participationId(), occupation(application))
                .orElseThrow(() -> new RuleViolationException(
                        "panel",
                        "no-panel",
                        "职业（工种）“" + occupation(application) + "”尚未组建评委会",
                        "No panel has been composed for " + occupation(application)));
        return new Context(application, panel, plan(application));
    }

    private WorkPlanRecord plan(ApplicationRecord application) {
        ParticipationRecord participation = participations
                .find(application.participationId())
                .orElseThrow(
                        () -> new NotFoundException("Participation", Long.toString(application.participationId())));
        return PanelServiceImpl.approvedPlan(plans, participation);
    }

    private void requireAssessable(Context context) {
        requireStatus(context.application());
        PanelServiceImpl.requireEvaluationOpen(rounds, context.application().roundId(), clock);
    }

    private ScoreSheetRecord ownSheet(Caller caller, long applicationId, String methodId) {
        return sheets.find(applicationId, methodId, caller.expert())
                .orElseThrow(() -> NotFoundException.described(
                        "ScoreSheet", "您按评审方式 " + methodId + " 填写的", "of yours for method " + methodId));
    }

    private static Map<String, BigDecimal> checkPoints(Map<String, BigDecimal> points) {
        Map<String, BigDecimal> given = points == null ? Map.of() : points;
        List<Violation> violations = new ArrayList<>();
        if (given.size() > MAX_ITEMS) {
            violations.add(new Violation(
                    "points",
                    "size",
                    LocalizedText.of("评分项最多 " + MAX_ITEMS + " 个", "At most " + MAX_ITEMS + " items")));
        }
        given.forEach((item, value) -> {
            if (item == null || item.isBlank() || item.length() > MAX_ITEM_ID) {
                violations.add(new Violation(
                        "points", "item", LocalizedText.of("评分项编号无效", "An item id is blank or too long")));
            } else if (value == null) {
                violations.add(new Violation(
                        "points." + item,
                        "required",
                        LocalizedText.of("评分项 " + item + " 的分数为空", "Item " + item + " has no points")));
            }
        });
        InvalidInputException.throwIfAny(violations);
        return given;
    }

    /**
     * Flags the candidate's sheets once more (a flag may be missing if a submission's flagging
     * failed, or the gap changed) and refuses while a flag waits for the chair's outcome.
     */
    private void requireDivergencesDecided(Caller caller, Context context) {
        List<String> openZh = new ArrayList<>();
        List<String> openEn = new ArrayList<>();
        long applicationId = context.application().id();
        for (PluginChoice method : context.plan().methods()) {
            sheets
                    .reflag(
                            applicationId,
                            method.pluginId(),
                            all -> checks.divergence(all, context.panel().members()),
                            actor(caller, Role.ENTERPRISE))
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

    /** Refuses an expert who must stand aside (回避) for this candidate. */
    private void requireNoConflict(Caller caller, Context context) {
        PanelMember member = context.panel().member(caller.expert()).orElseThrow();
        List<PanelConflict> conflicts =
                checks.conflicts(context.panel().cityCode(), List.of(member), List.of(context.application()));
        if (!conflicts.isEmpty()) {
            throw new RuleViolationException(
                    "expertId",
                    "conflict-of-interest",
                    "您须回避该申报人，不能为其评分："
                            + conflicts.stream().map(c -> c.reason().zh()).collect(Collectors.joining("；"))
                            + "。请告知企业更换评委",
                    "You must stand aside for this candidate and cannot score them: "
                            + conflicts.stream().map(c -> c.reason().en()).collect(Collectors.joining("; "))
                            + ". Ask the enterprise to replace you on the panel");
        }
    }

    private static void requireChair(Caller caller, Context context) {
        boolean chair = context.panel()
                .chair()
                .map(PanelMember::expertId)
                .filter(id -> id.equals(caller.expert()))
                .isPresent();
        if (!chair) {
            throw new AccessDeniedException(caller.username() + " does not chair panel "
                    + context.panel().id());
        }
    }

    private static String reason(String given, String field, String zhRequired, String enRequired) {
        String why = given == null ? "" : given.strip();
        if (why.isEmpty()) {
            throw new RuleViolationException(field, "required", zhRequired, enRequired);
        }
        if (why.length() > MAX_REASON) {
            throw new RuleViolationException(
                    field,
                    "length",
                    "说明最多 " + MAX_REASON + " 字",
                    "The " + field + " is at most " + MAX_REASON + " characters");
        }
        return why;
    }

    private static void requireDraft(ScoreSheetRecord sheet) {
        if (sheet.status() != ScoreSheetRecord.Status.DRAFT) {
            throw new RuleViolationException(
                    "status",
                    "state",
                    "评分表已提交并锁定，须由评委会主任解锁后方可修改",
                    "The sheet is submitted and locked; the panel's chair must unlock it first");
        }
    }

    private static void requireStatus(ApplicationRecord application) {
        if (!UNDER_ASSESSMENT.contains(application.status())) {
            throw new RuleViolationException(
                    "status",
                    "state",
                    "申报表须为" + StatusNames.zh(UNDER_ASSESSMENT) + "方可评审，当前为" + StatusNames.zh(application.status()),
                    "The application must be " + StatusNames.en(UNDER_ASSESSMENT) + " to be assessed; it is "
                            + application.status());
        }
    }

    private static String occupation(ApplicationRecord application) {
        String occupation = application.form().appliedOccupation();
        return occupation == null ? "" : occupation.strip();
    }

    /** Callers with none of the tenant roles but the expert role see their panels' candidates. */
    private static boolean isOnlyExpert(Caller caller) {
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

    private static AuditActor actor(Caller caller, Role role) {
        return new AuditActor(caller.username(), role.roleName());
    }
}
