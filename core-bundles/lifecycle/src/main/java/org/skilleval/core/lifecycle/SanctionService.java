package org.skilleval.core.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.SanctionRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.rules.SanctionStatus;
import org.skilleval.core.security.Caller;

/**
 * Findings of fraud (弄虚作假处理), seed 四（三）: "对试点企业或参评职工弄虚作假的，取消本年度评审资格，五年内不得
 * 申请或参与特级技师评聘工作". The province records them; every other service asks
 * {@link #activeFor} at each entry point whether a person or an enterprise is banned.
 *
 * <p>A person's ID number is personal data: records hand it back in full only for storage and
 * comparison; every view shows {@link SanctionRecord#maskedSubjectKey()}.
 */
@ProviderType
public interface SanctionService {

    /**
     * Records a finding; the five-year ban runs from {@code foundOn}. With a {@code roundId}, the
     * finding also cancels that round (取消本年度评审资格): a person's application of the round is
     * CANCELLED and their certificate of the round REVOKED; for an enterprise, its participation,
     * every application of the round, its proposal list and its certificates of the round. Each of
     * those changes is audited on its own object.
     *
     * @param type whether a candidate or a pilot enterprise cheated
     * @param subjectKey the person's resident ID number or the enterprise's unified social credit
     *        code, exactly as printed (no trimming or case folding)
     * @param subjectName the person's or the enterprise's name
     * @param foundOn the date of the finding; not in the future (Asia/Shanghai)
     * @param finding what was found; must not contain an ID number, since it is shown with the ban
     * @param roundId the round whose evaluation the finding cancels; {@code null} for none
     * @return the stored sanction
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     * @throws org.skilleval.core.rules.RuleViolationException field {@code subjectType},
     *         {@code subjectName}, {@code finding} or {@code foundOn} with rule {@code required};
     *         field {@code subjectKey} with the rule of {@link org.skilleval.core.rules.ResidentIdNumber}
     *         or {@link org.skilleval.core.rules.UnifiedSocialCreditCode} it breaks; {@code foundOn}
     *         rule {@code future}; {@code subjectName} or {@code finding} rule {@code length};
     *         {@code finding} rule {@code personal-data}; {@code roundId} rule {@code unknown-round}
     */
    SanctionRecord record(
            Caller caller,
            SubjectType type,
            String subjectKey,
            String subjectName,
            LocalDate foundOn,
            String finding,
            Long roundId);

    /**
     * Whether a subject is banned on a day. Needs no caller: services call it on behalf of whoever
     * is acting, and it reveals nothing to them but the ban they must refuse with.
     *
     * @param type the kind of subject
     * @param subjectKey the person's ID number or the enterprise's credit code
     * @param on the day of the action
     * @return the status of the active sanction whose ban ends last; empty when none is in force
     */
    Optional<SanctionStatus> activeFor(SubjectType type, String subjectKey, LocalDate on);

    /**
     * Sanctions, newest finding first, filtered on the server by type and key when given.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     */
    Page<SanctionRecord> list(Caller caller, SubjectType type, String subjectKey, int offset, int limit);

    /**
     * One sanction.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     */
    Optional<SanctionRecord> find(Caller caller, long id);
}
