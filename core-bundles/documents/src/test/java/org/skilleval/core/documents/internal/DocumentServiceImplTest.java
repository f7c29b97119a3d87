package org.skilleval.core.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.skilleval.core.documents.Document;
import org.skilleval.core.documents.DocumentFormat;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.AttachmentService;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.lifecycle.StatisticsService;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

/**
 * The service reads every document's data through the lifecycle services with the caller's own
 * identity, so their role and tenancy checks decide what a document may hold.
 */
class DocumentServiceImplTest {

    private static final Caller HR =
            Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + Samples.CREDIT_CODE));
    private static final Caller OTHER_HR =
            Caller.fromJaasRoles("hr2", List.of("enterprise", "enterprise:91320500MA1PX00038"));
    private static final Caller EXPERT = Caller.fromJaasRoles("zhou", List.of("expert", "expert:NJ-EXP-01"));

    private final ApplicationService applications = mock(ApplicationService.class);
    private final AttachmentService attachments = mock(AttachmentService.class);
    private final CertificateService certificates = mock(CertificateService.class);
    private final ProposalListService lists = mock(ProposalListService.class);
    private final StatisticsService statistics = mock(StatisticsService.class);
    private final RoundService rounds = mock(RoundService.class);
    private final DocumentServiceImpl documents = service("https://tjjs.example.gov.cn/");

    @Test
    void theFormIsReadAsTheCallerAndCarriesTheirPhoto() throws Exception {
        ApplicationForm form = withPhoto(Samples.form("攻克难题", 2), "77");
        when(applications.find(HR, 123)).thenReturn(Samples.application(form, ApplicationStatus.SUBMITTED, ""));
        when(applications.find(OTHER_HR, 123)).thenThrow(new NotFoundException("Application", "123"));
        when(attachments.open(HR, 77))
                .thenReturn(new AttachmentService.Download(
                        new AttachmentRecord(
                                77,
                                "wang",
                                Samples.CREDIT_CODE,
                                "3201",
                                "照片.png",
                                "image/png",
                                10,
                                "0".repeat(64),
                                Instant.EPOCH),
                        new ByteArrayInputStream(Samples.photo())));

        Document document = documents.applicationForm(HR, 123);

        assertEquals(Document.PDF, document.mediaType());
        assertEquals("特级技师评审申报表-王喆-123.pdf", document.fileName());
        try (PDDocument pdf = Loader.loadPDF(document.content())) {
            assertTrue(DocumentRenderingTest.text(pdf, 1, 1).contains(Samples.ID_NUMBER));
            assertTrue(!DocumentRenderingTest.text(pdf, 1, 1).contains("贴照片处"), "the photo is in its box");
        }
        assertThrows(NotFoundException.class, () -> documents.applicationForm(OTHER_HR, 123));
    }

    @Test
    void aPhotoTheCallerMayNotOpenLeavesTheBoxForAPaperPhoto() throws Exception {
        ApplicationForm form = withPhoto(Samples.form("攻克难题", 2), "77");
        when(applications.find(HR, 123)).thenReturn(Samples.application(form, ApplicationStatus.SUBMITTED, ""));
        when(attachments.open(HR, 77)).thenThrow(new NotFoundException("Attachment", "77"));

        try (PDDocument pdf = Loader.loadPDF(documents.applicationForm(HR, 123).content())) {
            assertTrue(DocumentRenderingTest.text(pdf, 1, 1).contains("贴照片处"));
        }
    }

    @Test
    void theCertificateTakesTheMaskedIdFromItsListAndPointsItsQrCodeAtTheConfiguredConsole() throws Exception {
        when(certificates.find(HR, 5)).thenReturn(Samples.certificate(CertificateStatus.VALID));
        when(lists.find(HR, 9)).thenReturn(Samples.list(ProposalListStatus.CERTIFIED, 3));
        when(certificates.find(EXPERT, 5)).thenThrow(new AccessDeniedException("zhou may not"));

        Document document = documents.certificate(HR, 5);

        assertEquals("职业技能等级证书-王喆-" + Samples.CODE + ".pdf", document.fileName());
        try (PDDocument pdf = Loader.loadPDF(document.content())) {
            String text = DocumentRenderingTest.text(pdf, 1, 1);
            assertTrue(text.contains(Samples.MASKED_ID), text);
            assertEquals(
                    "https://tjjs.example.gov.cn/verify?code=" + Samples.CODE + "&name=%E7%8E%8B%E5%96%86",
                    DocumentRenderingTest.decodeQr(new PDFRenderer(pdf).renderImageWithDPI(0, 150)));
        }
        assertThrows(AccessDeniedException.class, () -> documents.certificate(EXPERT, 5));
    }

    @Test
    void theAnonymousListIsOnlyWhatThePublicPagesShow() {
        when(lists.findPublicised(9)).thenReturn(Samples.list(ProposalListStatus.PUBLISHED, 3));
        when(lists.findPublicised(10)).thenThrow(new NotFoundException("Publicity", "10"));

        assertEquals(
                Document.XLSX, documents.publicisedList(9, DocumentFormat.XLSX).mediaType());
        assertTrue(documents.publicisedList(9, DocumentFormat.PDF).fileName().endsWith(".pdf"));
        assertThrows(NotFoundException.class, () -> documents.publicisedList(10, DocumentFormat.PDF));
        verify(lists, never()).find(any(), eq(9L));
    }

    @Test
    void statisticsCountEveryDimensionAsTheCaller() {
        Caller nanjing = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
        when(rounds.find(nanjing, 7)).thenReturn(Optional.empty());

        Document document = documents.statistics(nanjing, null, 7L, null);

        assertEquals(Document.XLSX, document.mediaType());
        for (StatisticsDimension dimension : StatisticsDimension.values()) {
            verify(statistics).count(nanjing, dimension, 7L, null);
        }
        when(statistics.count(eq(HR), any(), any(), any())).thenThrow(new AccessDeniedException("hr may not"));
        assertThrows(AccessDeniedException.class, () -> documents.statistics(HR, StatisticsDimension.CITY, null, null));
    }

    @Test
    void thePublicBaseUrlMustBeAnAbsoluteHttpUrl() {
        assertEquals(
                "https://tjjs.example.gov.cn", DocumentServiceImpl.checkedBaseUrl(" https://tjjs.example.gov.cn/ "));
        assertThrows(IllegalArgumentException.class, () -> DocumentServiceImpl.checkedBaseUrl("tjjs.example.gov.cn"));
        assertThrows(IllegalArgumentException.class, () -> DocumentServiceImpl.checkedBaseUrl("ftp://x.cn"));
    }

    private DocumentServiceImpl service(String publicBaseUrl) {
        return new DocumentServiceImpl(
                applications, attachments, certificates, lists, statistics, rounds, new DocumentsConfiguration() {
                    @Override
                    public String publicBaseUrl() {
                        return publicBaseUrl;
                    }

                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return DocumentsConfiguration.class;
                    }
                });
    }

    private static ApplicationForm withPhoto(ApplicationForm f, String photoId) {
        return new ApplicationForm(
                f.name(),
                f.idNumber(),
                photoId,
                f.birthMonth(),
                f.education(),
                f.administrativeOrTechnicalPost(),
                f.professionalTitle(),
                f.qualification(),
                f.employer(),
                f.department(),
                f.address(),
                f.email(),
                f.phone(),
                f.fieldOfExpertise(),
                f.educationAndCareer(),
                f.educationAndCareerAttachmentIds(),
                f.achievements(),
                f.achievementsAttachmentIds(),
                f.awards(),
                f.awardsAttachmentIds(),
                f.declaration(),
                f.appliedOccupation(),
                f.basis(),
                f.postSince(),
                f.stillInOccupation(),
                f.professionalTitleRecord(),
                f.priorityConditions());
    }
}
