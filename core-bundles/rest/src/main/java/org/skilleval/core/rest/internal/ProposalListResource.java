package org.skilleval.core.rest.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.skilleval.core.domain.ObjectionCounts;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.ObjectionService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.Reason;
import org.skilleval.core.security.Caller;

/**
 * Proposal lists (建议人选名单): the enterprise drafts, revises and submits its list (opening its own
 * publicity); the province publishes it (its own publicity); after both the enterprise issues the
 * certificates. ID numbers appear masked only.
 */
@Component(service = ApiResource.class)
@Path("proposal-lists")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise"})
public class ProposalListResource implements ApiResource {

    record Draft(Long participationId, List<Long> applicationIds, Long version) {}

    record Submission(Long version, LocalDate enterpriseStart, LocalDate enterpriseEnd) {}

    record Publication(Long version, LocalDate start, LocalDate end) {}

    record Issue(Long version, String organisationCode, String siteCode) {}

    record Window(LocalDate start, LocalDate end) {

        static Window of(LocalDate start, LocalDate end) {
            return start == null ? null : new Window(start, end);
        }
    }

    record Warning(String code, String zh, String en) {

        static Warning of(Reason reason) {
            return reason == null ? null : new Warning(reason.code(), reason.zh(), reason.en());
        }
    }

    record Entry(
            long id,
            long applicationId,
            String name,
            String gender,
            String occupation,
            String idNumber,
            String status,
            String note) {

        static Entry of(ProposalEntry e) {
            return new Entry(
                    e.id(),
                    e.applicationId(),
                    e.name(),
                    e.gender(),
                    e.occupation(),
                    e.maskedIdNumber(),
                    e.status().name(),
                    e.note());
        }
    }

    record Objections(long open, long upheld, long dismissed) {

        static Objections of(ObjectionCounts counts) {
            return new Objections(counts.open(), counts.upheld(), counts.dismissed());
        }
    }

    /**
     * A list as the province, its city and its enterprise see it.
     *
     * @param shareWarning the warning computed at submission; {@code null} when none
     * @param objections the list's objections by status
     */
    record ProposalList(
            long id,
            long version,
            long roundId,
            long participationId,
            String creditCode,
            String enterpriseName,
            String city,
            String status,
            List<Entry> entries,
            Window enterprisePublicity,
            Window provincePublicity,
            Warning shareWarning,
            Objections objections) {

        static ProposalList of(ProposalListRecord l, ObjectionCounts counts) {
            return new ProposalList(
                    l.id(),
                    l.version(),
                    l.roundId(),
                    l.participationId(),
                    l.creditCode(),
                    l.enterpriseName(),
                    l.cityCode(),
                    l.status().name(),
                    l.entries().stream().map(Entry::of).toList(),
                    Window.of(l.enterpriseStart(), l.enterpriseEnd()),
                    Window.of(l.provinceStart(), l.provinceEnd()),
                    Warning.of(l.shareWarning()),
                    Objections.of(counts == null ? ObjectionCounts.NONE : counts));
        }
    }

    private final ProposalListService lists;
    private final ObjectionService objections;
    private final CertificateService certificates;

    @Activate
    public ProposalListResource(
            @Reference ProposalListService lists,
            @Reference ObjectionService objections,
            @Reference CertificateService certificates) {
        this.lists = lists;
        this.objections = objections;
        this.certificates = certificates;
    }

    @GET
    public PageBody<ProposalList> list(
            @Context SecurityContext security,
            @QueryParam("roundId") String roundId,
            @QueryParam("city") String city,
            @QueryParam("warning") String warning,
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        Long round = roundId == null || roundId.isBlank() ? null : Requests.id("roundId", roundId);
        Boolean warned = warning == null || warning.isBlank() ? null : Requests.bool("warning", warning);
        ProposalListStatus statusFilter = Requests.optionalEnum("status", status, ProposalListStatus.class);
        Caller caller = Requests.caller(security);
        Page<ProposalListRecord> page =
                lists.list(caller, round, city, warned, statusFilter, paging.offset(), paging.limit());
        Map<Long, ObjectionCounts> counts = objections.counts(
                caller, page.items().stream().map(ProposalListRecord::id).toList());
        return PageBody.of(page, l -> ProposalList.of(l, counts.get(l.id())));
    }

    @GET
    @Path("{id}")
    public ProposalList get(@Context SecurityContext security, @PathParam("id") String id) {
        Caller caller = Requests.caller(security);
        return view(caller, lists.find(caller, Requests.id("id", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, Draft request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "participationId", request == null ? null : request.participationId());
        Requests.required(errors, "applicationIds", request == null ? null : request.applicationIds());
        Requests.throwIfAny(errors);
        Caller caller = Requests.caller(security);
        ProposalListRecord created = lists.create(caller, request.participationId(), request.applicationIds());
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id()))
                .entity(view(caller, created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public ProposalList revise(@Context SecurityContext security, @PathParam("id") String id, Draft request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "applicationIds", request == null ? null : request.applicationIds());
        Requests.throwIfAny(errors);
        Caller caller = Requests.caller(security);
        return view(caller, lists.revise(caller, Requests.id("id", id), request.version(), request.applicationIds()));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public ProposalList submit(@Context SecurityContext security, @PathParam("id") String id, Submission request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "enterpriseStart", request == null ? null : request.enterpriseStart());
        Requests.throwIfAny(errors);
        Caller caller = Requests.caller(security);
        return view(
                caller,
                lists.submit(
                        caller,
                        Requests.id("id", id),
                        request.version(),
                        request.enterpriseStart(),
                        request.enterpriseEnd()));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public ProposalList publish(@Context SecurityContext security, @PathParam("id") String id, Publication request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "start", request == null ? null : request.start());
        Requests.throwIfAny(errors);
        Caller caller = Requests.caller(security);
        return view(
                caller,
                lists.publish(caller, Requests.id("id", id), request.version(), request.start(), request.end()));
    }

    @POST
    @Path("{id}/certificates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Response issueCertificates(
            @Context SecurityContext security, @Context UriInfo uri, @PathParam("id") String id, Issue request) {
        List<FieldError> errors = new ArrayList<>();
        // The organisation and site codes are the enterprise's stored ones (PUT
        // /api/enterprises/{creditCode}/certificate-codes); given here they must equal them.
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        long listId = Requests.id("id", id);
        List<CertificateResource.Certificate> issued = certificates
                .issue(
                        Requests.caller(security),
                        listId,
                        request.version(),
                        request.organisationCode(),
                        request.siteCode())
                .stream()
                .map(CertificateResource.Certificate::of)
                .toList();
        return Response.created(URI.create(uri.getBaseUri() + "certificates?listId=" + listId))
                .entity(issued)
                .build();
    }

    private ProposalList view(Caller caller, ProposalListRecord list) {
        return ProposalList.of(
                list, objections.counts(caller, List.of(list.id())).get(list.id()));
    }
}
