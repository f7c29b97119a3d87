package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.EnterpriseRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.persistence.CertificateStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.ProposalListStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.CertificateCode;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.ProposalEntryLifecycle;
import org.skilleval.core.rules.ProposalListLifecycle;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = CertificateService.class)
public class CertificateServiceImpl implements CertificateService {

    private final RoundStore rounds;
    private final ProposalListStore lists;
    private final CertificateStore certificates;
    private final SanctionService sanctions;
    private final ParticipationStore participations;
    private final Today today;

    @Activate
    public CertificateServiceImpl(
            @Reference RoundStore rounds,
            @Reference ProposalListStore lists,
            @Reference CertificateStore certificates,
            @Reference SanctionService sanctions,
            @Reference ParticipationStore participations,
            @Reference Today today) {
        this.rounds = rounds;
        this.lists = lists;
        this.certificates = certificates;
        this.sanctions = sanctions;
        this.participations = participations;
        this.today = today;
    }

    CertificateServiceImpl(
            RoundStore rounds,
            ProposalListStore lists,
            CertificateStore certificates,
            SanctionService sanctions,
            ParticipationStore participations,
            Clock clock) {
        this(rounds, lists, certificates, sanctions, participations, Today.over(clock));
    }

    @Override
    public List<CertificateRecord> issue(
            Caller caller, long listId, long version, String organisationCode, String siteCode) {
        Transitions.requireActor(caller, ProposalListLifecycle.CERTIFY);
        LocalDate day = today.date();
        ProposalListRecord list = lists.find(listId)
                .filter(l -> Objects.equals(l.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException("ProposalList", Long.toString(listId)));
        ProposalListLifecycle.CERTIFY.target(list.status());
        Transitions.requirePhaseOpen(rounds, list.roundId(), ProposalListLifecycle.CERTIFY, day);
        sanctions.activeFor(SubjectType.ENTERPRISE, list.creditCode(), day).ifPresent(sanction -> {
            throw new RuleViolationException(
                    "listId",
                    "sanctioned",
                    sanction.period().reason().zh(),
                    sanction.period().reason().en());
        });
        EnterpriseRecord codes = certificateCodes(caller, list.creditCode(), organisationCode, siteCode, listId);
        return certificates.issue(
                listId,
                version,
                CertificateCode.EMPLOYER,
                codes.certificateOrganisationCode(),
                codes.certificateSiteCode(),
                day,
                ProposalListServiceImpl.actor(caller, Role.ENTERPRISE),
                (current, openObjections) -> {
                    ProposalListLifecycle.CERTIFY.target(current.status());
                    LocalDate lastDay = current.enterpriseEnd().isAfter(current.provinceEnd())
                            ? current.enterpriseEnd()
                            : current.provinceEnd();
                    if (!day.isAfter(lastDay)) {
                        throw new RuleViolationException(
                                "listId",
                                "publicity-not-ended",
                                "公示期至 " + lastDay + " 结束，公示期满后方可颁发证书",
                                "The publicity runs until " + lastDay + "; certificates come after it ended");
                    }
                    if (openObjections > 0) {
                        throw new RuleViolationException(
                                "listId",
                                "objections-open",
                                "尚有 " + openObjections + " 件异议未处理，处理完毕后方可颁发证书",
                                openObjections + " objection(s) still open; resolve them before issuing certificates");
                    }
                },
                Transitions.cascade(ApplicationLifecycle.CERTIFY),
                (entry, code) -> Transitions.cascade(entry, ProposalEntryLifecycle.CERTIFY, code),
                certified -> certified.withStatus(ProposalListLifecycle.CERTIFY.target(certified.status())));
    }

    /**
     * The codes the certificates carry: the enterprise's stored ones. Codes given at issuance must
     * equal them (a typo would otherwise start a new serial series); an enterprise that has none
     * stored yet gives them here once, and they are stored, audited, before the issuance.
     */
    private EnterpriseRecord certificateCodes(
            Caller caller, String creditCode, String organisationCode, String siteCode, long listId) {
        EnterpriseRecord enterprise = participations
                .enterprise(creditCode)
                .orElseThrow(() -> new NotFoundException("Enterprise", creditCode));
        boolean given = !blank(organisationCode) || !blank(siteCode);
        if (enterprise.hasCertificateCodes()) {
            if (given
                    && (!enterprise.certificateOrganisationCode().equals(organisationCode)
                            || !enterprise.certificateSiteCode().equals(siteCode))) {
                throw new RuleViolationException(
                        blank(organisationCode)
                                        || !enterprise
                                                .certificateOrganisationCode()
                                                .equals(organisationCode)
                                ? "organisationCode"
                                : "siteCode",
                        "certificate-codes-differ",
                        "本企业已设置证书的评价机构代码 " + enterprise.certificateOrganisationCode() + " 和评价站点代码 "
                                + enterprise.certificateSiteCode() + "，颁发时无需再填写；如确需更改，请先修改本企业的证书代码",
                        "The enterprise's certificates carry organisation code "
                                + enterprise.certificateOrganisationCode() + " and site code "
                                + enterprise.certificateSiteCode()
                                + "; leave them out when issuing, or change the enterprise's codes first");
            }
            return enterprise;
        }
        if (!given) {
            throw new RuleViolationException(
                    "organisationCode",
                    "certificate-codes-unset",
                    "本企业尚未设置证书的评价机构代码和评价站点代码，请先设置（或在本次颁发时填写，系统将保存）",
                    "The enterprise has not set the organisation and site codes of its certificates; set them"
                            + " first, or give them with this issuance and they are kept");
        }
        CertificateCodes.check(organisationCode, siteCode);
        return participations.setCertificateCodes(
                creditCode,
                enterprise.version(),
                organisationCode,
                siteCode,
                "颁发建议人选名单 " + listId + " 的证书时设置",
                ProposalListServiceImpl.actor(caller, Role.ENTERPRISE));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public CertificateRecord find(Caller caller, long certificateId) {
        caller.requireAny(Role.PROVINCE, Role.CITY, Role.ENTERPRISE);
        return certificates
                .find(certificateId)
                .filter(c -> TenantScope.covers(caller, c.cityCode(), c.creditCode()))
                .orElseThrow(() -> new NotFoundException("Certificate", Long.toString(certificateId)));
    }

    @Override
    public Page<CertificateRecord> list(
            Caller caller,
            Long roundId,
            Long listId,
            String cityCode,
            CertificateStatus status,
            int offset,
            int limit) {
        TenantScope scope = TenantScope.forList(caller, cityCode, "certificates");
        if (scope.nothing()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return certificates.list(roundId, listId, scope.city(), scope.enterprise(), status, offset, limit);
    }

    @Override
    public Optional<CertificateRecord> verify(String code, String name) {
        CertificateCode parsed = CertificateCode.parse(code, "code");
        String holder = PublicityRules.text("name", name, 100, true, "持证人姓名", "the holder's name");
        return certificates.findByCode(parsed.value()).filter(c -> holder.equals(c.name()));
    }
}
