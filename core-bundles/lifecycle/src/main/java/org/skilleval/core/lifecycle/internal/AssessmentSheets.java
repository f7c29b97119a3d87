package org.skilleval.core.lifecycle.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.lifecycle.PanelConflict;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ScoreSheetStore;
import org.skilleval.core.pluginhost.PinnedPlugin;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;

/** The experts' score sheets: drafted, submitted (checked by the method's plugin), unlocked, and their divergences decided. */
@Component(service = AssessmentSheets.class)
public class AssessmentSheets {

    static final int MAX_ITEMS = 100;
    static final int MAX_ITEM_ID = 64;
    static final int MAX_COMMENT = 2000;
    static final int MAX_REASON = 2000;

    private final AssessmentContexts contexts;
    private final ScoreSheetStore sheets;
    private final PanelStore panels;
    private final PluginCalls plugins;
    private final PanelChecks checks;
    private final Clock clock;

    @Activate
    public AssessmentSheets(
            @Reference Today today,
            @Reference AssessmentContexts contexts,
            @Reference ScoreSheetStore sheets,
            @Reference PanelStore panels,
            @Reference PluginCalls plugins,
            @Reference PanelChecks checks) {
        this(contexts, sheets, panels, plugins, checks, today.clock());
    }

    AssessmentSheets(
            AssessmentContexts contexts,
            ScoreSheetStore sheets,
            PanelStore panels,
            PluginCalls plugins,
            PanelChecks checks,
            Clock clock) {
        this.contexts = contexts;
        this.sheets = sheets;
        this.panels = panels;
        this.plugins = plugins;
        this.checks = checks;
        this.clock = clock;
    }

    public ScoreSheetRecord saveDraft(
            Caller caller,
            long applicationId,
            String methodId,
            Long version,
            Map<String, BigDecimal> points,
            String comment) {
        caller.requireAny(Role.EXPERT);
        AssessmentContexts.Context context = contexts.asPanelMember(caller, applicationId);
        context.method(methodId);
        contexts.requireAssessable(context);
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
        AuditActor actor = AssessmentContexts.actor(caller, Role.EXPERT);
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

    /** The calling expert declares a relation to a candidate (回避) and so stands aside from scoring them. */
    public PanelRecord declareRelation(Caller caller, long applicationId, ExpertRelation.Kind relation, String note) {
        caller.requireAny(Role.EXPERT);
        Objects.requireNonNull(relation, "relation");
        AssessmentContexts.Context context = contexts.asPanelMember(caller, applicationId);
        contexts.requireAssessable(context);
        String text = note == null ? "" : note.strip();
        if (text.length() > PanelServiceImpl.MAX_RELATION_NOTE || text.contains("\n")) {
            throw new RuleViolationException(
                    "note",
                    "length",
                    "关系说明须为一行，最多 " + PanelServiceImpl.MAX_RELATION_NOTE + " 字",
                    "The note is one line of at most " + PanelServiceImpl.MAX_RELATION_NOTE + " characters");
        }
        boolean submitted = context.plan().methods().stream()
                .flatMap(method -> sheets.find(applicationId, method.pluginId(), caller.expert()).stream())
                .anyMatch(sheet -> sheet.status() == ScoreSheetRecord.Status.SUBMITTED);
        if (submitted) {
            throw new RuleViolationException(
                    "relation",
                    "sheet-submitted",
                    "您已提交该申报人的评分表，请先请主任委员退回评分表，再申报回避",
                    "You have submitted a sheet for this candidate; ask the chair to unlock it before you"
                            + " declare the relation");
        }
        ExpertRelation declared = new ExpertRelation(applicationId, relation, text);
        PanelRecord panel = context.panel();
        if (panel.member(caller.expert()).orElseThrow().relations().stream()
                .anyMatch(r -> r.applicationId() == applicationId && r.relation() == relation)) {
            return panel;
        }
        return panels.update(
                panel.id(),
                panel.version(),
                "declare-relation",
                relation.name(),
                AssessmentContexts.actor(caller, Role.EXPERT),
                current -> {
                    List<PanelMember> members = new ArrayList<>();
                    for (PanelMember member : current.members()) {
                        if (member.expertId().equals(caller.expert())) {
                            List<ExpertRelation> relations = new ArrayList<>(member.relations());
                            relations.add(declared);
                            member = new PanelMember(
                                    member.expertId(),
                                    member.name(),
                                    member.organisation(),
                                    member.title(),
                                    member.chair(),
                                    member.department(),
                                    relations);
                        }
                        members.add(member);
                    }
                    return current.withMembers(members);
                });
    }

    public ScoreSheetRecord submit(Caller caller, long applicationId, String methodId, long version) {
        caller.requireAny(Role.EXPERT);
        AssessmentContexts.Context context = contexts.asPanelMember(caller, applicationId);
        PluginChoice choice = context.method(methodId);
        contexts.requireAssessable(context);
        requireNoConflict(caller, context);
        ScoreSheetRecord sheet = ownSheet(caller, applicationId, methodId);
        if (sheet.version() != version) {
            throw org.skilleval.core.domain.ConflictException.stale("ScoreSheet", sheet.id(), version);
        }
        requireDraft(sheet);
        PinnedPlugin<AssessmentMethod> method = plugins.method(choice);
        ScoreSheet filled = new ScoreSheet(sheet.expertId(), sheet.points(), sheet.comment());
        List<Violation> violations = plugins.call(
                method, "methods." + methodId, () -> method.plugin().validate(filled, method.parameters()));
        InvalidInputException.throwIfAny(violations);
        AuditActor actor = AssessmentContexts.actor(caller, Role.EXPERT);
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

    public ScoreSheetRecord decideDivergence(
            Caller caller,
            long applicationId,
            String methodId,
            String expertId,
            long version,
            DivergenceFlag.Outcome outcome,
            String note) {
        caller.requireAny(Role.EXPERT);
        AssessmentContexts.Context context = contexts.asPanelMember(caller, applicationId);
        requireChair(caller, context);
        context.method(methodId);
        contexts.requireAssessable(context);
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
                AssessmentContexts.actor(caller, Role.EXPERT),
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

    public ScoreSheetRecord unlock(
            Caller caller, long applicationId, String methodId, String expertId, long version, String reason) {
        caller.requireAny(Role.EXPERT);
        AssessmentContexts.Context context = contexts.asPanelMember(caller, applicationId);
        requireChair(caller, context);
        context.method(methodId);
        contexts.requireAssessable(context);
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
        return sheets.update(
                sheet.id(), version, "unlock", why, AssessmentContexts.actor(caller, Role.EXPERT), current -> {
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

    /** Refuses an expert who must stand aside (回避) for this candidate. */
    private void requireNoConflict(Caller caller, AssessmentContexts.Context context) {
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

    private static void requireChair(Caller caller, AssessmentContexts.Context context) {
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
}
