package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.documents.Document;
import org.skilleval.core.documents.DocumentFormat;
import org.skilleval.core.documents.DocumentService;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.AppointmentService;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.ObjectionService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.lifecycle.StatisticsService;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;

/**
 * The document endpoints on the real JAX-RS application in memory, next to the JSON resources
 * whose paths they extend: routing, roles and headers (503 while the documents bundle is away is ApiServletTest's, for every resource).
 */
class DocumentResourcesTest {

    private static final String CODE = "91320100MA1NJ0001M";
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final byte[] PDF = "%PDF-1.7 form".getBytes(StandardCharsets.US_ASCII);

    private final TokenService tokens = mock(TokenService.class);
    private final DocumentService documents = mock(DocumentService.class);
    private final ApplicationService applications = mock(ApplicationService.class);
    private final ProposalListService lists = mock(ProposalListService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("hr")).thenReturn(TestTokens.claims(HR));
        when(tokens.claims("nanjing")).thenReturn(TestTokens.claims(NANJING));
        when(tokens.claims("expert"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("zhou", List.of("expert", "expert:NJ-EXP-01"))));
    }

    @Test
    void theFormIsADownloadThatNoCacheKeeps() throws Exception {
        when(documents.applicationForm(HR, 5)).thenReturn(new Document("特级技师评审申报表-王五-5.pdf", Document.PDF, PDF));

        ContainerResponse response = send("/api/applications/5/form.pdf", "Bearer hr");

        assertEquals(200, response.getStatus());
        assertEquals("application/pdf", response.getMediaType().toString());
        assertArrayEquals(PDF, (byte[]) response.getEntity());
        assertEquals(
                "inline; filename*=UTF-8''%E7%89%B9%E7%BA%A7%E6%8A%80%E5%B8%88%E8%AF%84%E5%AE%A1%E7%94%B3%E6%8A%A5%E8%A1%A8-%E7%8E%8B%E4%BA%94-5.pdf",
                response.getHeaderString("Content-Disposition"));
        assertTrue(
                response.getHeaderString("Cache-Control").contains("no-store"),
                response.getHeaderString("Cache-Control"));
        assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));
        verifyNoInteractions(applications);
    }

    @Test
    void anotherTenantsObjectIs404AWrongRole403AndNobody401() throws Exception {
        when(documents.applicationForm(HR, 6)).thenThrow(new NotFoundException("Application", "6"));

        assertEquals(404, send("/api/applications/6/form.pdf", "Bearer hr").getStatus());
        assertEquals(403, send("/api/applications/5/form.pdf", "Bearer expert").getStatus());
        assertEquals(403, send("/api/statistics/export.xlsx", "Bearer hr").getStatus());
        assertEquals(
                403,
                send("/api/certificates/5/certificate.pdf", "Bearer expert").getStatus());
        assertEquals(401, send("/api/applications/5/form.pdf", null).getStatus());
        assertEquals(401, send("/api/proposal-lists/9/publicity.pdf", null).getStatus());
        assertEquals(401, send("/api/statistics/export.xlsx", null).getStatus());
    }

    @Test
    void publicityFilesComeInBothFormatsAndTheJsonPathsStillRouteToTheirResources() throws Exception {
        when(documents.publicityList(eq(HR), eq(9L), any())).thenReturn(new Document("公示.pdf", Document.PDF, PDF));

        assertEquals(
                200, send("/api/proposal-lists/9/publicity.pdf", "Bearer hr").getStatus());
        assertEquals(
                200, send("/api/proposal-lists/9/publicity.xlsx", "Bearer hr").getStatus());
        verify(documents).publicityList(HR, 9, DocumentFormat.PDF);
        verify(documents).publicityList(HR, 9, DocumentFormat.XLSX);
        assertEquals(
                404, send("/api/proposal-lists/9/publicity.doc", "Bearer hr").getStatus());
        send("/api/proposal-lists/9", "Bearer hr");
        verify(lists).find(HR, 9);
    }

    @Test
    void thePublicListNeedsNoSignIn() throws Exception {
        when(documents.publicisedList(9, DocumentFormat.XLSX)).thenReturn(new Document("公示.xlsx", Document.XLSX, PDF));
        when(documents.publicisedList(10, DocumentFormat.PDF)).thenThrow(new NotFoundException("Publicity", "10"));

        ContainerResponse response = send("/api/public/publicities/9/list.xlsx", null);

        assertEquals(200, response.getStatus());
        assertEquals(Document.XLSX, response.getMediaType().toString());
        assertTrue(response.getHeaderString("Content-Disposition").startsWith("attachment; "));
        assertEquals(404, send("/api/public/publicities/10/list.pdf", null).getStatus());
    }

    @Test
    void statisticsExportTakesTheFiltersOfTheStatisticsEndpoint() throws Exception {
        when(documents.statistics(any(), any(), any(), any())).thenReturn(new Document("统计.xlsx", Document.XLSX, PDF));

        assertEquals(
                200,
                send("/api/statistics/export.xlsx?by=occupation&roundId=7&city=3201", "Bearer nanjing")
                        .getStatus());
        assertEquals(200, send("/api/statistics/export.xlsx", "Bearer nanjing").getStatus());
        assertEquals(
                400,
                send("/api/statistics/export.xlsx?by=planet", "Bearer nanjing").getStatus());

        verify(documents).statistics(NANJING, StatisticsDimension.OCCUPATION, 7L, "3201");
        verify(documents).statistics(NANJING, null, null, null);
    }

    private ContainerResponse send(String path, String authorization) throws Exception {
        ApplicationHandler handler = new ApplicationHandler(ApiApplication.create(
                tokens,
                List.of(
                        new ApplicationResource(applications),
                        new ProposalListResource(lists, mock(ObjectionService.class), mock(CertificateService.class)),
                        new StatisticsResource(mock(StatisticsService.class)),
                        new PublicResource(
                                lists,
                                mock(ObjectionService.class),
                                mock(CertificateService.class),
                                mock(AppointmentService.class),
                                mock(org.skilleval.core.persistence.ThrottleStore.class)),
                        new ApplicationFormDocumentResource(documents),
                        new CertificateDocumentResource(documents),
                        new PublicityDocumentResource(documents),
                        new PublicListDocumentResource(documents),
                        new StatisticsExportResource(documents))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                "GET",
                null,
                new MapPropertiesDelegate(),
                null);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.setEntityStream(new ByteArrayInputStream(new byte[0]));
        return handler.apply(request).get();
    }
}
