package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.SupervisionNoteRecord;
import org.skilleval.core.lifecycle.SupervisionService;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.SupervisionNoteStore;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = SupervisionService.class)
public class SupervisionServiceImpl implements SupervisionService {

    static final int MAX_FINDINGS = 4000;
    static final int MAX_OCCUPATION = 100;

    private final ParticipationStore participations;
    private final PanelStore panels;
    private final SupervisionNoteStore notes;
    private final Clock clock;

    @Activate
    public SupervisionServiceImpl(
            @Reference Today today,
            @Reference ParticipationStore participations,
            @Reference PanelStore panels,
            @Reference SupervisionNoteStore notes) {
        this(participations, panels, notes, today.clock());
    }

    SupervisionServiceImpl(
            ParticipationStore participations, PanelStore panels, SupervisionNoteStore notes, Clock clock) {
        this.participations = participations;
        this.panels = panels;
        this.notes = notes;
        this.clock = clock;
    }

    @Override
    public SupervisionNoteRecord record(
            Caller caller,
            long participationId,
            LocalDate visitedOn,
            String findings,
            Long panelId,
            String occupation) {
        caller.requireAny(Role.PROVINCE, Role.CITY);
        // A city supervises the enterprises of its own city only; others do not exist for it.
        ParticipationRecord participation = participations
                .find(participationId)
                .filter(p -> caller.has(Role.PROVINCE) || Objects.equals(caller.city(), p.cityCode()))
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(participationId)));
        if (visitedOn == null) {
            throw new RuleViolationException("visitedOn", "required", "请填写督导日期", "visitedOn is required");
        }
        LocalDate today = LocalDate.now(clock);
        if (visitedOn.isAfter(today)) {
            throw new RuleViolationException(
                    "visitedOn",
                    "future",
                    "督导日期 " + visitedOn + " 晚于今天 " + today,
                    "The visit on " + visitedOn + " lies after today, " + today);
        }
        String text = findings == null ? "" : findings.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("findings", "required", "请填写督导发现的情况", "findings are required");
        }
        if (text.length() > MAX_FINDINGS) {
            throw new RuleViolationException(
                    "findings",
                    "length",
                    "督导情况最多 " + MAX_FINDINGS + " 字，现为 " + text.length() + " 字",
                    "findings are at most " + MAX_FINDINGS + " characters; these are " + text.length());
        }
        String observed = occupation == null ? "" : occupation.strip();
        if (observed.length() > MAX_OCCUPATION || observed.contains("\n")) {
            throw new RuleViolationException(
                    "occupation",
                    "length",
                    "职业（工种）须为一行，最多 " + MAX_OCCUPATION + " 字",
                    "the occupation is one line of at most " + MAX_OCCUPATION + " characters");
        }
        if (panelId != null) {
            PanelRecord panel = panels.find(panelId)
                    .filter(p -> p.participationId() == participationId)
                    .orElseThrow(() -> new RuleViolationException(
                            "panelId",
                            "panel-not-of-enterprise",
                            "评委会 " + panelId + " 不属于该企业本轮评审",
                            "Panel " + panelId + " is not a panel of this participation"));
            if (observed.isEmpty()) {
                observed = panel.occupation();
            } else if (!observed.equals(panel.occupation())) {
                throw new RuleViolationException(
                        "occupation",
                        "occupation-mismatch",
                        "评委会 " + panelId + " 评审的职业（工种）是“" + panel.occupation() + "”",
                        "Panel " + panelId + " assesses " + panel.occupation());
            }
        }
        Role role = caller.has(Role.PROVINCE) ? Role.PROVINCE : Role.CITY;
        return notes.create(
                participation, visitedOn, text, panelId, observed, new AuditActor(caller.username(), role.roleName()));
    }

    @Override
    public SupervisionNoteRecord find(Caller caller, long noteId) {
        return notes.find(noteId)
                .filter(note -> TenantScope.covers(caller, note.cityCode(), note.creditCode()))
                .orElseThrow(() -> new NotFoundException("SupervisionNote", Long.toString(noteId)));
    }

    @Override
    public Page<SupervisionNoteRecord> list(Caller caller, long roundId, Long participationId, int offset, int limit) {
        TenantScope scope = TenantScope.forList(caller, null, "supervision notes");
        if (scope.nothing()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return notes.list(roundId, scope.city(), scope.enterprise(), participationId, offset, limit);
    }
}
