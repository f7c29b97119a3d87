package org.skilleval.core.lifecycle.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.lifecycle.CalendarService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.ProposalListStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.ParticipationLifecycle;
import org.skilleval.core.rules.ProposalListLifecycle;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.ProposalShareRules;
import org.skilleval.core.rules.Reason;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = ProposalListService.class, configurationPid = LifecycleConfiguration.PID)
public class ProposalListServiceImpl implements ProposalListService {

    private static final String OBJECT_TYPE = "ProposalList";

    private final RoundStore rounds;
    private final ParticipationStore participations;
    private final ApplicationStore applications;
    private final ProposalListStore lists;
    private final SanctionService sanctions;
    private final CalendarService calendar;
    private final Today today;
    private final BigDecimal shareWarning;
    private final int shownDays;

    @Activate
    public ProposalListServiceImpl(
            @Reference RoundStore rounds,
            @Reference ParticipationStore participations,
            @Reference ApplicationStore applications,
            @Reference ProposalListStore lists,
            @Reference SanctionService sanctions,
            @Reference CalendarService calendar,
            @Reference Today today,
            LifecycleConfiguration configuration) {
        this.rounds = rounds;
        this.participations = participations;
        this.applications = applications;
        this.lists = lists;
        this.sanctions = sanctions;
        this.calendar = calendar;
        this.today = today;
        this.shareWarning = BigDecimal.valueOf(configuration.proposalShareWarning());
        this.shownDays = configuration.publicityShownDays();
    }

    ProposalListServiceImpl(
            RoundStore rounds,
            ParticipationStore participations,
            ApplicationStore applications,
            ProposalListStore lists,
            SanctionService sanctions,
            CalendarService calendar,
            Clock clock,
            BigDecimal shareWarning,
            int shownDays) {
        this.rounds = rounds;
        this.participations = participations;
        this.applications = applications;
        this.lists = lists;
        this.sanctions = sanctions;
        this.calendar = calendar;
        this.today = Today.over(clock);
        this.shareWarning = shareWarning;
        this.shownDays = shownDays;
    }

    @Override
    public ProposalListRecord create(Caller caller, long participationId, List<Long> applicationIds) {
        Transitions.requireActor(caller, ProposalListLifecycle.CREATE);
        LocalDate day = today.date();
        ParticipationRecord participation = participations
                .find(participationId)
                .filter(p -> p.creditCode().equals(caller.enterprise()))
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(participationId)));
        requireTakingPart(participation, day);
        Transitions.requirePhaseOpen(rounds, participation.roundId(), ProposalListLifecycle.CREATE, day);
        List<ApplicationRecord> candidates = candidates(participation.id(), applicationIds);
        return lists.create(participation, candidates, actor(caller, Role.ENTERPRISE));
    }

    @Override
    public ProposalListRecord revise(Caller caller, long listId, long version, List<Long> applicationIds) {
        Transitions.requireActor(caller, ProposalListLifecycle.REVISE);
        LocalDate day = today.date();
        ProposalListRecord list = ownList(caller, listId);
        ProposalListLifecycle.REVISE.target(list.status());
        Transitions.requirePhaseOpen(rounds, list.roundId(), ProposalListLifecycle.REVISE, day);
        List<ApplicationRecord> candidates = candidates(list.participationId(), applicationIds);
        return lists.update(listId, version, "revise", "", actor(caller, Role.ENTERPRISE), current -> {
            ProposalListLifecycle.REVISE.target(current.status());
            // Keep the entries of candidates who stay, so their ids (and the unique key) do not move.
            Map<Long, ProposalEntry> kept = current.entries().stream()
                    .collect(Collectors.toMap(ProposalEntry::applicationId, Function.identity()));
            List<ProposalEntry> entries = new ArrayList<>();
            for (ApplicationRecord candidate : candidates) {
                ProposalEntry entry = kept.get(candidate.id());
                entries.add(entry != null ? entry : ProposalEntry.of(candidate));
            }
            return current.withEntries(entries);
        });
    }

    @Override
    public ProposalListRecord submit(
            Caller caller, long listId, long version, LocalDate enterpriseStart, LocalDate enterpriseEnd) {
        Transitions.requireActor(caller, ProposalListLifecycle.SUBMIT);
        LocalDate day = today.date();
        ProposalListRecord list = ownList(caller, listId);
        ProposalListLifecycle.SUBMIT.target(list.status());
        ParticipationRecord participation = participations
                .find(list.participationId())
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(list.participationId())));
        requireTakingPart(participation, day);
        Transitions.requirePhaseOpen(rounds, list.roundId(), ProposalListLifecycle.SUBMIT, day);
        LocalDate end = PublicityRules.window(
                calendar.calendar(), "enterpriseStart", "enterpriseEnd", enterpriseStart, enterpriseEnd, day);
        int seniorTechnicians = participation.evidence().seniorTechnicianCount();
        return lists.submit(
                listId,
                version,
                actor(caller, Role.ENTERPRISE),
                (current, candidates) -> {
                    ProposalListLifecycle.SUBMIT.target(current.status());
                    if (candidates.isEmpty()) {
                        throw emptyList();
                    }
                    List<Long> notPassed = candidates.stream()
                            .filter(a -> a.status() != ApplicationStatus.PASSED)
                            .map(ApplicationRecord::id)
                            .toList();
                    if (!notPassed.isEmpty()) {
                        throw notPassed(notPassed);
                    }
                    Reason warning = ProposalShareRules.warning(candidates.size(), seniorTechnicians, shareWarning)
                            .orElse(null);
                    return current.submitted(enterpriseStart, end, warning);
                },
                application -> Transitions.move(application, ApplicationLifecycle.PROPOSE));
    }

    @Override
    public ProposalListRecord publish(Caller caller, long listId, long version, LocalDate start, LocalDate end) {
        Transitions.requireActor(caller, ProposalListLifecycle.PUBLISH);
        LocalDate day = today.date();
        ProposalListRecord list = find(caller, listId);
        ProposalListLifecycle.PUBLISH.target(list.status());
        Transitions.requirePhaseOpen(rounds, list.roundId(), ProposalListLifecycle.PUBLISH, day);
        LocalDate last = PublicityRules.window(calendar.calendar(), "start", "end", start, end, day);
        return lists.update(listId, version, "publish", "", actor(caller, Role.PROVINCE), current -> {
            ProposalListLifecycle.PUBLISH.target(current.status());
            return current.published(start, last);
        });
    }

    @Override
    public ProposalListRecord find(Caller caller, long listId) {
        return lists.find(listId)
                .filter(list -> TenantScope.covers(caller, list.cityCode(), list.creditCode()))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(listId)));
    }

    @Override
    public Page<ProposalListRecord> list(
            Caller caller,
            Long roundId,
            String cityCode,
            Boolean warning,
            ProposalListStatus status,
            int offset,
            int limit) {
        TenantScope scope = TenantScope.forList(caller, cityCode, "proposal lists");
        if (scope.nothing()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return lists.list(roundId, scope.city(), scope.enterprise(), warning, status, offset, limit);
    }

    @Override
    public Page<ProposalListRecord> publicised(int offset, int limit) {
        LocalDate day = today.date();
        return lists.publicised(day, day.minusDays(shownDays), offset, limit);
    }

    @Override
    public ProposalListRecord findPublicised(long listId) {
        LocalDate day = today.date();
        return lists.find(listId)
                .filter(list -> ProposalListLifecycle.PUBLICISED.contains(list.status()))
                .filter(list -> !list.provinceStart().isAfter(day)
                        && !list.provinceEnd().isBefore(day.minusDays(shownDays)))
                .orElseThrow(() -> new NotFoundException("Publicity", Long.toString(listId)));
    }

    private ProposalListRecord ownList(Caller caller, long listId) {
        return lists.find(listId)
                .filter(list -> Objects.equals(list.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(listId)));
    }

    private void requireTakingPart(ParticipationRecord participation, LocalDate day) {
        if (!ParticipationLifecycle.TAKING_PART.contains(participation.status())) {
            throw new RuleViolationException(
                    "participationId",
                    "state",
                    "本企业不是本轮试点企业（当前为" + StatusNames.zh(participation.status()) + "）",
                    "The enterprise is not a pilot enterprise of this round (it is " + participation.status() + ")");
        }
        sanctions
                .activeFor(SubjectType.ENTERPRISE, participation.creditCode(), day)
                .ifPresent(sanction -> {
                    throw new RuleViolationException(
                            "participationId",
                            "sanctioned",
                            sanction.period().reason().zh(),
                            sanction.period().reason().en());
                });
    }

    /** The passed applications of the participation, in the order given, or a refusal naming the others. */
    private List<ApplicationRecord> candidates(long participationId, List<Long> applicationIds) {
        if (applicationIds == null || applicationIds.isEmpty()) {
            throw emptyList();
        }
        Set<Long> distinct = new LinkedHashSet<>(applicationIds);
        if (distinct.size() != applicationIds.size() || distinct.contains(null)) {
            Set<Long> seen = new HashSet<>();
            List<Long> twice = applicationIds.stream()
                    .filter(id -> id == null || !seen.add(id))
                    .toList();
            throw new RuleViolationException(
                    "applicationIds", "duplicate", "申报重复或为空：" + twice, "Applications given twice or empty: " + twice);
        }
        List<ApplicationRecord> candidates = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        for (Long id : distinct) {
            ApplicationRecord application = applications
                    .find(id)
                    .filter(a -> a.participationId() == participationId)
                    .filter(a -> a.status() == ApplicationStatus.PASSED)
                    .orElse(null);
            if (application == null) {
                refused.add(id);
            } else {
                candidates.add(application);
            }
        }
        if (!refused.isEmpty()) {
            throw notPassed(refused);
        }
        return candidates;
    }

    private static RuleViolationException notPassed(List<Long> ids) {
        return new RuleViolationException(
                "applicationIds",
                "not-passed",
                "以下申报不是本企业本轮评审通过的申报，不能列入建议人选名单：" + ids,
                "These are not applications of the enterprise that passed the assessment in this round: " + ids);
    }

    private static RuleViolationException emptyList() {
        return new RuleViolationException(
                "applicationIds", "required", "建议人选名单至少须有一名人选", "A proposal list needs at least one candidate");
    }

    static AuditActor actor(Caller caller, Role role) {
        return new AuditActor(caller.username(), role.roleName());
    }
}
