package org.skilleval.core.rest.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.SanctionRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.lifecycle.SanctionService;

/**
 * Findings of fraud (弄虚作假处理) and the five-year bans they bring, seed 四（三）: the province
 * records and reads them. A person's ID number goes in once, with the finding; every answer shows
 * it masked.
 */
@Component(service = ApiResource.class)
@Path("sanctions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("province")
public class SanctionResource implements ApiResource {

    /** Bans are counted in Jiangsu's calendar days. */
    static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");

    record NewSanction(
            String subjectType,
            String subjectKey,
            String subjectName,
            LocalDate foundOn,
            String finding,
            Long roundId) {}

    /**
     * A sanction as shown.
     *
     * @param subjectKey a person's ID number masked (e.g. {@code 3201************1X}); an
     *     enterprise's credit code in full
     * @param bannedUntil the first day the subject may apply again (the ban's exclusive end)
     * @param active whether the ban is in force today in Jiangsu
     */
    record Sanction(
            long id,
            long version,
            String subjectType,
            String subjectKey,
            String subjectName,
            LocalDate foundOn,
            LocalDate bannedUntil,
            boolean active,
            String finding,
            Long roundId) {}

    private final SanctionService sanctions;
    private final Clock clock;

    @Activate
    public SanctionResource(@Reference SanctionService sanctions) {
        this(sanctions, Clock.system(JIANGSU));
    }

    SanctionResource(SanctionService sanctions, Clock clock) {
        this.sanctions = sanctions;
        this.clock = clock;
    }

    @GET
    public PageBody<Sanction> list(
            @Context SecurityContext security,
            @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectKey") String subjectKey,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        SubjectType type = subjectType == null || subjectType.isBlank()
                ? null
                : Requests.enumValue("subjectType", subjectType, SubjectType.class);
        Page<SanctionRecord> page =
                sanctions.list(Requests.caller(security), type, subjectKey, paging.offset(), paging.limit());
        LocalDate today = LocalDate.now(clock);
        return PageBody.of(page, s -> toDto(s, today));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Context SecurityContext security, @Context UriInfo uri, NewSanction request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "subjectType", request == null ? null : request.subjectType());
        Requests.required(errors, "subjectKey", request == null ? null : request.subjectKey());
        Requests.required(errors, "subjectName", request == null ? null : request.subjectName());
        Requests.required(errors, "foundOn", request == null ? null : request.foundOn());
        Requests.required(errors, "finding", request == null ? null : request.finding());
        Requests.throwIfAny(errors);
        SubjectType type = Requests.enumValue("subjectType", request.subjectType(), SubjectType.class);
        SanctionRecord sanction = sanctions.record(
                Requests.caller(security),
                type,
                request.subjectKey(),
                request.subjectName(),
                request.foundOn(),
                request.finding(),
                request.roundId());
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + sanction.id()))
                .entity(toDto(sanction, LocalDate.now(clock)))
                .build();
    }

    @GET
    @Path("{id}")
    public Sanction get(@Context SecurityContext security, @PathParam("id") String id) {
        long sanctionId = Requests.id("id", id);
        return sanctions
                .find(Requests.caller(security), sanctionId)
                .map(s -> toDto(s, LocalDate.now(clock)))
                .orElseThrow(() -> new NotFoundException("Sanction", id));
    }

    private static Sanction toDto(SanctionRecord sanction, LocalDate today) {
        return new Sanction(
                sanction.id(),
                sanction.version(),
                sanction.subjectType().name(),
                sanction.maskedSubjectKey(),
                sanction.subjectName(),
                sanction.foundOn(),
                sanction.period().bannedUntilExclusive(),
                sanction.period().isActiveOn(today),
                sanction.finding(),
                sanction.roundId());
    }
}
