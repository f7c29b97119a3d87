package org.skilleval.core.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.documents.Document;
import org.skilleval.core.documents.DocumentService;
import org.skilleval.core.domain.StatisticsDimension;

/**
 * The statistics as an Excel workbook, with the filters of {@code GET /api/statistics}; without
 * {@code by}, one sheet per dimension (city, enterprise, occupation, round).
 */
@Component(service = ApiResource.class)
@Path("statistics/export.xlsx")
@RolesAllowed({"province", "city"})
public class StatisticsExportResource implements ApiResource {

    private final DocumentService documents;

    @Activate
    public StatisticsExportResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Produces(Document.XLSX)
    public Response export(
            @Context SecurityContext security,
            @QueryParam("by") String by,
            @QueryParam("roundId") String roundId,
            @QueryParam("city") String city) {
        StatisticsDimension dimension = Requests.optionalEnum("by", by, StatisticsDimension.class);
        Long round = roundId == null || roundId.isBlank() ? null : Requests.id("roundId", roundId);
        return DocumentResponses.file(documents.statistics(Requests.caller(security), dimension, round, city), true);
    }
}
