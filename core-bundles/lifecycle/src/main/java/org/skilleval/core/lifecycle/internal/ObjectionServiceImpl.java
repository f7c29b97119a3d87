package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.ObjectionCounts;
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.lifecycle.ObjectionService;
import org.skilleval.core.persistence.ObjectionStore;
import org.skilleval.core.persistence.ProposalListStore;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ObjectionLifecycle;
import org.skilleval.core.rules.ObjectionStatus;
import org.skilleval.core.rules.ProposalEntryLifecycle;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.StateMachine;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = ObjectionService.class)
public class ObjectionServiceImpl implements ObjectionService {

    /** Who the audit trail names for an objection from the public. */
    static final AuditActor PUBLIC = new AuditActor("anonymous", "public");

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_CONTACT_LENGTH = 200;

    private final ObjectionStore objections;
    private final ProposalListStore lists;
    private final Today today;

    @Activate
    public ObjectionServiceImpl(
            @Reference ObjectionStore objections, @Reference ProposalListStore lists, @Reference Today today) {
        this.objections = objections;
        this.lists = lists;
        this.today = today;
    }

    ObjectionServiceImpl(ObjectionStore objections, ProposalListStore lists, Clock clock) {
        this(objections, lists, Today.over(clock));
    }

    @Override
    public ObjectionRecord submit(
            long listId, long entryId, String content, String objectorName, String objectorContact) {
        String text = PublicityRules.text("content", content, MAX_CONTENT_LENGTH, true, "异议内容", "the objection");
        String name = PublicityRules.text("objectorName", objectorName, MAX_NAME_LENGTH, false, "姓名", "the name");
        String contact = PublicityRules.text(
                "objectorContact", objectorContact, MAX_CONTACT_LENGTH, false, "联系方式", "the contact");
        LocalDate day = today.date();
        // A draft was never publicised: for the public it does not exist.
        ProposalListRecord list = lists.find(listId)
                .filter(l -> l.status() != ProposalListStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("Publicity", Long.toString(listId)));
        ProposalEntry entry = list.entries().stream()
                .filter(e -> e.id() == entryId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("ProposalEntry", Long.toString(entryId)));
        if (!PublicityRules.inWindow(list, day)) {
            throw new RuleViolationException(
                    "listId",
                    "outside-publicity-window",
                    "不在公示期内，不能提出异议。企业公示期：" + window(list.enterpriseStart(), list.enterpriseEnd()) + "；省职业技能鉴定中心公示期："
                            + window(list.provinceStart(), list.provinceEnd()),
                    "Objections are taken only during a publicity. The enterprise's: "
                            + window(list.enterpriseStart(), list.enterpriseEnd()) + "; the province's: "
                            + window(list.provinceStart(), list.provinceEnd()));
        }
        if (!entry.listed()) {
            throw ObjectionLifecycle.CANDIDATE_LISTED.refusal();
        }
        return objections.create(listId, entryId, text, name, contact, today.now(), PUBLIC);
    }

    @Override
    public boolean takesObjections(ProposalListRecord list) {
        return PublicityRules.inWindow(list, today.date());
    }

    @Override
    public ObjectionRecord resolve(Caller caller, long objectionId, long version, boolean upheld, String note) {
        ObjectionRecord objection = find(caller, objectionId);
        String why = PublicityRules.text("note", note, MAX_CONTENT_LENGTH, true, "处理意见", "the resolution note");
        StateMachine.Transition<ObjectionStatus> transition =
                upheld ? ObjectionLifecycle.UPHOLD : ObjectionLifecycle.DISMISS;
        Role role = caller.has(Role.PROVINCE) ? Role.PROVINCE : Transitions.requireActor(caller, transition);
        AuditActor actor = ProposalListServiceImpl.actor(caller, role);
        return objections.resolve(
                objection.id(),
                version,
                upheld,
                why,
                actor,
                current -> current.resolved(transition.target(current.status()), why, actor.username(), today.now()),
                entry -> Transitions.cascade(entry, ProposalEntryLifecycle.REMOVE, why),
                Transitions.cascade(ApplicationLifecycle.REMOVE));
    }

    @Override
    public ObjectionRecord find(Caller caller, long objectionId) {
        requireResolver(caller);
        return objections
                .find(objectionId)
                .filter(o -> caller.has(Role.PROVINCE) || o.creditCode().equals(caller.enterprise()))
                .orElseThrow(() -> new NotFoundException("Objection", Long.toString(objectionId)));
    }

    @Override
    public Page<ObjectionRecord> list(
            Caller caller, Long roundId, Long listId, ObjectionStatus status, int offset, int limit) {
        requireResolver(caller);
        String enterprise = caller.has(Role.PROVINCE) ? null : caller.enterprise();
        return objections.list(roundId, listId, null, enterprise, status, offset, limit);
    }

    @Override
    public Map<Long, ObjectionCounts> counts(Caller caller, Collection<Long> listIds) {
        Map<Long, ObjectionCounts> counts = objections.counts(listIds);
        if (caller.has(Role.PROVINCE)) {
            return counts;
        }
        return counts.entrySet().stream()
                .filter(count -> lists.find(count.getKey())
                        .filter(l -> TenantScope.covers(caller, l.cityCode(), l.creditCode()))
                        .isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void requireResolver(Caller caller) {
        if (!caller.has(Role.PROVINCE) && !caller.has(Role.ENTERPRISE)) {
            throw new AccessDeniedException(caller.username() + " may not see objections");
        }
    }

    private static String window(LocalDate start, LocalDate end) {
        return start == null ? "—" : start + " – " + end;
    }
}
