package org.skilleval.core.lifecycle.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.PluginMigrationService;
import org.skilleval.core.persistence.AssessmentResultStore;
import org.skilleval.core.persistence.CityExtensionStore;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ScoreSheetStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.pluginhost.PinMigrations;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.ShadowEvaluation;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = PluginMigrationService.class)
public class PluginMigrationServiceImpl implements PluginMigrationService {

    static final int MAX_NOTE = 2000;

    /** Candidates read per page while collecting a plan's candidates. */
    private static final int PAGE = 200;

    /** The candidates a shadow evaluation covers: under assessment, and what follows an assessment. */
    private static final Set<ApplicationStatus> ASSESSED = ApplicationLifecycle.ENTERED_ASSESSMENT;

    private final WorkPlanStore plans;
    private final PanelStore panels;
    private final ScoreSheetStore sheets;
    private final AssessmentResultStore results;
    private final PluginCalls runs;
    private final PluginChecks checks;
    private final PinMigrations migrations;

    @Activate
    public PluginMigrationServiceImpl(
            @Reference WorkPlanStore plans,
            @Reference PanelStore panels,
            @Reference ScoreSheetStore sheets,
            @Reference AssessmentResultStore results,
            @Reference PluginRegistry registry,
            @Reference CityExtensionStore extensions,
            @Reference PluginCalls runs,
            @Reference PinMigrations migrations) {
        this.plans = plans;
        this.panels = panels;
        this.sheets = sheets;
        this.results = results;
        this.runs = runs;
        this.checks = new PluginChecks(registry, extensions, runs);
        this.migrations = migrations;
    }

    /** The plugin of an approved plan to move, with the version it would move to. */
    private record Move(WorkPlanRecord plan, PluginChoice from, PluginDescriptor to) {

        WorkPlanRecord.Content migrated() {
            return migrate(plan.content(), from.pluginId(), to.bundleVersion());
        }
    }

    @Override
    public WorkPlanRecord migrate(
            Caller caller, long planId, long version, String pluginId, String toVersion, String note) {
        caller.requireAny(Role.PROVINCE);
        String why = note == null ? "" : note.strip();
        if (why.length() > MAX_NOTE) {
            throw new RuleViolationException(
                    "note", "length", "说明最多 " + MAX_NOTE + " 字", "The note is at most " + MAX_NOTE + " characters");
        }
        WorkPlanRecord plan =
                plans.find(planId).orElseThrow(() -> new NotFoundException("WorkPlan", Long.toString(planId)));
        Move move = move(plan, pluginId, toVersion);
        WorkPlanRecord.Content migrated = move.migrated();
        // The new version must accept the plan's configuration, as at approval.
        checks.requireValidPinned(migrated, pluginId);
        // ... and compute every candidate assessed so far within its declared scale: a version the
        // shadow evaluation shows failing on a candidate is refused with that plugin fault.
        for (Assessed candidate : assessed(plan).candidates()) {
            runs.compute(migrated.methods(), migrated.scheme(), candidate.inputs());
        }
        String from = move.from().pinnedVersion();
        String to = move.to().bundleVersion();
        String auditNote = pluginId + " " + from + " -> " + to + (why.isEmpty() ? "" : ": " + why);
        return plans.update(
                planId,
                version,
                "migrate-plugin",
                auditNote,
                new AuditActor(caller.username(), "province"),
                current -> {
                    requireApproved(current);
                    // Refuse if someone moved the pin since it was read, even without a version change.
                    if (!pinOf(current, pluginId)
                            .map(PluginChoice::pinnedVersion)
                            .orElse("")
                            .equals(from)) {
                        throw new RuleViolationException(
                                "pluginId",
                                "state",
                                "该插件的锁定版本已变更，请重新读取工作方案",
                                "The plugin's pinned version changed; read the work plan again");
                    }
                    return current.withContent(migrate(current.content(), pluginId, to));
                });
    }

    @Override
    public ShadowEvaluation shadow(Caller caller, long planId, String pluginId, String toVersion) {
        caller.requireAny(Role.PROVINCE, Role.CITY, Role.ENTERPRISE);
        WorkPlanRecord plan = plans.find(planId)
                .filter(p -> TenantScope.covers(caller, p.cityCode(), p.creditCode()))
                .orElseThrow(() -> new NotFoundException("WorkPlan", Long.toString(planId)));
        Move move = move(plan, pluginId, toVersion);

        AssessedCandidates assessed = assessed(plan);
        List<PinMigrations.Candidate> candidates = new ArrayList<>();
        for (Assessed candidate : assessed.candidates()) {
            ApplicationRecord application = candidate.application();
            String idNumber = application.form().idNumber();
            candidates.add(new PinMigrations.Candidate(
                    application.id(),
                    application.form().name(),
                    idNumber == null ? null : ResidentIdNumber.mask(idNumber),
                    candidate.occupation(),
                    candidate.fromSheets() ? ShadowEvaluation.Inputs.SHEETS : ShadowEvaluation.Inputs.STORED_RESULT,
                    candidate.inputs()));
        }
        return migrations.shadow(
                plan.id(),
                plan.methods(),
                plan.scheme(),
                pluginId,
                move.to().bundleVersion(),
                candidates,
                assessed.incomplete());
    }

    /** A candidate assessed under a plan, with the sheets the next evaluation would use. */
    private record Assessed(
            ApplicationRecord application, String occupation, List<SheetInput> inputs, boolean fromSheets) {}

    /** The candidates that can be computed, and how many cannot (sheets missing, no stored result). */
    private record AssessedCandidates(List<Assessed> candidates, int incomplete) {}

    private AssessedCandidates assessed(WorkPlanRecord plan) {
        List<Assessed> assessed = new ArrayList<>();
        int incomplete = 0;
        Map<String, Optional<PanelRecord>> panelOf = new HashMap<>();
        for (ApplicationRecord application : candidates(plan)) {
            String occupation = occupation(application);
            Optional<PanelRecord> panel =
                    panelOf.computeIfAbsent(occupation, o -> panels.findFor(application.participationId(), o));
            Optional<List<SheetInput>> submitted = panel.flatMap(p -> submittedSheets(application, p, plan));
            Optional<AssessmentResultRecord> stored =
                    submitted.isPresent() ? Optional.empty() : results.findByApplication(application.id());
            if (submitted.isEmpty() && stored.isEmpty()) {
                incomplete++;
                continue;
            }
            assessed.add(new Assessed(
                    application,
                    occupation,
                    submitted.orElseGet(() -> stored.orElseThrow().inputs()),
                    submitted.isPresent()));
        }
        return new AssessedCandidates(assessed, incomplete);
    }

    /**
     * The sheets the next evaluation would use: every panel member's submitted sheet of every
     * method; empty unless all are in.
     */
    private Optional<List<SheetInput>> submittedSheets(
            ApplicationRecord application, PanelRecord panel, WorkPlanRecord plan) {
        List<ScoreSheetRecord> stored = sheets.ofApplication(application.id());
        List<SheetInput> inputs = new ArrayList<>();
        for (PluginChoice method : plan.methods()) {
            for (PanelMember member : panel.members()) {
                Optional<ScoreSheetRecord> sheet = stored.stream()
                        .filter(s -> s.methodId().equals(method.pluginId())
                                && s.expertId().equals(member.expertId())
                                && s.status() == ScoreSheetRecord.Status.SUBMITTED)
                        .findFirst();
                if (sheet.isEmpty()) {
                    return Optional.empty();
                }
                inputs.add(new SheetInput(
                        method.pluginId(),
                        member.expertId(),
                        sheet.get().points(),
                        sheet.get().comment()));
            }
        }
        return Optional.of(inputs);
    }

    private List<ApplicationRecord> candidates(WorkPlanRecord plan) {
        List<ApplicationRecord> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<ApplicationRecord> page =
                    panels.candidates(plan.roundId(), null, plan.creditCode(), null, ASSESSED, offset, PAGE);
            page.items().stream()
                    .filter(a -> a.participationId() == plan.participationId())
                    .forEach(all::add);
            offset += PAGE;
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    /** Checks what a migration or its preview needs of the plan, the plugin and the version. */
    private Move move(WorkPlanRecord plan, String pluginId, String toVersion) {
        requireApproved(plan);
        if (pluginId == null || pluginId.isBlank()) {
            throw new RuleViolationException("pluginId", "required", "请指定插件", "Name the plugin");
        }
        if (toVersion == null || toVersion.isBlank()) {
            throw new RuleViolationException("toVersion", "required", "请指定目标版本", "Name the version to move to");
        }
        PluginChoice from = pinOf(plan, pluginId)
                .orElseThrow(() -> new RuleViolationException(
                        "pluginId",
                        "not-in-plan",
                        "工作方案未使用插件 " + pluginId,
                        "The work plan does not use the plugin " + pluginId));
        PluginKind kind = plan.scheme() != null && plan.scheme().pluginId().equals(pluginId)
                ? PluginKind.SCORING_SCHEME
                : PluginKind.ASSESSMENT_METHOD;
        PluginDescriptor to = migrations.target(kind, from, toVersion);
        return new Move(plan, from, to);
    }

    private static Optional<PluginChoice> pinOf(WorkPlanRecord plan, String pluginId) {
        if (plan.scheme() != null && plan.scheme().pluginId().equals(pluginId)) {
            return Optional.of(plan.scheme());
        }
        return plan.methods().stream()
                .filter(m -> m.pluginId().equals(pluginId))
                .findFirst();
    }

    private static WorkPlanRecord.Content migrate(WorkPlanRecord.Content content, String pluginId, String to) {
        return content.withPlugins(
                content.methods().stream()
                        .map(m -> m.pluginId().equals(pluginId) ? m.pinnedTo(to) : m)
                        .toList(),
                content.scheme() != null && content.scheme().pluginId().equals(pluginId)
                        ? content.scheme().pinnedTo(to)
                        : content.scheme());
    }

    private static void requireApproved(WorkPlanRecord plan) {
        if (plan.status() != WorkPlanStatus.APPROVED) {
            throw new RuleViolationException(
                    "status",
                    "state",
                    "只有" + StatusNames.zh(WorkPlanStatus.APPROVED) + "的工作方案才能迁移插件版本，该方案为"
                            + StatusNames.zh(plan.status()),
                    "Only an APPROVED work plan can move to another plugin version; it is " + plan.status());
        }
    }

    private static String occupation(ApplicationRecord application) {
        String occupation = application.form().appliedOccupation();
        return occupation == null ? "" : occupation.strip();
    }
}
