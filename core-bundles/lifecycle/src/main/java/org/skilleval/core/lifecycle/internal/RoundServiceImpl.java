package org.skilleval.core.lifecycle.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.persistence.AuditTrail;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = RoundService.class)
public class RoundServiceImpl implements RoundService {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2100;
    private static final int MAX_TITLE_LENGTH = 200;

    private final RoundStore rounds;
    private final AuditTrail audit;

    @Activate
    public RoundServiceImpl(@Reference RoundStore rounds, @Reference AuditTrail audit) {
        this.rounds = rounds;
        this.audit = audit;
    }

    @Override
    public RoundRecord open(Caller caller, int year, int batch, String title) {
        caller.requireAny(Role.PROVINCE);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolationException(
                    "year",
                    "range",
                    "年度须在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间",
                    "year must lie in " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        String name = title == null || title.isBlank() ? year + "年第" + batch + "批特级技师评聘" : title.strip();
        if (name.length() > MAX_TITLE_LENGTH) {
            throw new RuleViolationException(
                    "title",
                    "length",
                    "名称最多 " + MAX_TITLE_LENGTH + " 个字符",
                    "title takes at most " + MAX_TITLE_LENGTH + " characters");
        }
        RoundSchedule schedule = RoundSchedule.defaultFor(year, batch);
        return rounds.create(year, batch, name, schedule, actor(caller, Role.PROVINCE));
    }

    @Override
    public RoundRecord extendDeadline(
            Caller caller, long roundId, long version, RoundPhase phase, LocalDate newDeadline, String reason) {
        caller.requireAny(Role.PROVINCE);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "required", "延期须说明理由", "an extension needs a reason");
        }
        return rounds.update(
                roundId,
                version,
                "extend-deadline",
                phase + ": " + reason.strip(),
                actor(caller, Role.PROVINCE),
                round -> {
                    LocalDate current = round.schedule().deadline(phase);
                    if (!newDeadline.isAfter(current)) {
                        throw new RuleViolationException(
                                "deadline",
                                "not-later",
                                "新的截止日期须晚于当前截止日期 " + current,
                                "the new deadline must be later than the current one, " + current);
                    }
                    return round.withSchedule(round.schedule().withDeadline(phase, newDeadline));
                });
    }

    @Override
    public Optional<RoundRecord> find(Caller caller, long roundId) {
        return rounds.find(roundId);
    }

    @Override
    public Page<RoundRecord> list(Caller caller, Integer year, int offset, int limit) {
        return rounds.list(year, offset, limit);
    }

    @Override
    public Optional<RoundPhase> currentPhase(RoundRecord round, LocalDate today) {
        for (RoundPhase phase : RoundPhase.values()) {
            if (!today.isAfter(round.schedule().deadline(phase))) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }

    @Override
    public Page<AuditEvent> trail(Caller caller, long roundId, int offset, int limit) {
        caller.requireAny(Role.PROVINCE);
        if (rounds.find(roundId).isEmpty()) {
            throw new NotFoundException("Round", Long.toString(roundId));
        }
        return audit.of("Round", Long.toString(roundId), offset, limit);
    }

    private static AuditActor actor(Caller caller, Role role) {
        return new AuditActor(caller.username(), role.roleName());
    }
}
