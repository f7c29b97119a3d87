package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.SanctionRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AppointmentStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.ProposalListStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.SanctionStore;
import org.skilleval.core.persistence.UnitOfWork;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.AppointmentLifecycle;
import org.skilleval.core.rules.CertificateLifecycle;
import org.skilleval.core.rules.ParticipationLifecycle;
import org.skilleval.core.rules.ProposalEntryLifecycle;
import org.skilleval.core.rules.ProposalListLifecycle;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.SanctionStatus;
import org.skilleval.core.rules.TextRules;
import org.skilleval.core.rules.UnifiedSocialCreditCode;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = SanctionService.class)
public class SanctionServiceImpl implements SanctionService {

    /** Findings are dated in Jiangsu's calendar. */
    static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_FINDING_LENGTH = 2000;

    // Anything shaped like an 18-character ID number. The finding becomes the SanctionStatus
    // subject shown next to every refusal, so it must not carry one (SanctionStatus contract).
    private static final Pattern SUBJECT_KEY = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern ID_NUMBER_LIKE = Pattern.compile("\\d{17}[\\dXx]");

    // Cancelling a whole enterprise's round goes through its applications a page at a time.
    private static final int PAGE = 200;

    private final SanctionStore sanctions;
    private final RoundStore rounds;
    private final ApplicationStore applications;
    private final ParticipationStore participations;
    private final ProposalListStore lists;
    private final AppointmentStore appointments;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Activate
    public SanctionServiceImpl(
            @Reference Today today,
            @Reference SanctionStore sanctions,
            @Reference RoundStore rounds,
            @Reference ApplicationStore applications,
            @Reference ParticipationStore participations,
            @Reference ProposalListStore lists,
            @Reference AppointmentStore appointments,
            @Reference UnitOfWork unitOfWork) {
        this(sanctions, rounds, applications, participations, lists, appointments, unitOfWork, today.clock());
    }

    SanctionServiceImpl(
            SanctionStore sanctions,
            RoundStore rounds,
            ApplicationStore applications,
            ParticipationStore participations,
            ProposalListStore lists,
            AppointmentStore appointments,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.appointments = appointments;
        this.sanctions = sanctions;
        this.rounds = rounds;
        this.applications = applications;
        this.participations = participations;
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public SanctionRecord record(
            Caller caller,
            SubjectType type,
            String subjectKey,
            String subjectName,
            LocalDate foundOn,
            String finding,
            Long roundId) {
        caller.requireAny(Role.PROVINCE);
        LocalDate today = LocalDate.now(clock);
        if (type == null) {
            throw required("subjectType", "处理对象类型", "the subject type");
        }
        String key =
                switch (type) {
                    case PERSON -> ResidentIdNumber.parse(subjectKey, "subjectKey", today)
                            .value();
                    case ENTERPRISE -> UnifiedSocialCreditCode.parse(subjectKey, "subjectKey")
                            .value();
                };
        String name = text("subjectName", subjectName, MAX_NAME_LENGTH, "姓名或企业名称", "the name");
        if (foundOn == null) {
            throw required("foundOn", "认定日期", "the date of the finding");
        }
        if (foundOn.isAfter(today)) {
            throw new RuleViolationException(
                    "foundOn", "future", "认定日期不能晚于今天", "the date of the finding cannot be in the future");
        }
        String what = text("finding", finding, MAX_FINDING_LENGTH, "认定的弄虚作假情形", "what was found");
        if (ID_NUMBER_LIKE.matcher(what).find()) {
            throw new RuleViolationException(
                    "finding",
                    "personal-data",
                    "认定情形中不得填写身份证号码，该内容会随处理结果展示",
                    "what was found must not contain an ID number; it is shown with the ban");
        }
        if (roundId != null && rounds.find(roundId).isEmpty()) {
            throw new RuleViolationException(
                    "roundId", "unknown-round", "没有这个评聘批次：" + roundId, "there is no round " + roundId);
        }
        AuditActor actor = new AuditActor(caller.username(), Role.PROVINCE.roleName());
        // The sanction and everything it cancels commit together: no ban without its effects, nor the reverse.
        return unitOfWork.call(() -> {
            SanctionRecord recorded = sanctions.create(type, key, name, foundOn, what, roundId, actor);
            if (roundId != null) {
                cancelRound(recorded, actor);
            }
            return recorded;
        });
    }

    /**
     * 取消本年度评审资格: the named round's evaluation of the subject ends. A person's application
     * is cancelled (off any list, certificate revoked); an enterprise's participation, all its
     * applications and its list likewise. Each change is audited by its store.
     */
    private void cancelRound(SanctionRecord sanction, AuditActor actor) {
        long roundId = sanction.roundId();
        String reason = "弄虚作假（处理决定 " + sanction.id() + "）：" + sanction.finding();
        if (sanction.subjectType() == SubjectType.PERSON) {
            applications
                    .findByRoundAndIdNumber(roundId, sanction.subjectKey())
                    .ifPresent(application -> cancelCandidate(application.id(), reason, actor));
            return;
        }
        for (ParticipationRecord participation : participations
                .list(roundId, null, sanction.subjectKey(), null, 0, 1)
                .items()) {
            if (ParticipationLifecycle.CANCEL.from().contains(participation.status())) {
                participations.update(
                        participation.id(),
                        participation.version(),
                        ParticipationLifecycle.CANCEL.name(),
                        reason,
                        actor,
                        current -> current.decided(
                                ParticipationLifecycle.CANCEL.target(current.status()), current.decisionNote()));
            }
            for (int offset = 0; ; offset += PAGE) {
                Page<ApplicationRecord> page =
                        applications.list(roundId, null, sanction.subjectKey(), null, null, null, offset, PAGE);
                for (ApplicationRecord application : page.items()) {
                    if (ApplicationLifecycle.CANCEL.from().contains(application.status())) {
                        cancelCandidate(application.id(), reason, actor);
                    }
                }
                if (offset + PAGE >= page.total()) {
                    break;
                }
            }
            lists.findByParticipation(participation.id())
                    .filter(list -> ProposalListLifecycle.CANCEL.from().contains(list.status()))
                    .ifPresent(list -> lists.update(
                            list.id(),
                            list.version(),
                            ProposalListLifecycle.CANCEL.name(),
                            reason,
                            actor,
                            current -> current.withStatus(ProposalListLifecycle.CANCEL.target(current.status()))));
        }
    }

    /** The candidate's application cancelled, off its list, its certificates revoked: the tables decide, the store persists. */
    private void cancelCandidate(long applicationId, String reason, AuditActor actor) {
        lists.cancelCandidate(
                applicationId,
                reason,
                actor,
                Transitions.cascade(ApplicationLifecycle.CANCEL),
                entry -> Transitions.cascade(entry, ProposalEntryLifecycle.CANCEL, reason),
                certificate -> CertificateLifecycle.REVOKE.from().contains(certificate.status())
                        ? certificate.withStatus(CertificateLifecycle.REVOKE.target(certificate.status()), reason)
                        : certificate);
        endAppointments(applicationId, reason, actor);
    }

    /**
     * The appointments resting on the revoked certificate end with it, today (or on the day before
     * a term that has not started), and say why.
     */
    private void endAppointments(long applicationId, String reason, AuditActor actor) {
        LocalDate today = LocalDate.now(clock);
        String why = "证书因弄虚作假被撤销，聘任随之终止。" + reason;
        for (AppointmentRecord appointment : appointments.inForceForApplication(applicationId)) {
            LocalDate lastDay = appointment.lastDayIfEndedOn(today);
            appointments.update(
                    appointment.id(),
                    appointment.version(),
                    AppointmentLifecycle.TERMINATE.name(),
                    why,
                    actor,
                    current -> current.ended(AppointmentLifecycle.TERMINATE.target(current.status()), lastDay, why));
        }
    }

    @Override
    public Optional<SanctionStatus> activeFor(SubjectType type, String subjectKey, LocalDate on) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(on, "on");
        // The store orders too; picking here keeps the contract whatever order a store returns.
        return sanctions.activeFor(type, subjectKey, on).stream()
                .filter(sanction -> sanction.period().isActiveOn(on))
                .max(Comparator.comparing(
                                (SanctionRecord sanction) -> sanction.period().bannedUntilExclusive())
                        .thenComparingLong(SanctionRecord::id))
                .map(sanction -> new SanctionStatus(sanction.finding(), sanction.period()));
    }

    @Override
    public Page<SanctionRecord> list(Caller caller, SubjectType type, String subjectKey, int offset, int limit) {
        caller.requireAny(Role.PROVINCE);
        // Both key formats are upper case only, so a search typed with a lower-case x still finds.
        String key = subjectKey == null || subjectKey.isBlank()
                ? null
                : subjectKey.strip().toUpperCase(Locale.ROOT);
        // Only an 18-character ID number or credit code can match: say so rather than find nothing.
        if (key != null && !SUBJECT_KEY.matcher(key).matches()) {
            throw new RuleViolationException(
                    "subjectKey",
                    "format",
                    "须为 18 位公民身份号码或统一社会信用代码，收到“" + TextRules.excerpt(subjectKey) + "”",
                    "must be an 18-character ID number or unified social credit code, got \""
                            + TextRules.excerpt(subjectKey) + "\"");
        }
        return sanctions.list(type, key, offset, limit);
    }

    @Override
    public Optional<SanctionRecord> find(Caller caller, long id) {
        caller.requireAny(Role.PROVINCE);
        return sanctions.find(id);
    }

    private static String text(String field, String value, int maxLength, String zhName, String enName) {
        if (value == null || value.isBlank()) {
            throw required(field, zhName, enName);
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new RuleViolationException(
                    field,
                    "length",
                    zhName + "最多 " + maxLength + " 个字符",
                    enName + " takes at most " + maxLength + " characters");
        }
        return stripped;
    }

    private static RuleViolationException required(String field, String zhName, String enName) {
        return new RuleViolationException(field, "required", "请填写" + zhName, enName + " is required");
    }
}
