package org.skilleval.core.rest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.lifecycle.CalendarService;

/**
 * China's working days as the platform counts them: public, because publicity periods (公示期不少于
 * 5个工作日, counting the first day) are public facts anyone may check.
 */
@Component(service = ApiResource.class)
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CalendarResource implements ApiResource {

    record Period(LocalDate start, int workingDays, LocalDate lastDay) {}

    record Years(List<Integer> knownYears) {}

    private final CalendarService calendar;

    @Activate
    public CalendarResource(@Reference CalendarService calendar) {
        this.calendar = calendar;
    }

    /** The last day of a period of {@code workingDays} working days starting on {@code start}. */
    @GET
    @Path("period")
    public Period period(@QueryParam("start") String start, @QueryParam("workingDays") String workingDays) {
        List<FieldError> errors = new java.util.ArrayList<>();
        Requests.required(errors, "start", start);
        Requests.required(errors, "workingDays", workingDays);
        Requests.throwIfAny(errors);
        LocalDate first;
        try {
            first = LocalDate.parse(start);
        } catch (DateTimeException e) {
            throw ApiException.invalidRequest(List.of(new FieldError(
                    "start",
                    "date",
                    LocalizedMessage.of("start 须为 yyyy-MM-dd 格式的日期", "start must be a date as yyyy-MM-dd"))));
        }
        int days = Requests.integer("workingDays", workingDays);
        return new Period(first, days, calendar.calendar().lastDayOfPeriod(first, days));
    }

    /** The years whose schedule the platform knows. */
    @GET
    @Path("years")
    public Years years() {
        return new Years(List.copyOf(calendar.calendar().knownYears()));
    }
}
