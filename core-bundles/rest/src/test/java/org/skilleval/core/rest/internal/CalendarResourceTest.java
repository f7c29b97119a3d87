package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.skilleval.core.lifecycle.CalendarService;
import org.skilleval.core.rules.WorkingDayCalendar;
import org.skilleval.core.security.TokenService;

/** Working-day periods over the in-memory API, with the shipped calendar. */
class CalendarResourceTest {

    private final CalendarService calendar = mock(CalendarService.class);

    @Test
    void aFiveWorkingDayPublicityCountsTheFirstDayAndSkipsHolidays() throws Exception {
        when(calendar.calendar()).thenReturn(WorkingDayCalendar.bundled());

        ContainerResponse plain = get("/api/calendar/period?start=2026-04-13&workingDays=5");
        ContainerResponse overNationalDay = get("/api/calendar/period?start=2026-09-28&workingDays=5");

        assertEquals(200, plain.getStatus());
        assertEquals(LocalDate.of(2026, 4, 17), ((CalendarResource.Period) plain.getEntity()).lastDay());
        assertEquals(LocalDate.of(2026, 10, 9), ((CalendarResource.Period) overNationalDay.getEntity()).lastDay());
    }

    @Test
    void aPeriodIntoAnUnknownYearTellsTheOperatorWhatToAdd() throws Exception {
        when(calendar.calendar()).thenReturn(WorkingDayCalendar.bundled());

        ContainerResponse response = get("/api/calendar/period?start=2026-12-28&workingDays=5");

        assertEquals(422, response.getStatus());
        ProblemDetails problem = (ProblemDetails) response.getEntity();
        assertEquals("calendar-year-unknown", problem.errors().get(0).rule());
    }

    @Test
    void aMalformedDateIsNamed() throws Exception {
        ContainerResponse response = get("/api/calendar/period?start=28.12.2026&workingDays=5");

        assertEquals(400, response.getStatus());
        assertEquals(
                "start", ((ProblemDetails) response.getEntity()).errors().get(0).field());
    }

    private ContainerResponse get(String path) throws Exception {
        ApplicationHandler handler = new ApplicationHandler(
                ApiApplication.create(mock(TokenService.class), List.of(new CalendarResource(calendar))));
        return handler.apply(new ContainerRequest(
                        URI.create("http://localhost/api/"),
                        URI.create("http://localhost" + path),
                        "GET",
                        null,
                        new MapPropertiesDelegate(),
                        null))
                .get();
    }
}
