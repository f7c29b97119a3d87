package org.skilleval.core.rest.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AppointmentRecord.ReviewOutcome;
import org.skilleval.core.domain.AppointmentSettings;
import org.skilleval.core.domain.AppointmentStatisticsRow;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.lifecycle.AppointmentService;
import org.skilleval.core.lifecycle.AppointmentService.Terms;
import org.skilleval.core.rules.AppointmentStatus;
import org.skilleval.core.rules.ResidentIdNumber;

/**
 * Appointments (聘任) after certification: the enterprise appoints its certified holders to posts,
 * reviews their terms (聘期考核) and renews or ends them; the province and the cities read them and
 * their statistics, scoped to their tenancy.
 */
@Component(service = ApiResource.class)
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise"})
public class AppointmentResource implements ApiResource {

    record NewAppointment(
            Long certificateId,
            String post,
            String department,
            LocalDate startDate,
            Integer termYears,
            String treatmentCategory,
            String documentNumber) {}

    record Renewal(
            Long version,
            String post,
            String department,
            LocalDate startDate,
            Integer termYears,
            String treatmentCategory,
            String documentNumber) {}

    /** @param outcome {@code PASSED} (合格) or {@code FAILED} (不合格) */
    record Review(Long version, String outcome, String note) {}

    /** @param lastDay the last day in force; absent for today */
    record Ending(Long version, LocalDate lastDay, String reason) {}

    record Settings(
            Long version, Integer defaultTermYears, List<String> treatmentCategories, Boolean publishAppointments) {}

    /**
     * An appointment as shown; the holder's ID number only masked.
     *
     * @param due whether it is current and its term ends within the review window
     */
    record Appointment(
            long id,
            long version,
            long certificateId,
            String certificateCode,
            String holderName,
            String holderIdNumber,
            String occupation,
            String creditCode,
            String enterpriseName,
            String city,
            String post,
            String department,
            LocalDate startDate,
            LocalDate termEnd,
            String treatmentCategory,
            String documentNumber,
            String status,
            String reviewOutcome,
            String reviewNote,
            LocalDate reviewedOn,
            LocalDate endedOn,
            String endReason,
            Long renewalOf,
            boolean due) {

        static Appointment of(AppointmentRecord a, LocalDate dueBy) {
            return new Appointment(
                    a.id(),
                    a.version(),
                    a.certificateId(),
                    a.certificateCode(),
                    a.holderName(),
                    ResidentIdNumber.mask(a.holderIdNumber()),
                    a.occupation(),
                    a.creditCode(),
                    a.enterpriseName(),
                    a.cityCode(),
                    a.post(),
                    a.department(),
                    a.startDate(),
                    a.termEnd(),
                    a.treatmentCategory(),
                    a.documentNumber(),
                    a.status().name(),
                    a.reviewOutcome() == null ? null : a.reviewOutcome().name(),
                    a.reviewNote(),
                    a.reviewedOn(),
                    a.endedOn(),
                    a.endReason(),
                    a.renewalOf(),
                    a.status() == AppointmentStatus.CURRENT && !a.termEnd().isAfter(dueBy));
        }
    }

    record StatisticsRow(
            String key,
            String label,
            long certified,
            long appointed,
            long dueForReview,
            long renewed,
            long ended,
            double appointmentRate,
            double renewalRate,
            double endingRate) {

        static StatisticsRow of(AppointmentStatisticsRow row) {
            return new StatisticsRow(
                    row.key(),
                    row.label(),
                    row.certified(),
                    row.appointed(),
                    row.dueForReview(),
                    row.renewed(),
                    row.ended(),
                    row.appointmentRate(),
                    row.renewalRate(),
                    row.endingRate());
        }
    }

    /** @param dueBy current appointments whose term ends by this day count as due for review */
    record Statistics(String by, LocalDate dueBy, List<StatisticsRow> rows) {}

    private final AppointmentService appointments;

    @Activate
    public AppointmentResource(@Reference AppointmentService appointments) {
        this.appointments = appointments;
    }

    /**
     * @param status {@code CURRENT}, {@code REVIEWED}, {@code RENEWED} or {@code ENDED}
     * @param city narrow to one city (code or name)
     */
    @GET
    public PageBody<Appointment> list(
            @Context SecurityContext security,
            @QueryParam("city") String city,
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        LocalDate dueBy = appointments.reviewDueBy();
        return PageBody.of(
                appointments.list(
                        Requests.caller(security),
                        city,
                        Requests.optionalEnum("status", status, AppointmentStatus.class),
                        false,
                        paging.offset(),
                        paging.limit()),
                a -> Appointment.of(a, dueBy));
    }

    /** Current appointments whose term ends within the review window (聘期考核), the soonest first. */
    @GET
    @Path("due")
    public PageBody<Appointment> due(
            @Context SecurityContext security,
            @QueryParam("city") String city,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        LocalDate dueBy = appointments.reviewDueBy();
        return PageBody.of(
                appointments.list(Requests.caller(security), city, null, true, paging.offset(), paging.limit()),
                a -> Appointment.of(a, dueBy));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Response appoint(@Context SecurityContext security, @Context UriInfo uri, NewAppointment request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "certificateId", request == null ? null : request.certificateId());
        Requests.required(errors, "post", request == null ? null : request.post());
        Requests.required(errors, "startDate", request == null ? null : request.startDate());
        Requests.required(errors, "treatmentCategory", request == null ? null : request.treatmentCategory());
        Requests.required(errors, "documentNumber", request == null ? null : request.documentNumber());
        Requests.throwIfAny(errors);
        AppointmentRecord created = appointments.appoint(
                Requests.caller(security),
                request.certificateId(),
                new Terms(
                        request.post(),
                        request.department(),
                        request.startDate(),
                        request.termYears(),
                        request.treatmentCategory(),
                        request.documentNumber()));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id()))
                .entity(Appointment.of(created, appointments.reviewDueBy()))
                .build();
    }

    @GET
    @Path("{id}")
    public Appointment get(@Context SecurityContext security, @PathParam("id") String id) {
        return Appointment.of(
                appointments.find(Requests.caller(security), Requests.id("id", id)), appointments.reviewDueBy());
    }

    /** Records the term-end review (聘期考核): 合格 or 不合格, with a note. */
    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Appointment review(@Context SecurityContext security, @PathParam("id") String id, Review request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "outcome", request == null ? null : request.outcome());
        Requests.required(errors, "note", request == null ? null : request.note());
        Requests.throwIfAny(errors);
        long appointmentId = Requests.id("id", id);
        ReviewOutcome outcome = Requests.enumValue("outcome", request.outcome(), ReviewOutcome.class);
        return Appointment.of(
                appointments.review(
                        Requests.caller(security), appointmentId, request.version(), outcome, request.note()),
                appointments.reviewDueBy());
    }

    /** Renews a reviewed appointment whose review passed; answers the new appointment. */
    @POST
    @Path("{id}/renew")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Response renew(
            @Context SecurityContext security, @Context UriInfo uri, @PathParam("id") String id, Renewal request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "documentNumber", request == null ? null : request.documentNumber());
        Requests.throwIfAny(errors);
        long appointmentId = Requests.id("id", id);
        AppointmentRecord next = appointments.renew(
                Requests.caller(security),
                appointmentId,
                request.version(),
                new Terms(
                        request.post(),
                        request.department(),
                        request.startDate(),
                        request.termYears(),
                        request.treatmentCategory(),
                        request.documentNumber()));
        return Response.created(uri.getBaseUriBuilder()
                        .path("appointments")
                        .path(Long.toString(next.id()))
                        .build())
                .entity(Appointment.of(next, appointments.reviewDueBy()))
                .build();
    }

    /** Ends an appointment (解聘); before its term's end it needs a reason. */
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Appointment end(@Context SecurityContext security, @PathParam("id") String id, Ending request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        long appointmentId = Requests.id("id", id);
        return Appointment.of(
                appointments.end(
                        Requests.caller(security),
                        appointmentId,
                        request.version(),
                        request.lastDay(),
                        request.reason()),
                appointments.reviewDueBy());
    }

    /** The enterprise's own settings: default term, treatment categories, publication. */
    @GET
    @Path("settings")
    @RolesAllowed("enterprise")
    public AppointmentSettings settings(@Context SecurityContext security) {
        return appointments.settings(Requests.caller(security));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public AppointmentSettings saveSettings(@Context SecurityContext security, Settings request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return appointments.saveSettings(
                Requests.caller(security),
                request.version(),
                request.defaultTermYears(),
                request.treatmentCategories(),
                Boolean.TRUE.equals(request.publishAppointments()));
    }

    /**
     * Per city, enterprise or occupation: certified holders, appointed, due for review, renewal and
     * ending rates. For the province and the cities (their own city).
     *
     * @param by {@code city}, {@code enterprise} or {@code occupation}
     */
    @GET
    @Path("statistics")
    @RolesAllowed({"province", "city"})
    public Statistics statistics(
            @Context SecurityContext security, @QueryParam("by") String by, @QueryParam("city") String city) {
        StatisticsDimension dimension = by == null || by.isBlank()
                ? StatisticsDimension.CITY
                : Requests.enumValue("by", by, StatisticsDimension.class);
        return new Statistics(
                dimension.name().toLowerCase(Locale.ROOT),
                appointments.reviewDueBy(),
                appointments.statistics(Requests.caller(security), dimension, city).stream()
                        .map(StatisticsRow::of)
                        .toList());
    }
}
