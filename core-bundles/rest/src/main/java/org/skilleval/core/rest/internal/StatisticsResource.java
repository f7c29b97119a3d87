package org.skilleval.core.rest.internal;

import java.math.BigDecimal;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.lifecycle.StatisticsService;

/** Programme statistics for the province and the cities (a city sees its own city only). */
@Component(service = ApiResource.class)
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city"})
public class StatisticsResource implements ApiResource {

    record Body(String by, Long roundId, List<Row> rows) {}

    /**
     * One group's counts; {@code seniorTechnicians} and {@code passedPercentOfSeniors} are null where
     * the 高级技师 are not known.
     */
    record Row(
            String key,
            String label,
            long applicants,
            long eligible,
            long passed,
            long certified,
            long cancelled,
            long objections,
            Long seniorTechnicians,
            BigDecimal passedPercentOfSeniors) {

        static Row of(StatisticsRow row) {
            return new Row(
                    row.key(),
                    row.label(),
                    row.applicants(),
                    row.eligible(),
                    row.passed(),
                    row.certified(),
                    row.cancelled(),
                    row.objections(),
                    row.seniorTechnicians(),
                    row.passedPercentOfSeniors().orElse(null));
        }
    }

    private final StatisticsService statistics;

    @Activate
    public StatisticsResource(@Reference StatisticsService statistics) {
        this.statistics = statistics;
    }

    /**
     * @param by {@code city}, {@code enterprise}, {@code occupation} or {@code round}
     * @param roundId one round; absent for all rounds
     * @param city narrow to one city (code or name)
     */
    @GET
    public Body count(
            @Context SecurityContext security,
            @QueryParam("by") String by,
            @QueryParam("roundId") String roundId,
            @QueryParam("city") String city) {
        StatisticsDimension dimension = by == null || by.isBlank()
                ? StatisticsDimension.CITY
                : Requests.enumValue("by", by, StatisticsDimension.class);
        Long round = roundId == null || roundId.isBlank() ? null : Requests.id("roundId", roundId);
        return new Body(
                dimension.name().toLowerCase(java.util.Locale.ROOT),
                round,
                statistics.count(Requests.caller(security), dimension, round, city).stream()
                        .map(Row::of)
                        .toList());
    }
}
