package org.skilleval.core.rest.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.rules.RoundPhase;

/** Evaluation rounds (评聘批次): the province opens them and extends deadlines; everyone signed in reads them. */
@Component(service = ApiResource.class)
@Path("rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise", "expert", "applicant"})
public class RoundResource implements ApiResource {

    /** Dates in the programme are Jiangsu's calendar days. */
    static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");

    record NewRound(Integer year, Integer batch, String title) {}

    record Extension(String phase, LocalDate deadline, String reason, Long version) {}

    record Round(
            long id,
            long version,
            int year,
            int batch,
            String title,
            Map<String, LocalDate> deadlines,
            String currentPhase) {}

    record AuditEntry(
            long id,
            java.time.Instant occurredAt,
            String actor,
            String role,
            String action,
            String note,
            String before,
            String after) {

        static AuditEntry of(AuditEvent e) {
            return new AuditEntry(
                    e.id(), e.occurredAt(), e.actor(), e.role(), e.action(), e.note(), e.before(), e.after());
        }
    }

    private final RoundService rounds;

    @Activate
    public RoundResource(@Reference RoundService rounds) {
        this.rounds = rounds;
    }

    @GET
    public PageBody<Round> list(
            @Context SecurityContext security,
            @QueryParam("year") String year,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        Integer yearFilter = year == null || year.isEmpty() ? null : Requests.integer("year", year);
        Page<RoundRecord> page = rounds.list(Requests.caller(security), yearFilter, paging.offset(), paging.limit());
        return PageBody.of(page, this::toDto);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public Response open(@Context SecurityContext security, @Context UriInfo uri, NewRound request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "year", request == null ? null : request.year());
        Requests.required(errors, "batch", request == null ? null : request.batch());
        Requests.throwIfAny(errors);
        RoundRecord round = rounds.open(Requests.caller(security), request.year(), request.batch(), request.title());
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + round.id()))
                .entity(toDto(round))
                .build();
    }

    @GET
    @Path("{id}")
    public Round get(@Context SecurityContext security, @PathParam("id") String id) {
        long roundId = Requests.id("id", id);
        return rounds.find(Requests.caller(security), roundId)
                .map(this::toDto)
                .orElseThrow(() -> new NotFoundException("Round", id));
    }

    @POST
    @Path("{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public Round extend(@Context SecurityContext security, @PathParam("id") String id, Extension request) {
        long roundId = Requests.id("id", id);
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "phase", request == null ? null : request.phase());
        Requests.required(errors, "deadline", request == null ? null : request.deadline());
        Requests.required(errors, "reason", request == null ? null : request.reason());
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        RoundPhase phase = Requests.enumValue("phase", request.phase(), RoundPhase.class);
        return toDto(rounds.extendDeadline(
                Requests.caller(security), roundId, request.version(), phase, request.deadline(), request.reason()));
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed("province")
    public PageBody<AuditEntry> audit(
            @Context SecurityContext security,
            @PathParam("id") String id,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        Page<AuditEvent> page =
                rounds.trail(Requests.caller(security), Requests.id("id", id), paging.offset(), paging.limit());
        return PageBody.of(page, AuditEntry::of);
    }

    private Round toDto(RoundRecord round) {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        round.schedule().deadlines().forEach((phase, date) -> deadlines.put(phase.name(), date));
        String current = rounds.currentPhase(round, LocalDate.now(JIANGSU))
                .map(Enum::name)
                .orElse("CLOSED");
        return new Round(round.id(), round.version(), round.year(), round.batch(), round.title(), deadlines, current);
    }
}
