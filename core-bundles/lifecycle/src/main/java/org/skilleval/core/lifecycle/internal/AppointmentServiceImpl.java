package org.skilleval.core.lifecycle.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AppointmentRecord.ReviewOutcome;
import org.skilleval.core.domain.AppointmentSettings;
import org.skilleval.core.domain.AppointmentStatisticsRow;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.lifecycle.AppointmentService;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AppointmentStore;
import org.skilleval.core.persistence.CertificateStore;
import org.skilleval.core.persistence.UnitOfWork;
import org.skilleval.core.rules.AppointmentLifecycle;
import org.skilleval.core.rules.AppointmentStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.Guard;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = AppointmentService.class, configurationPid = LifecycleConfiguration.PID)
public class AppointmentServiceImpl implements AppointmentService {

    static final String OBJECT_TYPE = "Appointment";
    static final int MAX_TEXT = 200;
    static final int MAX_DOCUMENT_NUMBER = 100;
    static final int MAX_NOTE = 2000;
    static final int MAX_TERM_YEARS = 10;
    static final int MAX_CATEGORIES = 50;

    private final AppointmentStore appointments;
    private final CertificateStore certificates;
    private final ApplicationStore applications;
    private final UnitOfWork unitOfWork;
    private final Today today;
    private final int defaultTermYears;
    private final int reviewDays;

    @Activate
    public AppointmentServiceImpl(
            @Reference AppointmentStore appointments,
            @Reference CertificateStore certificates,
            @Reference ApplicationStore applications,
            @Reference UnitOfWork unitOfWork,
            @Reference Today today,
            LifecycleConfiguration configuration) {
        this(
                appointments,
                certificates,
                applications,
                unitOfWork,
                today,
                configuration.appointmentTermYears(),
                configuration.appointmentReviewDays());
    }

    AppointmentServiceImpl(
            AppointmentStore appointments,
            CertificateStore certificates,
            ApplicationStore applications,
            UnitOfWork unitOfWork,
            Today today,
            int defaultTermYears,
            int reviewDays) {
        this.appointments = appointments;
        this.certificates = certificates;
        this.applications = applications;
        this.unitOfWork = unitOfWork;
        this.today = today;
        this.defaultTermYears = defaultTermYears;
        this.reviewDays = reviewDays;
    }

    @Override
    public AppointmentRecord appoint(Caller caller, long certificateId, Terms terms) {
        Transitions.requireActor(caller, AppointmentLifecycle.APPOINT);
        Objects.requireNonNull(terms, "terms");
        CertificateRecord certificate = certificates
                .find(certificateId)
                .filter(c -> Objects.equals(c.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException("Certificate", Long.toString(certificateId)));
        AppointmentSettings settings = appointments.settings(certificate.creditCode());
        String post = required("post", terms.post(), MAX_TEXT, "岗位", "the post");
        String department =
                PublicityRules.text("department", terms.department(), MAX_TEXT, false, "部门", "the department");
        String documentNumber = required(
                "documentNumber",
                terms.documentNumber(),
                MAX_DOCUMENT_NUMBER,
                "聘任文号",
                "the appointment document number");
        if (terms.startDate() == null) {
            throw new RuleViolationException("startDate", "required", "请填写聘任起始日期", "the start date is required");
        }
        LocalDate start = terms.startDate();
        LocalDate termEnd = termEnd(start, terms.termYears(), settings);
        String treatment = treatment(terms.treatmentCategory(), settings);
        String idNumber = holderIdNumber(certificate);
        AppointmentLifecycle.APPOINT.requireGuards(guard -> holds(guard, certificate, idNumber, start, termEnd, null));
        AppointmentRecord draft = new AppointmentRecord(
                0,
                0,
                certificate.id(),
                certificate.code(),
                certificate.applicationId(),
                idNumber,
                certificate.name(),
                certificate.occupation(),
                certificate.creditCode(),
                certificate.enterpriseName(),
                certificate.cityCode(),
                post,
                department,
                start,
                termEnd,
                treatment,
                documentNumber,
                AppointmentLifecycle.APPOINT.target(null),
                null,
                "",
                null,
                null,
                "",
                null);
        return appointments.create(draft, AppointmentLifecycle.APPOINT.name(), "", actor(caller));
    }

    /** The guards of appoint and renew; {@code replaced} is the appointment a renewal follows. */
    private boolean holds(
            Guard guard,
            CertificateRecord certificate,
            String idNumber,
            LocalDate start,
            LocalDate termEnd,
            AppointmentRecord replaced) {
        if (guard.equals(AppointmentLifecycle.CERTIFICATE_VALID)) {
            return certificate.status() == CertificateStatus.VALID;
        }
        if (guard.equals(AppointmentLifecycle.NOT_APPOINTED)) {
            return appointments.forHolder(idNumber).stream()
                    .filter(other -> replaced == null || other.id() != replaced.id())
                    .noneMatch(other -> AppointmentLifecycle.IN_FORCE.contains(other.status()));
        }
        if (guard.equals(AppointmentLifecycle.TERM_FREE)) {
            if (start.isBefore(certificate.issuedOn())) {
                throw new RuleViolationException(
                        "startDate",
                        "before-certificate",
                        "聘任起始日期不能早于证书颁发日期 " + certificate.issuedOn(),
                        "The appointment cannot start before the certificate was issued on " + certificate.issuedOn());
            }
            return appointments.forHolder(idNumber).stream()
                    .filter(other -> replaced == null || other.id() != replaced.id())
                    .noneMatch(other -> other.overlaps(start, termEnd));
        }
        // treatment-listed and review-passed are checked where their inputs are read
        return true;
    }

    private LocalDate termEnd(LocalDate start, Integer requestedYears, AppointmentSettings settings) {
        int years = requestedYears != null
                ? requestedYears
                : settings.defaultTermYears() != null ? settings.defaultTermYears() : defaultTermYears;
        if (years < 1 || years > MAX_TERM_YEARS) {
            throw new RuleViolationException(
                    "termYears",
                    "range",
                    "聘期须为 1 至 " + MAX_TERM_YEARS + " 年",
                    "the term must be 1 to " + MAX_TERM_YEARS + " years");
        }
        return start.plusYears(years).minusDays(1);
    }

    private static String treatment(String requested, AppointmentSettings settings) {
        String category = requested == null ? "" : requested.strip();
        if (!settings.treatmentCategories().contains(category)) {
            throw AppointmentLifecycle.TREATMENT_LISTED.refusal();
        }
        return category;
    }

    private String holderIdNumber(CertificateRecord certificate) {
        return applications
                .find(certificate.applicationId())
                .map(ApplicationRecord::form)
                .map(form -> form.idNumber())
                .orElseThrow(() -> new NotFoundException("Application", Long.toString(certificate.applicationId())));
    }

    @Override
    public AppointmentRecord find(Caller caller, long appointmentId) {
        caller.requireAny(Role.PROVINCE, Role.CITY, Role.ENTERPRISE);
        return appointments
                .find(appointmentId)
                .filter(a -> TenantScope.covers(caller, a.cityCode(), a.creditCode()))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(appointmentId)));
    }

    @Override
    public Page<AppointmentRecord> list(
            Caller caller, String city, AppointmentStatus status, boolean dueOnly, int offset, int limit) {
        TenantScope scope = TenantScope.forList(caller, city, "appointments");
        if (scope.nothing()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        if (dueOnly) {
            return appointments.list(
                    scope.city(), scope.enterprise(), AppointmentStatus.CURRENT, reviewDueBy(), offset, limit);
        }
        return appointments.list(scope.city(), scope.enterprise(), status, null, offset, limit);
    }

    @Override
    public LocalDate reviewDueBy() {
        return today.date().plusDays(reviewDays);
    }

    @Override
    public AppointmentRecord review(
            Caller caller, long appointmentId, long version, ReviewOutcome outcome, String note) {
        Transitions.requireActor(caller, AppointmentLifecycle.REVIEW);
        AppointmentRecord current = own(caller, appointmentId);
        AppointmentLifecycle.REVIEW.target(current.status());
        if (outcome == null) {
            throw new RuleViolationException("outcome", "required", "请选择考核结果（合格或不合格）", "the outcome is required");
        }
        String text = required("note", note, MAX_NOTE, "考核意见", "the review note");
        LocalDate day = today.date();
        AppointmentLifecycle.REVIEW.requireGuards(guard -> !current.termEnd().isAfter(reviewDueBy()));
        return appointments.update(
                appointmentId,
                version,
                AppointmentLifecycle.REVIEW.name(),
                outcome == ReviewOutcome.PASSED ? "合格" : "不合格",
                actor(caller),
                stored -> stored.reviewed(AppointmentLifecycle.REVIEW.target(stored.status()), outcome, text, day));
    }

    @Override
    public AppointmentRecord renew(Caller caller, long appointmentId, long version, Terms terms) {
        Transitions.requireActor(caller, AppointmentLifecycle.RENEW);
        Objects.requireNonNull(terms, "terms");
        AppointmentRecord previous = own(caller, appointmentId);
        AppointmentLifecycle.RENEW.target(previous.status());
        if (previous.reviewOutcome() != ReviewOutcome.PASSED) {
            throw AppointmentLifecycle.REVIEW_PASSED.refusal();
        }
        CertificateRecord certificate = certificates
                .find(previous.certificateId())
                .orElseThrow(() -> new NotFoundException("Certificate", Long.toString(previous.certificateId())));
        AppointmentSettings settings = appointments.settings(previous.creditCode());
        String post =
                terms.post() == null ? previous.post() : required("post", terms.post(), MAX_TEXT, "岗位", "the post");
        String department = terms.department() == null
                ? previous.department()
                : PublicityRules.text("department", terms.department(), MAX_TEXT, false, "部门", "the department");
        String documentNumber = required(
                "documentNumber",
                terms.documentNumber(),
                MAX_DOCUMENT_NUMBER,
                "聘任文号",
                "the appointment document number");
        LocalDate start = terms.startDate() == null ? previous.termEnd().plusDays(1) : terms.startDate();
        if (!start.isAfter(previous.termEnd())) {
            throw new RuleViolationException(
                    "startDate",
                    "overlapping",
                    "续聘的聘期须在原聘期届满（" + previous.termEnd() + "）之后开始",
                    "A renewal starts after the previous term ended on " + previous.termEnd());
        }
        LocalDate termEnd = termEnd(start, terms.termYears(), settings);
        String treatment = treatment(
                terms.treatmentCategory() == null ? previous.treatmentCategory() : terms.treatmentCategory(), settings);
        AppointmentLifecycle.APPOINT.requireGuards(
                guard -> holds(guard, certificate, previous.holderIdNumber(), start, termEnd, previous));
        AuditActor actor = actor(caller);
        // The old term closes and the new one opens together: never two in force, never none between.
        return unitOfWork.call(() -> {
            AppointmentRecord renewed = appointments.update(
                    appointmentId,
                    version,
                    AppointmentLifecycle.RENEW.name(),
                    documentNumber,
                    actor,
                    stored -> stored.ended(
                            AppointmentLifecycle.RENEW.target(stored.status()),
                            stored.termEnd(),
                            "续聘（" + documentNumber + "）"));
            AppointmentRecord next = new AppointmentRecord(
                    0,
                    0,
                    renewed.certificateId(),
                    renewed.certificateCode(),
                    renewed.applicationId(),
                    renewed.holderIdNumber(),
                    renewed.holderName(),
                    renewed.occupation(),
                    renewed.creditCode(),
                    renewed.enterpriseName(),
                    renewed.cityCode(),
                    post,
                    department,
                    start,
                    termEnd,
                    treatment,
                    documentNumber,
                    AppointmentLifecycle.APPOINT.target(null),
                    null,
                    "",
                    null,
                    null,
                    "",
                    renewed.id());
            return appointments.create(next, AppointmentLifecycle.RENEW.name(), "续聘 " + renewed.id(), actor);
        });
    }

    @Override
    public AppointmentRecord end(Caller caller, long appointmentId, long version, LocalDate lastDay, String reason) {
        Transitions.requireActor(caller, AppointmentLifecycle.END);
        AppointmentRecord current = own(caller, appointmentId);
        AppointmentLifecycle.END.target(current.status());
        LocalDate last = lastDay == null ? current.lastDayIfEndedOn(today.date()) : lastDay;
        if (last.isBefore(current.startDate().minusDays(1))) {
            throw new RuleViolationException(
                    "lastDay",
                    "before-start",
                    "解聘日期不能早于聘任起始日期 " + current.startDate(),
                    "The last day cannot lie before the appointment started on " + current.startDate());
        }
        if (last.isAfter(current.termEnd())) {
            throw new RuleViolationException(
                    "lastDay",
                    "after-term",
                    "解聘日期不能晚于聘期届满日 " + current.termEnd(),
                    "The last day cannot lie after the term ends on " + current.termEnd());
        }
        String why = PublicityRules.text("reason", reason, MAX_NOTE, false, "解聘原因", "the reason");
        boolean early = last.isBefore(current.termEnd());
        AppointmentLifecycle.END.requireGuards(guard -> !early || !why.isEmpty());
        String stored = why.isEmpty() ? "聘期届满" : why;
        return appointments.update(
                appointmentId,
                version,
                AppointmentLifecycle.END.name(),
                stored,
                actor(caller),
                a -> a.ended(AppointmentLifecycle.END.target(a.status()), last, stored));
    }

    @Override
    public AppointmentSettings settings(Caller caller) {
        caller.requireAny(Role.ENTERPRISE);
        return appointments.settings(caller.enterprise());
    }

    @Override
    public AppointmentSettings saveSettings(
            Caller caller,
            long version,
            Integer defaultTermYears,
            List<String> treatmentCategories,
            boolean publishAppointments) {
        caller.requireAny(Role.ENTERPRISE);
        if (defaultTermYears != null && (defaultTermYears < 1 || defaultTermYears > MAX_TERM_YEARS)) {
            throw new RuleViolationException(
                    "defaultTermYears",
                    "range",
                    "默认聘期须为 1 至 " + MAX_TERM_YEARS + " 年",
                    "the default term must be 1 to " + MAX_TERM_YEARS + " years");
        }
        List<String> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String category : treatmentCategories == null ? List.<String>of() : treatmentCategories) {
            String text = required("treatmentCategories", category, MAX_TEXT, "待遇类别", "a treatment category");
            if (text.contains("\n") || text.contains("\r")) {
                throw new RuleViolationException(
                        "treatmentCategories", "format", "待遇类别不能换行", "a treatment category is one line");
            }
            if (!seen.add(text)) {
                throw new RuleViolationException(
                        "treatmentCategories",
                        "duplicate",
                        "待遇类别“" + text + "”重复",
                        "the treatment category \"" + text + "\" is listed twice");
            }
            categories.add(text);
        }
        if (categories.size() > MAX_CATEGORIES) {
            throw new RuleViolationException(
                    "treatmentCategories",
                    "length",
                    "待遇类别最多 " + MAX_CATEGORIES + " 项",
                    "at most " + MAX_CATEGORIES + " treatment categories");
        }
        return appointments.saveSettings(
                new AppointmentSettings(
                        caller.enterprise(), version, defaultTermYears, categories, publishAppointments),
                actor(caller));
    }

    @Override
    public List<AppointmentStatisticsRow> statistics(Caller caller, StatisticsDimension dimension, String city) {
        Objects.requireNonNull(dimension, "dimension");
        caller.requireAny(Role.PROVINCE, Role.CITY);
        if (dimension == StatisticsDimension.ROUND) {
            throw new RuleViolationException(
                    "dimension",
                    "unsupported",
                    "聘任统计按设区市、企业或职业（工种）分列",
                    "appointments are counted per city, enterprise or occupation");
        }
        TenantScope scope = TenantScope.forList(caller, city, "appointment statistics");
        if (scope.nothing()) {
            return List.of();
        }
        return appointments.statistics(dimension, scope.city(), reviewDueBy());
    }

    @Override
    public Optional<PublishedAppointment> published(CertificateRecord certificate) {
        if (!appointments.settings(certificate.creditCode()).publishAppointments()) {
            return Optional.empty();
        }
        LocalDate day = today.date();
        return Optional.of(appointments.inForceForApplication(certificate.applicationId()).stream()
                .filter(a -> !a.startDate().isAfter(day))
                .findFirst()
                .map(a -> new PublishedAppointment(true, a.enterpriseName()))
                .orElse(new PublishedAppointment(false, null)));
    }

    /** The enterprise's own appointment; another tenant's does not exist for it. */
    private AppointmentRecord own(Caller caller, long appointmentId) {
        return appointments
                .find(appointmentId)
                .filter(a -> Objects.equals(a.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(appointmentId)));
    }

    private static String required(String field, String value, int maxLength, String zhName, String enName) {
        return PublicityRules.text(field, value, maxLength, true, zhName, enName);
    }

    private static AuditActor actor(Caller caller) {
        return ProposalListServiceImpl.actor(caller, Role.ENTERPRISE);
    }
}
