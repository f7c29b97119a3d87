package org.skilleval.core.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AppointmentRecord.ReviewOutcome;
import org.skilleval.core.domain.AppointmentSettings;
import org.skilleval.core.domain.AppointmentStatisticsRow;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.rules.AppointmentStatus;
import org.skilleval.core.security.Caller;

/**
 * Appointments (聘任) after certification, the 聘 of 评聘: the enterprise appoints a holder of one of
 * its valid certificates to a post for a term, reviews the term before it ends (聘期考核), then
 * renews or ends it. One appointment in force per person. Every change is audited; the tables are
 * {@link org.skilleval.core.rules.AppointmentLifecycle}.
 */
@ProviderType
public interface AppointmentService {

    /**
     * The terms of an appointment or a renewal.
     *
     * @param post the post (岗位); for a renewal {@code null} keeps the post
     * @param department its department; for a renewal {@code null} keeps it
     * @param startDate the first day; for a renewal {@code null} is the day after the term ended
     * @param termYears the term in whole years; {@code null} for the enterprise's default, else the
     *     platform's
     * @param treatmentCategory one of the enterprise's treatment categories; for a renewal
     *     {@code null} keeps it
     * @param documentNumber the appointment document's number (聘任文号)
     */
    record Terms(
            String post,
            String department,
            LocalDate startDate,
            Integer termYears,
            String treatmentCategory,
            String documentNumber) {}

    /**
     * What public verification of a certificate says about its holder's appointment, when the
     * issuing enterprise publishes it.
     *
     * @param appointed whether the holder is in an appointment today
     * @param enterpriseName by whom; {@code null} when not appointed
     */
    record PublishedAppointment(boolean appointed, String enterpriseName) {}

    /**
     * Appoints the holder of one of the enterprise's certificates.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is an enterprise
     * @throws org.skilleval.core.domain.NotFoundException when the certificate does not exist or is
     *     another enterprise's
     * @throws org.skilleval.core.rules.RuleViolationException {@code certificateId} rule
     *     {@code certificate-not-valid} or {@code already-appointed}; {@code startDate} rule
     *     {@code required}, {@code before-certificate} or {@code overlapping}; {@code post},
     *     {@code documentNumber} rule {@code required} or {@code length}; {@code termYears} rule
     *     {@code range}; {@code treatmentCategory} rule {@code unknown-treatment}
     * @throws org.skilleval.core.domain.ConflictException {@code DUPLICATE} when another
     *     appointment of the holder was recorded meanwhile
     */
    AppointmentRecord appoint(Caller caller, long certificateId, Terms terms);

    /**
     * One appointment within the caller's scope (province, its city, its enterprise).
     *
     * @throws org.skilleval.core.domain.NotFoundException when there is none within the scope
     */
    AppointmentRecord find(Caller caller, long appointmentId);

    /**
     * Appointments within the caller's scope, filtered on the server.
     *
     * @param dueOnly only current appointments whose term ends within the review window
     */
    Page<AppointmentRecord> list(
            Caller caller, String city, AppointmentStatus status, boolean dueOnly, int offset, int limit);

    /** @return the last day of the window: current appointments whose term ends by it are due for review */
    LocalDate reviewDueBy();

    /**
     * Records the term-end review (聘期考核).
     *
     * @throws org.skilleval.core.rules.RuleViolationException {@code status} rule {@code state} or
     *     {@code review-not-due}; {@code outcome} or {@code note} rule {@code required}
     */
    AppointmentRecord review(Caller caller, long appointmentId, long version, ReviewOutcome outcome, String note);

    /**
     * Renews a reviewed appointment whose review passed: it becomes RENEWED and a new current
     * appointment follows, in one transaction.
     *
     * @return the new appointment
     * @throws org.skilleval.core.rules.RuleViolationException {@code status} rule {@code state} or
     *     {@code review-failed}; as {@link #appoint} for the terms
     */
    AppointmentRecord renew(Caller caller, long appointmentId, long version, Terms terms);

    /**
     * Ends an appointment (解聘) on {@code lastDay}; before the term's end it needs a reason.
     *
     * @param lastDay the last day in force; {@code null} for today (the day before the start for a
     *     term that has not begun)
     * @throws org.skilleval.core.rules.RuleViolationException {@code status} rule {@code state};
     *     {@code reason} rule {@code reason-required}; {@code lastDay} rule {@code before-start} or
     *     {@code after-term}
     */
    AppointmentRecord end(Caller caller, long appointmentId, long version, LocalDate lastDay, String reason);

    /** The enterprise's own appointment settings. */
    AppointmentSettings settings(Caller caller);

    /**
     * Stores the enterprise's own appointment settings.
     *
     * @throws org.skilleval.core.rules.RuleViolationException {@code defaultTermYears} rule
     *     {@code range}; {@code treatmentCategories} rule {@code length} or {@code duplicate}
     */
    AppointmentSettings saveSettings(
            Caller caller,
            long version,
            Integer defaultTermYears,
            List<String> treatmentCategories,
            boolean publishAppointments);

    /**
     * Per city, enterprise or occupation: certified holders, appointed, due for review, renewals
     * and endings. For the province (any city or one) and the cities (their own).
     *
     * @throws org.skilleval.core.rules.RuleViolationException {@code dimension} rule
     *     {@code unsupported} for rounds
     */
    List<AppointmentStatisticsRow> statistics(Caller caller, StatisticsDimension dimension, String city);

    /**
     * For everyone: what verification of {@code certificate} may say about its holder's
     * appointment; empty unless the issuing enterprise publishes its appointments.
     */
    Optional<PublishedAppointment> published(CertificateRecord certificate);
}
