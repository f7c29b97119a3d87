package org.skilleval.core.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.documents.Document;
import org.skilleval.core.documents.DocumentFormat;
import org.skilleval.core.documents.DocumentService;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.AttachmentService;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.lifecycle.StatisticsService;
import org.skilleval.core.rules.City;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders each document from what the lifecycle services return for the caller: the same calls,
 * roles and tenancy as the REST API, nothing read around them.
 */
@Component(service = DocumentService.class, configurationPid = DocumentsConfiguration.PID)
@Designate(ocd = DocumentsConfiguration.class)
public class DocumentServiceImpl implements DocumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentServiceImpl.class);
    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");

    private final ApplicationService applications;
    private final AttachmentService attachments;
    private final CertificateService certificates;
    private final ProposalListService lists;
    private final StatisticsService statistics;
    private final RoundService rounds;
    private volatile Renderers renderers;
    private volatile String publicBaseUrl;

    /** The PDF renderers over the font, made at the first document rather than at every start. */
    private record Renderers(ApplicationFormPdf forms, CertificatePdf certificates, PublicityPdf publicity) {

        static Renderers over(CjkFont font) {
            return new Renderers(new ApplicationFormPdf(font), new CertificatePdf(font), new PublicityPdf(font));
        }
    }

    @Activate
    public DocumentServiceImpl(
            @Reference ApplicationService applications,
            @Reference AttachmentService attachments,
            @Reference CertificateService certificates,
            @Reference ProposalListService lists,
            @Reference StatisticsService statistics,
            @Reference RoundService rounds,
            DocumentsConfiguration configuration) {
        this.applications = applications;
        this.attachments = attachments;
        this.certificates = certificates;
        this.lists = lists;
        this.statistics = statistics;
        this.rounds = rounds;
        this.publicBaseUrl = checkedBaseUrl(configuration.publicBaseUrl());
    }

    private Renderers renderers() {
        Renderers ready = renderers;
        if (ready == null) {
            synchronized (this) {
                ready = renderers;
                if (ready == null) {
                    ready = Renderers.over(CjkFont.load());
                    renderers = ready;
                }
            }
        }
        return ready;
    }

    /** A new address applies at once; a malformed one is refused and the previous one stays. */
    @Modified
    void modified(DocumentsConfiguration configuration) {
        try {
            this.publicBaseUrl = checkedBaseUrl(configuration.publicBaseUrl());
        } catch (IllegalArgumentException malformed) {
            LOG.error("{}; documents keep using {}", malformed.getMessage(), publicBaseUrl);
        }
    }

    /** An absolute http(s) URL without a trailing slash. */
    static String checkedBaseUrl(String configured) {
        String url = configured == null ? "" : configured.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (java.net.URISyntaxException malformed) {
            // reported below
        }
        throw new IllegalArgumentException("publicBaseUrl must be an absolute http(s) URL, got \"" + configured + "\"");
    }

    @Override
    public Document applicationForm(Caller caller, long applicationId) {
        ApplicationRecord application = applications.find(caller, applicationId);
        ApplicationFormPdf.Photo photo = photo(caller, application);
        return new Document(
                "特级技师评审申报表-" + fileNamePart(application.form().name()) + "-" + applicationId + ".pdf",
                Document.PDF,
                renderers().forms().render(application, photo));
    }

    private ApplicationFormPdf.Photo photo(Caller caller, ApplicationRecord application) {
        String id = application.form().photoAttachmentId();
        if (id == null || id.isBlank()) {
            return null;
        }
        long attachmentId;
        try {
            attachmentId = Long.parseLong(id.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
        try (AttachmentService.Download download = attachments.open(caller, attachmentId)) {
            String type = download.meta().contentType();
            if (!type.startsWith("image/")) {
                return null;
            }
            InputStream content = download.content();
            return new ApplicationFormPdf.Photo(
                    content.readAllBytes(), download.meta().fileName());
        } catch (NotFoundException gone) {
            // the caller may read the application but not this file (or it is gone): the box stays empty
            LOG.debug(
                    "Photo {} of application {} not readable by {}", attachmentId, application.id(), caller.username());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Document certificate(Caller caller, long certificateId) {
        CertificateRecord certificate = certificates.find(caller, certificateId);
        ProposalListRecord list = lists.find(caller, certificate.listId());
        String maskedIdNumber = list.entries().stream()
                .filter(entry -> entry.applicationId() == certificate.applicationId())
                .map(ProposalEntry::maskedIdNumber)
                .findFirst()
                .orElse("");
        String url = QrCodes.verificationUrl(publicBaseUrl, certificate.code(), certificate.name());
        return new Document(
                "职业技能等级证书-" + fileNamePart(certificate.name()) + "-" + certificate.code() + ".pdf",
                Document.PDF,
                renderers().certificates().render(certificate, maskedIdNumber, url));
    }

    @Override
    public Document publicityList(Caller caller, long listId, DocumentFormat format) {
        return publicity(lists.find(caller, listId), format);
    }

    @Override
    public Document publicisedList(long listId, DocumentFormat format) {
        return publicity(lists.findPublicised(listId), format);
    }

    private Document publicity(ProposalListRecord list, DocumentFormat format) {
        String name = "特级技师建议人选名单公示-" + fileNamePart(list.enterpriseName()) + "-" + list.id();
        return switch (format) {
            case PDF -> new Document(
                    name + ".pdf", Document.PDF, renderers().publicity().render(list, publicBaseUrl));
            case XLSX -> new Document(name + ".xlsx", Document.XLSX, PublicityWorkbook.render(list, publicBaseUrl));
        };
    }

    @Override
    public Document statistics(Caller caller, StatisticsDimension dimension, Long roundId, String city) {
        Map<StatisticsDimension, List<StatisticsRow>> sheets = new EnumMap<>(StatisticsDimension.class);
        for (StatisticsDimension each :
                dimension == null ? StatisticsDimension.values() : new StatisticsDimension[] {dimension}) {
            sheets.put(each, statistics.count(caller, each, roundId, city));
        }
        String roundTitle = roundId == null
                ? "全部批次"
                : rounds.find(caller, roundId).map(r -> r.title()).orElse("批次 " + roundId);
        String cityName = city != null && !city.isBlank()
                ? City.parse(city, "city").nameZh()
                : caller.has(Role.CITY) ? Formats.city(caller.city()) : "全部";
        LocalDate today = LocalDate.now(JIANGSU);
        return new Document(
                "特级技师评聘统计-" + today + ".xlsx",
                Document.XLSX,
                StatisticsWorkbook.render(sheets, "评聘批次：" + roundTitle + "　设区市：" + cityName, today));
    }

    /** A name part safe in any file system: no path or reserved characters. */
    static String fileNamePart(String text) {
        String cleaned = text == null ? "" : text.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "");
        return cleaned.isEmpty() ? "未命名" : cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }
}
