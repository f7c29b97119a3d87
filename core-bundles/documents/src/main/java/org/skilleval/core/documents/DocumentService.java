package org.skilleval.core.documents;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.security.Caller;

/**
 * The printable documents of the pilot scheme. Each is rendered from what the lifecycle services
 * give the caller, through the same calls and with the same role and tenancy checks as the REST
 * API: a document shows nothing its caller could not read there, and an object outside the
 * caller's scope does not exist for them.
 *
 * <p>Every PDF is A4, embeds the subset of its own CJK font it uses, and depends on no font of the
 * host.
 */
@ProviderType
public interface DocumentService {

    /**
     * The 特级技师评审申报表 as the seed's annex lays it out: the form's sections in a bordered
     * table with the applicant's photo, the applicant's promise and the three opinion boxes with
     * their signature, stamp and date lines, and continuation pages (附页) for whatever of 教育背景和工作简历,
     * 工作业绩 or 获奖情况 does not fit in its box. The ID number is shown in full, as on the
     * paper form: only those who may read the application get it.
     *
     * @throws org.skilleval.core.domain.NotFoundException outside the caller's scope (the
     *     province, the enterprise's city, the enterprise and the applicant may read it)
     */
    Document applicationForm(Caller caller, long applicationId);

    /**
     * The 特级技师 certificate: holder, ID number masked as every public view masks it, occupation,
     * level, the 22-character code, the issuing enterprise and the day of issue, and a QR code
     * whose URL opens the public verification of exactly this certificate. A revoked certificate is
     * marked as revoked across the page.
     *
     * @throws org.skilleval.core.domain.NotFoundException outside the caller's scope
     * @throws org.skilleval.core.security.AccessDeniedException for callers who see no certificates
     */
    Document certificate(Caller caller, long certificateId);

    /**
     * The publicity notice of a proposal list (建议人选名单公示) with the candidates still on it, as
     * the public publicity shows them (name, gender, enterprise, occupation; never an ID number), for
     * the enterprise to post and the province to file. A list not yet reported is marked as a draft.
     *
     * @throws org.skilleval.core.domain.NotFoundException outside the caller's scope
     */
    Document publicityList(Caller caller, long listId, DocumentFormat format);

    /**
     * The same notice for everyone, without signing in, while the public pages show the list.
     *
     * @throws org.skilleval.core.domain.NotFoundException unless the list is publicised now
     *     (see {@link org.skilleval.core.lifecycle.ProposalListService#findPublicised})
     */
    Document publicisedList(long listId, DocumentFormat format);

    /**
     * The programme's statistics as an Excel workbook, one sheet per dimension.
     *
     * @param dimension the one dimension to export; {@code null} for a sheet of each
     * @param roundId one round; {@code null} for all rounds
     * @param city a city code or name to narrow to; {@code null} for all the caller may see
     * @throws org.skilleval.core.security.AccessDeniedException for callers other than province and city
     */
    Document statistics(Caller caller, StatisticsDimension dimension, Long roundId, String city);
}
