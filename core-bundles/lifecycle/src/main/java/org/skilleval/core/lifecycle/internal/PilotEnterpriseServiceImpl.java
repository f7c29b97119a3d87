package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.EnterpriseRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.lifecycle.PilotEnterpriseService;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.rules.City;
import org.skilleval.core.rules.EnterpriseFacts;
import org.skilleval.core.rules.ParticipationLifecycle;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.QuotaDecision;
import org.skilleval.core.rules.RecommendationRules;
import org.skilleval.core.rules.RegistrationArea;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.SanctionStatus;
import org.skilleval.core.rules.StateMachine;
import org.skilleval.core.rules.UnifiedSocialCreditCode;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = PilotEnterpriseService.class, configurationPid = LifecycleConfiguration.PID)
@Designate(ocd = LifecycleConfiguration.class)
public class PilotEnterpriseServiceImpl implements PilotEnterpriseService {

    private static final int MAX_NAME_LENGTH = 200;

    private final RoundStore rounds;
    private final ParticipationStore participations;
    private final SanctionService sanctions;
    private final Clock clock;
    private final int quotaPerCity;

    @Activate
    public PilotEnterpriseServiceImpl(
            @Reference Today today,
            @Reference RoundStore rounds,
            @Reference ParticipationStore participations,
            @Reference SanctionService sanctions,
            LifecycleConfiguration configuration) {
        this(rounds, participations, sanctions, today.clock(), configuration.quotaPerCity());
    }

    PilotEnterpriseServiceImpl(
            RoundStore rounds,
            ParticipationStore participations,
            SanctionService sanctions,
            Clock clock,
            int quotaPerCity) {
        this.rounds = rounds;
        this.participations = participations;
        this.sanctions = sanctions;
        this.clock = clock;
        this.quotaPerCity = quotaPerCity;
    }

    @Override
    public ParticipationRecord recommend(
            Caller caller, long roundId, String creditCode, String enterpriseName, EnterpriseEvidence evidence) {
        Transitions.requireActor(caller, ParticipationLifecycle.RECOMMEND);
        String city = caller.city();
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(creditCode, "creditCode");
        String name = requireName(enterpriseName);
        LocalDate today = LocalDate.now(clock);
        Transitions.requirePhaseOpen(rounds, roundId, ParticipationLifecycle.RECOMMEND, today);
        City own = cityOf(code);
        if (!own.code().equals(city)) {
            throw new RuleViolationException(
                    "creditCode",
                    "city-mismatch",
                    "该企业属于" + own.nameZh() + "，只能由" + own.nameZh() + "推荐",
                    "The enterprise belongs to " + own.nameEn() + "; only " + own.nameEn() + " may recommend it");
        }
        SanctionStatus sanction =
                sanctions.activeFor(SubjectType.ENTERPRISE, code.value(), today).orElse(null);
        RecommendationRules.checkRecommendable(new EnterpriseFacts(
                evidence.aboveDesignatedSize(),
                evidence.hasRunSeniorTechnicianEvaluation(),
                evidence.seniorTechnicianCount(),
                evidence.centralSoeBranchFiledWithMinistry(),
                evidence.g42DemonstrationBase(),
                sanction));
        return participations.recommend(
                roundId,
                code.value(),
                name,
                city,
                evidence,
                (counted, overrides) -> {
                    QuotaDecision decision = RecommendationRules.checkQuota(
                            counted, evidence.g42DemonstrationBase(), counted < quotaPerCity + overrides, quotaPerCity);
                    if (!decision.allowed()) {
                        throw new RuleViolationException(
                                "creditCode",
                                decision.reason().code(),
                                decision.reason().zh(),
                                decision.reason().en());
                    }
                    return decision.countsAgainstQuota();
                },
                actor(caller, Role.CITY));
    }

    /**
     * The city an enterprise belongs to: the one its credit code names, or, for a code that names
     * none, the one the province confirmed.
     */
    private City cityOf(UnifiedSocialCreditCode code) {
        RegistrationArea area = code.registrationArea();
        if (area.city().isPresent()) {
            return area.city().get();
        }
        return participations
                .confirmedCity(code.value())
                .map(City::fromCode)
                .orElseThrow(() -> new RuleViolationException(
                        "creditCode",
                        "city-confirmation-needed",
                        "该企业的统一社会信用代码显示其登记地为" + area.nameZh() + "，不属于任何设区市；" + "须先由省职业技能鉴定中心确认其所属设区市并说明理由",
                        "The enterprise's credit code says it is registered " + area.nameEn()
                                + ", in no city; the provincial centre must first confirm which city it belongs"
                                + " to, with a reason"));
    }

    @Override
    public void confirmCity(Caller caller, String creditCode, String cityCode, String reason) {
        caller.requireAny(Role.PROVINCE);
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(creditCode, "creditCode");
        City city = City.parse(cityCode, "city");
        RegistrationArea area = code.registrationArea();
        if (!area.needsProvinceConfirmation()) {
            throw new RuleViolationException(
                    "creditCode",
                    "city-from-code",
                    "该企业的统一社会信用代码已表明其属于" + area.nameZh() + "，无需确认",
                    "The enterprise's credit code already says it belongs to " + area.nameEn()
                            + "; there is nothing to confirm");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(
                    "reason", "required", "确认所属设区市须说明理由", "a confirmation of the city needs a reason");
        }
        participations.confirmCity(code.value(), city.code(), reason.strip(), actor(caller, Role.PROVINCE));
    }

    @Override
    public EnterpriseRecord enterprise(Caller caller, String creditCode) {
        return participations
                .enterprise(creditCode == null ? "" : creditCode)
                .filter(enterprise -> TenantScope.covers(caller, enterprise.cityCode(), enterprise.creditCode()))
                .orElseThrow(() -> new NotFoundException("Enterprise", creditCode));
    }

    @Override
    public EnterpriseRecord setCertificateCodes(
            Caller caller, String creditCode, long version, String organisationCode, String siteCode) {
        caller.requireAny(Role.ENTERPRISE);
        if (!caller.enterprise().equals(creditCode)) {
            throw new NotFoundException("Enterprise", creditCode);
        }
        CertificateCodes.check(organisationCode, siteCode);
        return participations.setCertificateCodes(
                creditCode, version, organisationCode, siteCode, "", actor(caller, Role.ENTERPRISE));
    }

    @Override
    public void grantQuotaOverride(Caller caller, long roundId, String cityCode, String reason) {
        caller.requireAny(Role.PROVINCE);
        City city = City.parse(cityCode, "city");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "required", "超出名额须说明理由", "an override needs a reason");
        }
        participations.grantQuotaOverride(roundId, city.code(), reason.strip(), actor(caller, Role.PROVINCE));
    }

    @Override
    public ParticipationRecord decide(Caller caller, long participationId, long version, boolean accept, String note) {
        StateMachine.Transition<ParticipationStatus> transition =
                accept ? ParticipationLifecycle.ACCEPT : ParticipationLifecycle.REJECT;
        Role role = Transitions.requireActor(caller, transition);
        String reason = note == null ? "" : note.strip();
        transition.requireGuards(guard -> !reason.isEmpty());
        return participations.update(
                participationId,
                version,
                transition.name(),
                reason,
                actor(caller, role),
                participation -> participation.decided(transition.target(participation.status()), reason));
    }

    @Override
    public ParticipationRecord find(Caller caller, long participationId) {
        return participations
                .find(participationId)
                .filter(participation ->
                        TenantScope.covers(caller, participation.cityCode(), participation.creditCode()))
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(participationId)));
    }

    @Override
    public Page<ParticipationRecord> list(
            Caller caller, long roundId, String cityCode, ParticipationStatus status, int offset, int limit) {
        TenantScope scope = TenantScope.forList(caller, cityCode, "pilot enterprises");
        if (scope.nothing()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return participations.list(roundId, scope.city(), scope.enterprise(), status, offset, limit);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("name", "required", "请填写企业名称", "the enterprise's name is required");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new RuleViolationException(
                    "name",
                    "length",
                    "企业名称最多 " + MAX_NAME_LENGTH + " 个字符",
                    "the name takes at most " + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }

    private static AuditActor actor(Caller caller, Role role) {
        return new AuditActor(caller.username(), role.roleName());
    }
}
