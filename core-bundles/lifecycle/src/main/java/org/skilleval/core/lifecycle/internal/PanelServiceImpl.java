package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.PanelConflict;
import org.skilleval.core.lifecycle.PanelService;
import org.skilleval.core.persistence.ExpertPoolStore;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.ParticipationLifecycle;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.TextRules;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

@Component(service = PanelService.class, configurationPid = LifecycleConfiguration.PID)
public class PanelServiceImpl implements PanelService {

    static final String OBJECT_TYPE = "Panel";
    static final Pattern EXPERT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final int MAX_NAME = 50;
    static final int MAX_ORGANISATION = 200;
    static final int MAX_TITLE = 100;
    static final int MAX_DEPARTMENT = 100;
    static final int MAX_RELATIONS = 50;
    static final int MAX_RELATION_NOTE = 200;

    /** The applications a panel judges: endorsed, and whatever follows an assessment; never cancelled. */
    static final Set<ApplicationStatus> CANDIDATES = ApplicationLifecycle.ENTERED_ASSESSMENT;

    private final RoundStore rounds;
    private final ParticipationStore participations;
    private final WorkPlanStore plans;
    private final PanelStore panels;
    private final ExpertPoolStore pool;
    private final PanelChecks checks;
    private final int minSize;
    private final int maxSize;
    private final Clock clock;

    @Activate
    public PanelServiceImpl(
            @Reference Today today,
            @Reference RoundStore rounds,
            @Reference ParticipationStore participations,
            @Reference WorkPlanStore plans,
            @Reference PanelStore panels,
            @Reference ExpertPoolStore pool,
            @Reference PanelChecks checks,
            LifecycleConfiguration configuration) {
        this(
                rounds,
                participations,
                plans,
                panels,
                pool,
                checks,
                configuration.panelMinSize(),
                configuration.panelMaxSize(),
                today.clock());
    }

    PanelServiceImpl(
            RoundStore rounds,
            ParticipationStore participations,
            WorkPlanStore plans,
            PanelStore panels,
            ExpertPoolStore pool,
            PanelChecks checks,
            int minSize,
            int maxSize,
            Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.plans = plans;
        this.panels = panels;
        this.pool = pool;
        this.checks = checks;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.clock = clock;
    }

    @Override
    public PanelRecord compose(Caller caller, long participationId, String occupation, List<PanelMember> members) {
        caller.requireAny(Role.ENTERPRISE);
        ParticipationRecord participation = participations
                .find(participationId)
                .filter(p -> Objects.equals(p.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(participationId)));
        WorkPlanRecord plan = approvedPlan(plans, participation);
        requireEvaluationOpen(rounds, participation.roundId(), clock);
        String name = occupation == null ? "" : occupation.strip();
        if (plan.occupations().stream().noneMatch(o -> o.strip().equals(name))) {
            throw new RuleViolationException(
                    "occupation",
                    "occupation-not-in-plan",
                    "工作方案未包含职业（工种）“" + TextRules.excerpt(name) + "”，可选：" + String.join("、", plan.occupations()),
                    "The work plan does not evaluate \"" + TextRules.excerpt(name) + "\"; it evaluates: "
                            + String.join(", ", plan.occupations()));
        }
        List<PanelMember> checked = checkMembers(members);
        refuseConflicts(
                checked,
                checks.conflicts(
                        participation.cityCode(),
                        checked,
                        panels.candidatesOf(
                                participation.roundId(),
                                participation.creditCode(),
                                participation.id(),
                                name,
                                CANDIDATES)));
        return panels.create(participation, name, checked, actor(caller));
    }

    @Override
    public PanelRecord revise(Caller caller, long panelId, long version, List<PanelMember> members) {
        caller.requireAny(Role.ENTERPRISE);
        PanelRecord panel = panels.find(panelId)
                .filter(p -> Objects.equals(p.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(panelId)));
        requireEvaluationOpen(rounds, panel.roundId(), clock);
        List<PanelMember> checked = checkMembers(members);
        List<ApplicationRecord> candidates = candidates(panel);
        refuseConflicts(checked, checks.conflicts(panel.cityCode(), checked, candidates));
        Set<String> conflicted = new HashSet<>();
        checks.conflicts(panel.cityCode(), panel.members(), candidates).forEach(c -> conflicted.add(c.expertId()));
        return panels.update(panelId, version, "revise", "", actor(caller), current -> {
            if (current.locked() && !replacesOnlyConflicted(current.members(), checked, conflicted)) {
                throw new RuleViolationException(
                        "members",
                        "state",
                        "该评委会已有评委提交评分表，评委会组成已锁定，只能替换须回避的评委"
                                + (conflicted.isEmpty() ? "" : "（" + String.join("、", conflicted) + "）"),
                        "A score sheet has been submitted for this panel; its members are locked except that"
                                + " members with a conflict of interest may be replaced"
                                + (conflicted.isEmpty() ? "" : " (" + String.join(", ", conflicted) + ")"));
            }
            return current.withMembers(checked);
        });
    }

    @Override
    public List<PanelConflict> conflicts(Caller caller, long panelId) {
        PanelRecord panel = find(caller, panelId);
        List<PanelConflict> all = checks.conflicts(panel.cityCode(), panel.members(), candidates(panel));
        if (TenantScope.covers(caller, panel.cityCode(), panel.creditCode())) {
            return all;
        }
        return all.stream().filter(c -> c.expertId().equals(caller.expert())).toList();
    }

    private List<ApplicationRecord> candidates(PanelRecord panel) {
        return panels.candidatesOf(
                panel.roundId(), panel.creditCode(), panel.participationId(), panel.occupation(), CANDIDATES);
    }

    /**
     * Whether a revision of a locked panel only replaces members who must stand aside: everyone
     * else stays exactly as they were and the size does not change, so no sheet already submitted
     * loses its author. The chair may move only if the chair is replaced.
     */
    static boolean replacesOnlyConflicted(List<PanelMember> before, List<PanelMember> after, Set<String> conflicted) {
        if (before.size() != after.size()) {
            return false;
        }
        Map<String, PanelMember> next = new HashMap<>();
        after.forEach(m -> next.put(m.expertId(), m));
        boolean chairReplaced = before.stream().anyMatch(m -> m.chair() && !next.containsKey(m.expertId()));
        for (PanelMember member : before) {
            PanelMember kept = next.get(member.expertId());
            if (kept == null) {
                if (!conflicted.contains(member.expertId())) {
                    return false;
                }
            } else if (!kept.equals(member) && !(chairReplaced && kept.equals(withChair(member, kept.chair())))) {
                return false;
            }
        }
        return true;
    }

    private static PanelMember withChair(PanelMember m, boolean chair) {
        return new PanelMember(
                m.expertId(), m.name(), m.organisation(), m.title(), chair, m.department(), m.relations());
    }

    /** Refuses a composition with a conflict of interest, listing every one of them. */
    private static void refuseConflicts(List<PanelMember> members, List<PanelConflict> conflicts) {
        List<Violation> violations = new ArrayList<>();
        List<String> order = members.stream().map(PanelMember::expertId).toList();
        for (PanelConflict c : conflicts) {
            violations.add(new Violation(
                    "members[" + order.indexOf(c.expertId()) + "]",
                    c.ruleId(),
                    LocalizedText.of(
                            "评委 " + c.expertName() + "（" + c.expertId() + "）须回避申报人 " + c.candidateName() + "（申报 "
                                    + c.applicationId() + "）：" + c.reason().zh(),
                            "Expert " + c.expertName() + " (" + c.expertId() + ") may not judge " + c.candidateName()
                                    + " (application " + c.applicationId() + "): "
                                    + c.reason().en())));
        }
        InvalidInputException.throwIfAny(violations);
    }

    @Override
    public PanelRecord find(Caller caller, long panelId) {
        return panels.find(panelId)
                .filter(panel -> covers(caller, panel))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(panelId)));
    }

    @Override
    public Page<PanelRecord> list(Caller caller, long roundId, Long participationId, int offset, int limit) {
        if (!caller.has(Role.PROVINCE) && !caller.has(Role.CITY) && !caller.has(Role.ENTERPRISE)) {
            caller.requireAny(Role.EXPERT);
            return panels.list(roundId, null, null, participationId, caller.expert(), offset, limit);
        }
        TenantScope scope = TenantScope.forList(caller, null, "panels");
        if (scope.nothing()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return panels.list(roundId, scope.city(), scope.enterprise(), participationId, null, offset, limit);
    }

    /** Whether the caller may see the panel: in their tenant scope, or an expert sitting on it. */
    static boolean covers(Caller caller, PanelRecord panel) {
        return TenantScope.covers(caller, panel.cityCode(), panel.creditCode())
                || (caller.has(Role.EXPERT)
                        && caller.expert() != null
                        && panel.member(caller.expert()).isPresent());
    }

    /**
     * The members as given, checked. Each must be an enabled expert of the expert pool (专家库):
     * enterprises pick panel members from the pool. Whether the expert's pool occupation is the
     * panel's is not checked: a pool entry names one occupation, and an enterprise's panel judges
     * every occupation of its plan with the same experts.
     */
    private List<PanelMember> checkMembers(List<PanelMember> members) {
        List<Violation> violations = new ArrayList<>();
        List<PanelMember> given = members == null ? List.of() : members;
        if (given.size() < minSize || given.size() > maxSize) {
            violations.add(violation(
                    "members",
                    "size",
                    "评委会须由 " + minSize + "–" + maxSize + " 名评委组成，现为 " + given.size() + " 名",
                    "A panel has " + minSize + " to " + maxSize + " experts; this one has " + given.size()));
        } else if (given.size() % 2 == 0) {
            violations.add(violation(
                    "members",
                    "odd",
                    "评委会人数须为单数，现为 " + given.size() + " 名",
                    "A panel has an odd number of experts; this one has " + given.size()));
        }
        List<PanelMember> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int chairs = 0;
        for (int i = 0; i < given.size(); i++) {
            PanelMember member = given.get(i);
            String field = "members[" + i + "]";
            if (member == null) {
                violations.add(violation(field, "required", "评委信息不能为空", "a member cannot be empty"));
                continue;
            }
            String expertId = member.expertId().strip();
            PoolExpertRecord pooled = null;
            if (!EXPERT_ID.matcher(expertId).matches()) {
                violations.add(violation(
                        field + ".expertId",
                        "format",
                        "评委编号须为 1–64 位字母、数字、点、下划线或连字符",
                        "expertId is 1 to 64 letters, digits, dots, underscores or hyphens"));
            } else if (!seen.add(expertId)) {
                violations.add(violation(
                        field + ".expertId",
                        "duplicate",
                        "评委 " + expertId + " 重复",
                        "expert " + expertId + " is listed twice"));
            } else {
                pooled = pool.find(expertId).filter(PoolExpertRecord::enabled).orElse(null);
                if (pooled == null) {
                    violations.add(violation(
                            field + ".expertId",
                            "not-in-pool",
                            "评委 " + expertId + " 不是专家库中的在库专家：评委须从专家库中选取（专家已停用或不在库中的，请联系设区市或省鉴定中心）",
                            "Expert " + expertId + " is not an active expert of the expert pool: panel members are"
                                    + " picked from the pool (ask the city or the province to add or re-enable the"
                                    + " expert)"));
                }
            }
            // Blank name, organisation and title are the pool's: a client may send the expert id only.
            String name = orPool(member.name(), pooled == null ? "" : pooled.name());
            String organisation = orPool(member.organisation(), pooled == null ? "" : pooled.organisation());
            String title = orPool(member.title(), pooled == null ? "" : pooled.title());
            text(violations, field + ".name", name, MAX_NAME, true, "姓名", "name");
            text(violations, field + ".organisation", organisation, MAX_ORGANISATION, true, "单位/部门", "organisation");
            text(violations, field + ".title", title, MAX_TITLE, false, "职称/职务", "title");
            text(violations, field + ".department", member.department(), MAX_DEPARTMENT, false, "所在部门", "department");
            List<ExpertRelation> relations = new ArrayList<>();
            if (member.relations().size() > MAX_RELATIONS) {
                violations.add(violation(
                        field + ".relations",
                        "size",
                        "每名评委最多申报 " + MAX_RELATIONS + " 项关系",
                        "An expert declares at most " + MAX_RELATIONS + " relations"));
            }
            for (int r = 0; r < member.relations().size(); r++) {
                ExpertRelation relation = member.relations().get(r);
                String relationField = field + ".relations[" + r + "]";
                if (relation == null || relation.applicationId() <= 0) {
                    violations.add(violation(
                            relationField + ".applicationId",
                            "required",
                            "请填写所申报关系涉及的申报编号",
                            "the application the relation concerns is required"));
                    continue;
                }
                text(
                        violations,
                        relationField + ".note",
                        relation.note(),
                        MAX_RELATION_NOTE,
                        false,
                        "关系说明",
                        "relation note");
                relations.add(new ExpertRelation(
                        relation.applicationId(),
                        relation.relation(),
                        relation.note().strip()));
            }
            if (member.chair()) {
                chairs++;
            }
            checked.add(new PanelMember(
                    expertId,
                    name,
                    organisation,
                    title,
                    member.chair(),
                    member.department().strip(),
                    relations));
        }
        if (chairs != 1) {
            violations.add(violation(
                    "members",
                    "chair",
                    "评委会须有且只有一名主任委员，现为 " + chairs + " 名",
                    "A panel has exactly one chair; this one has " + chairs));
        }
        InvalidInputException.throwIfAny(violations);
        return checked;
    }

    private static String orPool(String given, String pooled) {
        String text = given == null ? "" : given.strip();
        return text.isEmpty() ? pooled.strip() : text;
    }

    private static void text(
            List<Violation> violations,
            String field,
            String value,
            int max,
            boolean required,
            String zhName,
            String enName) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            violations.add(violation(field, "required", "请填写评委" + zhName, "the member's " + enName + " is required"));
        } else if (text.length() > max || text.contains("\n")) {
            violations.add(violation(
                    field,
                    "length",
                    "评委" + zhName + "须为一行，最多 " + max + " 字",
                    "the member's " + enName + " is one line of at most " + max + " characters"));
        }
    }

    /** The participation's approved plan; the participation must be accepted into the round. */
    static WorkPlanRecord approvedPlan(WorkPlanStore plans, ParticipationRecord participation) {
        if (!ParticipationLifecycle.TAKING_PART.contains(participation.status())) {
            throw ApplicationLifecycle.PARTICIPATION_ACCEPTED.refusal();
        }
        return plans.findByParticipation(participation.id())
                .filter(plan -> plan.status() == WorkPlanStatus.APPROVED)
                .orElseThrow(() -> new RuleViolationException(
                        "participationId",
                        "plan-not-approved",
                        "本企业工作方案尚未通过评估，不能组织评审",
                        "The enterprise's work plan is not approved; no assessment can take place"));
    }

    static void requireEvaluationOpen(RoundStore rounds, long roundId, Clock clock) {
        Transitions.requirePhaseOpen(rounds, roundId, RoundPhase.EVALUATION, LocalDate.now(clock));
    }

    private static AuditActor actor(Caller caller) {
        return new AuditActor(caller.username(), Role.ENTERPRISE.roleName());
    }

    private static Violation violation(String field, String rule, String zh, String en) {
        return new Violation(field, rule, LocalizedText.of(zh, en));
    }
}
