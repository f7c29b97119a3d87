package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.lifecycle.AppointmentService;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.ObjectionService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.persistence.ThrottleStore;
import org.skilleval.core.rules.City;

/**
 * What everyone may see and do without signing in: the province's publicities of proposal lists
 * (公示), objections to a publicised candidate (异议), and certificate verification. No ID number,
 * phone, e-mail or address of a candidate appears here, and no objector's name or contact.
 */
@Component(service = ApiResource.class)
@Path("public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicResource implements ApiResource {

    record Candidate(long entryId, String name, String gender, String enterpriseName, String occupation) {}

    /**
     * A publicity: the province's publication of one enterprise's proposal list.
     *
     * @param id the publicity's id (the proposal list's id)
     * @param start the first day of the province's publicity
     * @param end its last day
     * @param enterprisePublicityStart the first day of the enterprise's own publicity
     * @param enterprisePublicityEnd its last day
     * @param candidates the candidates still on the list
     * @param takesObjections whether objections are taken today (one of the two windows runs)
     */
    record Publicity(
            long id,
            long roundId,
            String enterpriseName,
            String city,
            String cityName,
            LocalDate start,
            LocalDate end,
            LocalDate enterprisePublicityStart,
            LocalDate enterprisePublicityEnd,
            List<Candidate> candidates,
            boolean takesObjections) {

        static Publicity of(ProposalListRecord l, boolean takesObjections) {
            String cityName;
            try {
                cityName = City.fromCode(l.cityCode()).nameZh();
            } catch (RuntimeException unknown) {
                cityName = l.cityCode();
            }
            return new Publicity(
                    l.id(),
                    l.roundId(),
                    l.enterpriseName(),
                    l.cityCode(),
                    cityName,
                    l.provinceStart(),
                    l.provinceEnd(),
                    l.enterpriseStart(),
                    l.enterpriseEnd(),
                    l.publicisedEntries().stream()
                            .map(e -> new Candidate(e.id(), e.name(), e.gender(), l.enterpriseName(), e.occupation()))
                            .toList(),
                    takesObjections);
        }
    }

    /**
     * An objection as the public sends it.
     *
     * @param publicityId the publicity (proposal list) id
     * @param entryId the candidate's {@code entryId}
     * @param content what the objector says, at most 2000 characters
     * @param name the objector's name; optional, never shown publicly
     * @param contact the objector's phone or e-mail; optional, never shown publicly
     */
    record NewObjection(Long publicityId, Long entryId, String content, String name, String contact) {}

    record Receipt(String receiptNumber, Instant submittedAt) {}

    /**
     * A certificate's public facts.
     *
     * @param appointed whether the holder is appointed (聘任) today; absent unless the issuing
     *     enterprise publishes its appointments
     * @param appointedBy the appointing enterprise; absent unless appointed and published
     */
    record Verification(
            String code,
            String name,
            String level,
            String occupation,
            String enterpriseName,
            LocalDate issuedOn,
            String status,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean appointed,
            @JsonInclude(JsonInclude.Include.NON_NULL) String appointedBy) {

        static Verification of(CertificateRecord c, Optional<AppointmentService.PublishedAppointment> appointment) {
            return new Verification(
                    c.code(),
                    c.name(),
                    "特级技师",
                    c.occupation(),
                    c.enterpriseName(),
                    c.issuedOn(),
                    c.status().name(),
                    appointment
                            .map(AppointmentService.PublishedAppointment::appointed)
                            .orElse(null),
                    appointment
                            .map(AppointmentService.PublishedAppointment::enterpriseName)
                            .orElse(null));
        }
    }

    private final ProposalListService lists;
    private final ObjectionService objections;
    private final CertificateService certificates;
    private final AppointmentService appointments;
    private final ObjectionThrottle throttle;

    @Activate
    public PublicResource(
            @Reference ProposalListService lists,
            @Reference ObjectionService objections,
            @Reference CertificateService certificates,
            @Reference AppointmentService appointments,
            @Reference ThrottleStore throttles) {
        this(
                lists,
                objections,
                certificates,
                appointments,
                new ObjectionThrottle(throttles, java.time.Clock.systemUTC()));
    }

    PublicResource(
            ProposalListService lists,
            ObjectionService objections,
            CertificateService certificates,
            AppointmentService appointments,
            ObjectionThrottle throttle) {
        this.lists = lists;
        this.objections = objections;
        this.certificates = certificates;
        this.appointments = appointments;
        this.throttle = throttle;
    }

    /** The publicities running now or ended recently, the latest start first. */
    @GET
    @Path("publicities")
    public PageBody<Publicity> publicities(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        return PageBody.of(lists.publicised(paging.offset(), paging.limit()), this::publicity);
    }

    @GET
    @Path("publicities/{id}")
    public Publicity publicity(@PathParam("id") String id) {
        return publicity(lists.findPublicised(Requests.id("id", id)));
    }

    private Publicity publicity(ProposalListRecord list) {
        return Publicity.of(list, objections.takesObjections(list));
    }

    /** Objects to a candidate while one of the list's publicities runs; answers a receipt number. */
    @POST
    @Path("objections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response object(@Context HttpServletRequest http, NewObjection request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "publicityId", request == null ? null : request.publicityId());
        Requests.required(errors, "entryId", request == null ? null : request.entryId());
        Requests.required(errors, "content", request == null ? null : request.content());
        Requests.throwIfAny(errors);
        throttle.acquire(http == null ? null : http.getRemoteAddr());
        ObjectionRecord received = objections.submit(
                request.publicityId(), request.entryId(), request.content(), request.name(), request.contact());
        // No Location: an objection is not readable by the public.
        return Response.status(Response.Status.CREATED)
                .entity(new Receipt(received.receiptNumber(), received.submittedAt()))
                .build();
    }

    /**
     * A certificate's public facts, when code and holder's name match one; 404 otherwise, without
     * saying whether the code exists.
     */
    @GET
    @Path("certificates/verify")
    public Verification verify(@QueryParam("code") String code, @QueryParam("name") String name) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "code", code);
        Requests.required(errors, "name", name);
        Requests.throwIfAny(errors);
        return certificates
                .verify(code.strip(), name)
                .map(c -> Verification.of(c, appointments.published(c)))
                .orElseThrow(() -> NotFoundException.described("Certificate", "与该编号和姓名相符的", "with this code and name"));
    }
}
